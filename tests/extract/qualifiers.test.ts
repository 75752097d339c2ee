import { describe, expect, it } from 'vitest';
import type { NumberExpression } from '../../api/extract/numbers.ts';
import { qualify } from '../../api/extract/qualifiers.ts';

/** Qualifies the number written as `number` in `text`, returning the qualified text and qualifier. */
function qualified(text: string, number: string, extra: Partial<NumberExpression> = {}) {
  const start = text.indexOf(number);
  const expression: NumberExpression = {
    start,
    end: start + number.length,
    value: 1,
    valueMax: null,
    unit: null,
    qualifier: null,
    vague: false,
    ...extra,
  };
  const span = qualify(text, expression, { start: 0, end: text.length });
  return { text: text.slice(span.start, span.end), qualifier: span.qualifier };
}

describe('qualify', () => {
  it('reads "past" after a toll or a rise as more than, and not elsewhere', () => {
    expect(qualified('It took the toll past 400.', '400')).toEqual({
      text: 'past 400',
      qualifier: 'more_than',
    });
    expect(qualified('The index climbed past 40.', '40')).toEqual({
      text: 'past 40',
      qualifier: 'more_than',
    });
    expect(qualified('Over the past 10 years it grew.', '10')).toEqual({ text: '10', qualifier: 'exact' });
    expect(qualified('He ran past 3 houses.', '3')).toEqual({ text: '3', qualifier: 'exact' });
  });

  it('leaves a bare number exact', () => {
    expect(qualified('The shop sold 40 kites.', '40')).toEqual({ text: '40', qualifier: 'exact' });
  });

  it.each([
    ['at least', 'at_least'],
    ['no fewer than', 'at_least'],
    ['more than', 'more_than'],
    ['over', 'more_than'],
    ['upwards of', 'more_than'],
    ['nearly', 'approximately'],
    ['almost', 'approximately'],
    ['about', 'approximately'],
    ['around', 'approximately'],
    ['roughly', 'approximately'],
    ['some', 'approximately'],
    ['an estimated', 'approximately'],
    ['close to', 'approximately'],
    ['approaching', 'approximately'],
    ['something like', 'approximately'],
    ['in the region of', 'approximately'],
    ['just under', 'approximately'],
    ['just below', 'approximately'],
    ['just over', 'approximately'],
    ['up to', 'at_most'],
    ['no lower than', 'at_least'],
    ['no cooler than', 'at_least'],
    ['no higher than', 'at_most'],
    ['no warmer than', 'at_most'],
    ['as many as', 'at_most'],
    ['as high as', 'at_most'],
    ['as deep as', 'at_most'],
    ['as large as', 'at_most'],
    ['at most', 'at_most'],
    ['no more than', 'at_most'],
    ['fewer than', 'less_than'],
    ['less than', 'less_than'],
    ['under', 'less_than'],
    ['below', 'less_than'],
  ])('reads "%s" before a number as %s', (words, qualifier) => {
    const text = `The hall seated ${words} 300 guests.`;
    expect(qualified(text, '300')).toEqual({ text: `${words} 300`, qualifier });
  });

  it('matches qualifier words whatever their case', () => {
    expect(qualified('At Least 9 vans were parked.', '9')).toEqual({
      text: 'At Least 9',
      qualifier: 'at_least',
    });
  });

  it('prefers the longer phrase: "no more than" bounds from above', () => {
    expect(qualified('They hired no more than 6 cooks.', '6').qualifier).toBe('at_most');
  });

  it('reads "within" as at most: "within 48 hours", "within 0.2 seconds of the winner"', () => {
    expect(qualified('The ferry must sail within 48 hours.', '48')).toEqual({
      text: 'within 48',
      qualifier: 'at_most',
    });
  });

  it('reads "over" after hand, turn or sign as part of the verb, not as more than', () => {
    expect(qualified('The rebels handed over 40 prisoners.', '40')).toEqual({
      text: '40',
      qualifier: 'exact',
    });
    expect(qualified('Police turned over 12 files to the court.', '12').qualifier).toBe('exact');
    expect(qualified('She signs over 3 farms to her son.', '3').qualifier).toBe('exact');
    // Any other verb keeps "over" as a bound.
    expect(qualified('The rebels held over 40 prisoners.', '40').qualifier).toBe('more_than');
    expect(qualified('The party won over 40% of the vote.', '40').qualifier).toBe('more_than');
  });

  it('does not take a qualifier word that ends another word', () => {
    expect(qualified('The moreover 5 rule applies.', '5').qualifier).toBe('exact');
  });

  it('reads "or more" after a number as at least', () => {
    expect(qualified('Groups of 10 or more pay less.', '10')).toEqual({
      text: '10 or more',
      qualifier: 'at_least',
    });
  });

  it('reads "or so" after a number as approximately', () => {
    expect(qualified('It took 20 or so minutes.', '20')).toEqual({
      text: '20 or so',
      qualifier: 'approximately',
    });
  });

  it('keeps a range a range and takes its leading "between"', () => {
    const text = 'The crowd was between 400 and 500 strong.';
    expect(qualified(text, '400 and 500', { qualifier: 'range', valueMax: 500 })).toEqual({
      text: 'between 400 and 500',
      qualifier: 'range',
    });
  });

  it('keeps the intrinsic reading of a vague amount when no words qualify it', () => {
    expect(qualified('Hundreds of kites flew.', 'Hundreds', { qualifier: 'at_least', vague: true })).toEqual({
      text: 'Hundreds',
      qualifier: 'at_least',
    });
  });

  it('lets qualifier words override a vague reading: "more than a handful"', () => {
    const result = qualified('More than a handful of stalls shut.', 'a handful', {
      qualifier: 'approximately',
    });
    expect(result).toEqual({ text: 'More than a handful', qualifier: 'more_than' });
  });

  it.each([
    ['The toll passed 400 on Friday.', '400'],
    ['The toll has passed 400.', '400'],
    ['Ticket sales topped 9,000 this spring.', '9,000'],
    ['Repairs could top 700 this winter.', '700'],
    ['Queues now top 350 most mornings.', '350'],
    ['Orders exceeded 2,500 in May.', '2,500'],
    ['The fund exceeds 80% of its target.', '80%'],
    ['Entries surpassed 1,600 by noon.', '1,600'],
    ['The index crossed 6,000 on Tuesday.', '6,000'],
    ['Donations crossed the 5,000 mark.', '5,000'],
  ])(
    'reads a verb of crossing before the number as more than, without widening the span: %j',
    (text, number) => {
      expect(qualified(text, number, { unit: number.endsWith('%') ? 'percent' : null, value: 1000 })).toEqual(
        {
          text: number,
          qualifier: 'more_than',
        },
      );
    },
  );

  // The verb is looked for only at the last word or the word before a last "the", in any case, after
  // any space (`ſ` folds onto `s` when matching case-insensitively): these sit on the edges of that
  // search, or join the verb to other letters, where it must not be read.
  it.each([
    ['Sales PASSED THE 5,000 mark.', '5,000', 5000, 'more_than'],
    ['Sales passed\u00a0 the\t5,000 mark.', '5,000', 5000, 'more_than'],
    ['Sales paſſed 5,000 in May.', '5,000', 5000, 'more_than'],
    ['The bill bypassed 5,000 objections.', '5,000', 5000, 'exact'],
    ['Sales passed the the 5,000 mark.', '5,000', 5000, 'exact'],
    ['Sales passed (the 5,000 mark).', '5,000', 5000, 'exact'],
    ['Sales passed5,000 in May.', '5,000', 5000, 'exact'],
    ["It's topped 5,000 again.", '5,000', 5000, 'more_than'],
    ['The Ωtopped 5,000 again.', '5,000', 5000, 'exact'],
    ['The toll PASSED the 1,000 mark.', '1,000', 1, 'more_than'],
    ['The toll paſſed 1,000 on Monday.', '1,000', 1, 'more_than'],
    ['Sales topped\u00a0the 2,000 level.', '2,000', 1, 'more_than'],
    ['Crowds surpassing 5,000 gathered.', '5,000', 1, 'more_than'],
    ['He outpassed 300 people.', '300', 1, 'exact'],
  ])('finds a crossing verb only where it stands before the number: %j', (text, number, value, qualifier) => {
    expect(qualified(text, number, { value }).qualifier).toBe(qualifier);
  });

  it('reads a small count passed or crossed as what was passed or crossed, not a threshold', () => {
    expect(qualified('The council passed 12 bylaws.', '12', { value: 12 }).qualifier).toBe('exact');
    expect(qualified('The hikers crossed 3 streams.', '3', { value: 3 }).qualifier).toBe('exact');
  });

  it('reads "up to" after a verb of going as where it goes, not a bound', () => {
    expect(qualified('The fee will go up to £950.', '£950', { value: 950, unit: 'GBP' })).toEqual({
      text: '£950',
      qualifier: 'exact',
    });
    expect(qualified('The fee can be up to £950.', '£950', { value: 950, unit: 'GBP' }).qualifier).toBe(
      'at_most',
    );
  });

  it('reads a sum passed before the noun it names as the thing passed, not a threshold', () => {
    const budget = 'Town council passes £2.4m budget for parks.';
    expect(qualified(budget, '£2.4m', { value: 2.4e6, unit: 'GBP' }).qualifier).toBe('exact');
    const sales = 'Sales passed £2.4m in March.';
    expect(qualified(sales, '£2.4m', { value: 2.4e6, unit: 'GBP' }).qualifier).toBe('more_than');
  });

  it('does not read one side of a vote or score after a crossing verb as more than', () => {
    expect(qualified('The motion passed 61-39 on Monday.', '61', { value: 61 }).qualifier).toBe('exact');
  });

  it('reads a distance passed or crossed as travelled, not a threshold', () => {
    expect(qualified('The convoy crossed 240 km of desert.', '240', { value: 240 }).qualifier).toBe('exact');
    expect(qualified('They passed 300 metres from the gate.', '300', { value: 300 }).qualifier).toBe('exact');
  });

  it('does not read "top" in a ranking as the verb', () => {
    expect(qualified('The top 500 firms reported.', '500', { value: 500 }).qualifier).toBe('exact');
    expect(qualified('She finished top 3 twice.', '3', { value: 3 }).qualifier).toBe('exact');
  });

  it('does not read "the" after a crossing verb as part of a threshold unless a threshold word follows', () => {
    expect(qualified('The bus passed the 40 pupils waiting.', '40', { value: 40 }).qualifier).toBe('exact');
  });

  it('never reaches before the sentence', () => {
    const text = 'It was over. 12 boats returned.';
    const start = text.indexOf('12');
    const span = qualify(
      text,
      { start, end: start + 2, value: 12, valueMax: null, unit: null, qualifier: null, vague: false },
      { start, end: text.length },
    );
    expect(span).toEqual({ start, end: start + 2, qualifier: 'exact' });
  });
});

