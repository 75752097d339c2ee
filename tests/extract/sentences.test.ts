import { describe, expect, it } from 'vitest';
import { leadInOf, sentenceAround } from '../../api/extract/sentences.ts';

function sentenceOf(text: string, marker: string): string {
  const { start, end } = sentenceAround(text, text.indexOf(marker));
  return text.slice(start, end);
}

describe('sentenceAround', () => {
  it('stops at the full stops either side', () => {
    const text = 'The ferry left early. It carried 40 cars across the bay. Nobody complained.';
    expect(sentenceOf(text, '40')).toBe('It carried 40 cars across the bay.');
  });

  it('keeps a title abbreviation inside the sentence', () => {
    const text = 'Mr. Okafor said 12 stalls had closed.';
    expect(sentenceOf(text, '12')).toBe(text);
  });

  it('keeps a dotted acronym inside the sentence', () => {
    const text = 'A U.S. envoy counted 300 tents near the border.';
    expect(sentenceOf(text, '300')).toBe(text);
  });

  it('ends a sentence after a dotted acronym when a new sentence plainly begins', () => {
    const text = 'Prices rose in the U.S. The bakery sold 90 loaves.';
    expect(sentenceOf(text, '90')).toBe('The bakery sold 90 loaves.');
  });

  // Words in lower-case ASCII skip the case mapping; these are not, and must be read the same.
  it('reads an abbreviation or a sentence opener in capitals or outside ASCII as in lower case', () => {
    expect(sentenceOf('MR. Okafor said 12 stalls had closed.', '12')).toBe(
      'MR. Okafor said 12 stalls had closed.',
    );
    expect(sentenceOf('Prices rose in the U.S. THE bakery sold 90 loaves.', '90')).toBe(
      'THE bakery sold 90 loaves.',
    );
    expect(sentenceOf('Prices rose in the U.S. Über 90 loaves sold.', '90')).toBe(
      'Prices rose in the U.S. Über 90 loaves sold.',
    );
  });

  it('does not split inside a decimal', () => {
    const text = 'Rainfall reached 3.5 inches on the coast.';
    expect(sentenceOf(text, '5 inches')).toBe(text);
  });

  it('treats a line break as a hard bound even without punctuation', () => {
    const text = 'Harbour reopens after storm\nCrews cleared 14 wrecks overnight.';
    expect(sentenceOf(text, '14')).toBe('Crews cleared 14 wrecks overnight.');
    expect(sentenceOf(text, 'storm')).toBe('Harbour reopens after storm');
  });

  it('keeps a closing quotation mark with its sentence', () => {
    const text = '“We moved 200 families.” The mayor nodded.';
    expect(sentenceOf(text, '200')).toBe('“We moved 200 families.”');
  });

  it('ends at question and exclamation marks', () => {
    const text = 'Were 8 lanes closed? Yes! Then 2 reopened.';
    expect(sentenceOf(text, '8')).toBe('Were 8 lanes closed?');
    expect(sentenceOf(text, '2 reopened')).toBe('Then 2 reopened.');
  });

  it('cuts an endless sentence at a bounded reach', () => {
    const text = `${'word '.repeat(5000)}17 ${'word '.repeat(5000)}`;
    const { start, end } = sentenceAround(text, text.indexOf('17'));
    expect(end - start).toBeLessThanOrEqual(1200);
    expect(start).toBeLessThanOrEqual(text.indexOf('17'));
  });

  it('stays inside the text at its edges', () => {
    expect(sentenceAround('', 0)).toEqual({ start: 0, end: 0 });
    expect(sentenceAround('5 cats', 99)).toEqual({ start: 0, end: 6 });
  });
});

// The cheap tests that spare sentences a regular expression must never change an answer:
// these cases sit on their edges (case, spaces beyond ASCII, letters that fold onto ASCII ones).
describe('sentence bound fast paths', () => {
  it('keeps an initial outside ASCII inside the sentence', () => {
    const text = 'Her rival É. Ávila counted 30 votes.';
    expect(sentenceOf(text, '30')).toBe(text);
  });

  it('trims spaces outside ASCII around a sentence', () => {
    expect(sentenceOf('\u00a0 40 left.\u202f', '40')).toBe('40 left.');
  });

  it('reads a dotted acronym longer than any abbreviation as an acronym', () => {
    const text = 'Staff of U.N.E.S.C.O. Counted 40 sites.';
    expect(sentenceOf(text, '40')).toBe(text);
  });

  it('reads a single capital before a period as an initial, a longer word as a sentence end', () => {
    expect(sentenceOf('Agent K. Moss counted 12 votes.', '12')).toBe('Agent K. Moss counted 12 votes.');
    expect(sentenceOf('Trucks reached Zürich. Then 12 more came.', '12')).toBe('Then 12 more came.');
  });

  it('keeps a closing bracket or guillemet with its sentence', () => {
    expect(sentenceOf('Aid came (after 9 days.) Then 12 more came.', '9')).toBe('Aid came (after 9 days.)');
    expect(sentenceOf('«Aid came after 9 days.» Then 12 more came.', '9')).toBe('«Aid came after 9 days.»');
  });

  it('ends a sentence at a paragraph separator', () => {
    expect(sentenceOf('Storm ends\u2029Crews cleared 14 wrecks.', '14')).toBe('Crews cleared 14 wrecks.');
  });
});