// The cheap tests that spare numbers and sentences a regular expression must never change an answer:
// these cases sit on their edges (case, spaces beyond ASCII, letters that fold onto ASCII ones).
describe('qualifier fast paths', () => {
  it.each([
    ['It has 50 OR MORE rooms.', '50', '50 OR MORE', 'at_least'],
    ['It has 50\u2003or so rooms.', '50', '50\u2003or so', 'approximately'],
    ['It has 40-odd rooms.', '40', '40-odd', 'approximately'],
    ['It has 100+ rooms.', '100', '100+', 'more_than'],
    ['It has 50, or more, rooms.', '50', '50', 'exact'],
  ])('reads the words after the number in %j', (text, number, expected, qualifier) => {
    expect(qualified(text, number)).toEqual({ text: expected, qualifier });
  });

  it.each([
    ['The hall seated APPROX. 300 guests.', 'APPROX. 300', 'approximately'],
    ['The hall seated (about 300 guests).', 'about 300', 'approximately'],
    ['The hall seated no\u00a0more  than 300 guests.', 'no\u00a0more  than 300', 'at_most'],
    ['The hall seated Far More Than 300 guests.', 'Far More Than 300', 'more_than'],
    ['The hall seated rather than 300 guests.', '300', 'exact'],
    ['The hall seated 5over 300 guests.', '300', 'exact'],
  ])('reads the words before the number in %j', (text, expected, qualifier) => {
    expect(qualified(text, '300')).toEqual({ text: expected, qualifier });
  });

  it('finds a phrase whose last word holds a letter that folds onto ASCII', () => {
    // `ſ` matches `s` case-insensitively, though it is not listed: the span widens, the qualifier stays.
    expect(qualified('The hall seated ſome 300 guests.', '300').text).toBe('ſome 300');
  });

  it('reads a crossing verb that opens with a letter folding onto ASCII', () => {
    expect(qualified('Entries ſurpassed 1,600 by noon.', '1,600').qualifier).toBe('more_than');
  });
});