describe('leadInOf', () => {
  /** The lead-in line of the list line that starts with `marker`, as text, or null. */
  function leadIn(text: string, marker: string): string | null {
    const span = leadInOf(text, text.indexOf(marker));
    return span && text.slice(span.start, span.end);
  }
  const box =
    'The fire spread overnight.\nThe fire at a glance, as of 9am Monday:\nArea burned: 900 hectares\nHomes lost: 23\n';

  it('finds the line ending with a colon above a fact box, across its other lines', () => {
    expect(leadIn(box, 'Homes lost')).toBe('The fire at a glance, as of 9am Monday:');
    expect(leadIn('Ships in the region:\n\n- 5 destroyers\n- 1 cruiser', '- 1')).toBe('Ships in the region:');
  });

  it('finds the line ending with a colon above a table whose lines open with ranks', () => {
    const table = "Standings after Sunday's races:\n1 Kestrel Racing 212\n2. Osprey Motors 190\n";
    expect(leadIn(table, '2. Osprey')).toBe("Standings after Sunday's races:");
    // A line opening with a number and a word in lower case is prose, not a rank.
    expect(leadIn('Results:\n1 Kestrel Racing 212\n12 cars retired.', '12 cars')).toBeNull();
  });

  it('reads a label with a comma or digits as a list line', () => {
    const rates = 'Rates at the close on Friday:\nPeso, official: 18.20\nF-16 jets at base 3: 12\n';
    expect(leadIn(rates, 'F-16')).toBe('Rates at the close on Friday:');
  });

  it('reads the rows of a table, a name and its figures, as list lines', () => {
    const table =
      'Rents rose again.\nAverage rent, March 2026 (change on a year):\nLeeds £1,120 (+3.1%)\nYork £980\n';
    expect(leadIn(table, 'York')).toBe('Average rent, March 2026 (change on a year):');
    const results = 'Count, Friday 3 May (votes):\nAnna Roe (Green) 1,204 (41.2%, +9.8)\n';
    expect(leadIn(results, 'Anna')).toBe('Count, Friday 3 May (votes):');
    // A short sentence is no row.
    expect(leadIn('Rents by city:\nYork rose 4%.\n', 'York')).toBeNull();
  });

  it('finds a short heading that ends with its period in brackets', () => {
    const heading = 'The year in brief.\nKey figures (year to 30 June 2025)\nSales: £40m\nShops: 12\n';
    expect(leadIn(heading, 'Shops')).toBe('Key figures (year to 30 June 2025)');
    const prose = `${'The council, which met for three hours on a wet evening, approved the plan (at last)'}\nShops: 12`;
    expect(leadIn(prose, 'Shops')).toBeNull();
  });

  it('finds a heading that notes what its rows give in brackets, and one above a row of column names', () => {
    const shares =
      'Shares held.\nMarket share, 12 weeks to 5 May (a year earlier in brackets) and change\nBlue 27.9% (27.4%)\n';
    expect(leadIn(shares, 'Blue')).toBe(
      'Market share, 12 weeks to 5 May (a year earlier in brackets) and change',
    );
    const table = 'How they stand (after Sunday)\nPos Team P W Pts\n1 Kestrel Rovers 30 20 64\n';
    expect(leadIn(table, '1 Kestrel')).toBe('How they stand (after Sunday)');
    // A sentence that ends with a full stop is no heading, whatever its brackets say.
    expect(leadIn('Shares moved (old ones in brackets).\nBlue 27.9% (27.4%)\n', 'Blue')).toBeNull();
  });

  it('finds none for a line that is no list line, or a list with no lead-in', () => {
    expect(leadIn(box, 'The fire spread')).toBeNull();
    expect(leadIn('Crews were busy.\nHomes lost: 23', 'Homes')).toBeNull();
  });

  it('does not read a long caption after a colon line as a list line', () => {
    const text =
      'Related Topics:\nImage: Crowds wait at the port as three ferries arrive from the islands on Sunday.';
    expect(leadIn(text, 'Image')).toBeNull();
  });
});
