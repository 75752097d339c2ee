import { describe, expect, it } from 'vitest';
import { SentenceContext } from '../../api/extract/context.ts';
import { SentenceDates } from '../../api/extract/dates.ts';

const plain = { cumulative: false };

/** The date of the figure written as `number` in `sentence`, published on `published` (a Wednesday). */
function dateOf(sentence: string, number: string, published = '2024-05-15', context = plain) {
  const start = sentence.indexOf(number);
  const sentenceContext = new SentenceContext(sentence, [{ start, end: start + number.length }]);
  return new SentenceDates(sentenceContext, published).dateOf(start, context);
}

describe('SentenceDates', () => {
  it("dates a figure by its sentence's own date rather than the wire dateline's", () => {
    const sentence = 'PORT ELLIS, May 15 (Coast Wire) – 31 sailors were lifted from the reef on Monday.';
    expect(dateOf(sentence, '31')?.date).toBe('2024-05-13');
    const alone = 'PORT ELLIS, May 15 (Coast Wire) – 31 sailors were lifted from the reef.';
    expect(dateOf(alone, '31')?.date).toBe('2024-05-15');
  });

  it('reads a short month name only beside a day or a year, not in a name such as "Del Mar"', () => {
    expect(dateOf('Its trainer, Ana Del Mar, entered 12 horses.', '12')).toBeNull();
    expect(dateOf('On Mar 3 the stable entered 12 horses.', '12')?.date).toBe('2024-03-03');
  });

  it('dates a price that stays at or starts at a level at publication', () => {
    expect(dateOf('The ferry fare stays at £2.50 a trip.', '£2.50')?.date).toBe('2024-05-15');
    expect(dateOf('Pay for a porter starts at £24,000.', '£24,000')?.date).toBe('2024-05-15');
    expect(dateOf('Pay for a porter started at £24,000.', '£24,000')).toBeNull();
  });

  it('dates what people earn or a firm pays, told in the present, at publication', () => {
    expect(dateOf('Most porters earn less than £24,000 a year.', '£24,000')?.date).toBe('2024-05-15');
    expect(dateOf('The mill pays £90 a tonne for oats.', '£90')?.date).toBe('2024-05-15');
    expect(dateOf('The mill paid £90 a tonne for oats.', '£90')).toBeNull();
  });

  it('dates what a place handles, told in the present, at publication', () => {
    expect(dateOf('The port handles about 80 ships a day.', 'about 80')?.date).toBe('2024-05-15');
    expect(dateOf('The port handled about 80 ships a day.', 'about 80')).toBeNull();
  });

  it('gives no date when the sentence names none and the figure is a single event', () => {
    expect(dateOf('The market sold 80 melons.', '80')).toBeNull();
  });

  it('dates a state told in the present at publication', () => {
    expect(dateOf('The orchard employs 80 pickers.', '80')).toEqual({ date: '2024-05-15', precision: 'day' });
    expect(dateOf('The valley, home to 80,000 people, flooded.', '80,000')).toEqual({
      date: '2024-05-15',
      precision: 'day',
    });
  });

  it('does not date a past event at publication because a relative clause is in the present', () => {
    expect(dateOf('Some 80 melons rotted in the heat, which is unusual for the region.', '80')).toBeNull();
  });

  it('reads a day and month written day first', () => {
    expect(dateOf('On 3 April, 80 melons were sold.', '80')).toEqual({
      date: '2024-04-03',
      precision: 'day',
    });
  });

  it('reads the year of a long date whole, however far it lies from the month', () => {
    expect(dateOf('On September 16th, 2022, the market sold 80 melons.', '80')).toEqual({
      date: '2022-09-16',
      precision: 'day',
    });
    expect(dateOf('The market sold 80 melons on the 16th of September, 2022.', '80')).toEqual({
      date: '2022-09-16',
      precision: 'day',
    });
  });

  it('does not read part of a word after a date as a month', () => {
    // Ten characters after "Monday" end inside "Juneau", in a piece chrono reads as June after "in".
    expect(dateOf('On Monday as in Juneau, 80 melons were sold.', '80')).toEqual({
      date: '2024-05-13',
      precision: 'day',
    });
  });

  it('reads an ISO date', () => {
    expect(dateOf('Updated 2024-04-30: the market sold 80 melons.', '80')).toEqual({
      date: '2024-04-30',
      precision: 'day',
    });
  });

  it('reads a day and month written month first', () => {
    expect(dateOf('On April 3, 80 melons were sold.', '80')).toEqual({
      date: '2024-04-03',
      precision: 'day',
    });
  });

  it('reads a month in capitals beside its day, and not a capital MAY alone', () => {
    expect(dateOf('OCT. 15 - The port shipped 80 crates.', '80')?.date).toBe('2023-10-15');
    expect(dateOf('The port shipped 80 crates on 3 APRIL.', '80')?.date).toBe('2024-04-03');
    expect(dateOf('PORT MAY CLOSE AFTER 80 CRATES LOST', '80')).toBeNull();
  });

  it('reads a month alone with month precision', () => {
    expect(dateOf('In February the shop sold 80 melons.', '80')).toEqual({
      date: '2024-02',
      precision: 'month',
    });
  });

  it('puts a month later in the year than publication in the year before', () => {
    expect(dateOf('In September the shop sold 80 melons.', '80')).toEqual({
      date: '2023-09',
      precision: 'month',
    });
  });

  it('keeps a future month when the sentence speaks of the future', () => {
    expect(dateOf('In September the shop will sell 80 melons.', '80')?.date).toBe('2024-09');
  });

  it('keeps a month ahead when its clause has a modal, an expectation or a scheduling verb', () => {
    expect(dateOf('A 4% rise in September could hurt the shop.', '4%')?.date).toBe('2024-09');
    expect(dateOf('Traders expect a 30 per cent chance of a cut in July.', '30 per cent')?.date).toBe(
      '2024-07',
    );
    expect(dateOf('The fair opens on 2 August with 80 stalls.', '80')?.date).toBe('2024-08-02');
  });

  it('still puts a later month told in the past, or beside a modal of another clause, in the year before', () => {
    expect(dateOf('In September, 80 melons could not be sold.', '80')?.date).toBe('2023-09');
    expect(dateOf('In September the shop sold 80 melons, and more could follow.', '80')?.date).toBe(
      '2023-09',
    );
  });

  it('keeps a later month in a headline that tells of the future with "to" and a verb', () => {
    const headlineDate = (sentence: string, number: string) => {
      const start = sentence.indexOf(number);
      const context = new SentenceContext(sentence, [{ start, end: start + number.length }]);
      return new SentenceDates(context, '2024-05-15', true).dateOf(start, plain)?.date;
    };
    expect(headlineDate('Water bills to rise by £30 in November', '£30')).toBe('2024-11');
    expect(headlineDate('Mill to cut 80 jobs in September as orders slump', '80')).toBe('2024-09');
    // A line linking to another story by its headline tells of the future so too.
    expect(dateOf('Read more: Water bills to rise by £30 in November', '£30')?.date).toBe('2024-11');
    // Told as done, or as a level reached, the month is last year's.
    expect(headlineDate('Water bills rose by £30 in November', '£30')).toBe('2023-11');
    expect(headlineDate('Toll climbs to 80 after November floods', '80')).toBe('2023-11');
    // In the body, "to" and a verb may tell a purpose of the past.
    expect(dateOf('The mill hired 80 pickers in November to cut the backlog.', '80')?.date).toBe('2023-11');
  });

  it('keeps a weekday before publication in a sentence with a modal', () => {
    expect(dateOf('The shop said on Friday that 80 melons could rot.', '80')?.date).toBe('2024-05-10');
  });

  it('keeps the day a statement was made in the past though the sentence tells of the future', () => {
    expect(dateOf('The grocer will shut 80 shops, the company said on Monday.', '80')).toEqual({
      date: '2024-05-13',
      precision: 'day',
    });
    const quoted =
      '"We will keep going," the mayor told reporters on Tuesday, adding that 80 crates had been lost.';
    expect(dateOf(quoted, '80', '2024-05-15', { cumulative: true })?.date).toBe('2024-05-14');
    // A weekday of the future itself stays ahead, undated.
    expect(dateOf('The grocer will shut 80 shops on Monday.', '80')).toBeNull();
  });

  it('does not date a change measured against a year before to that year', () => {
    expect(dateOf('In April sales were 8% higher than a year earlier.', '8%')?.date).toBe('2024-04');
    expect(dateOf('Sales rose to 80 crates, up 8% on a year ago.', '8%')).toBeNull();
    expect(dateOf('Sales fell 8% in April compared with a year earlier.', '8%')?.date).toBe('2024-04');
    expect(dateOf('Sales fell 8% in April against a year earlier.', '8%')?.date).toBe('2024-04');
  });

  it('does not count a change back to the period after "than" or "from" that it is measured against', () => {
    expect(dateOf('Sales were 8% lower in April than a month earlier.', '8%')?.date).toBe('2024-04');
    expect(dateOf('Sales rose 9% from a year ago.', '9%')).toBeNull();
    const sameTime = 'Some 300 crates have been packed, 4% fewer than at the same time last year.';
    expect(dateOf(sameTime, '4%')?.date).toBe('2024-05-15');
  });

  it('does not let "last year" that a change is measured against date a figure after it', () => {
    const sentence =
      'Some 40% of pupils passed, up 2 points on last year and ahead of the county figure of 38%.';
    expect(datesOf(sentence, ['40%', '2 points', '38%'])[2]).toBeNull();
    const when = 'Sales were up on last year, when 300 melons were sold.';
    expect(dateOf(when, '300')?.date).toBe('2023-05');
  });

  it('does not count a change back to the same quarter, month or week of the year before', () => {
    expect(dateOf('Margins were 2% thinner than in the same quarter last year.', '2%')).toBeNull();
    expect(dateOf('Footfall was 6% lower than in the same week last year.', '6%')).toBeNull();
    expect(dateOf('Margins were 2% thinner in the same quarter last year.', '2%')?.date).toBe('2023-05');
  });

  it('counts back a figure of the clause that "a year ago" or "a month ago" opens', () => {
    expect(dateOf('A year ago the rate averaged 6.8%.', '6.8%')).toEqual({
      date: '2023-05',
      precision: 'month',
    });
    expect(dateOf('A month ago, the shop sold 80 melons a day.', '80')?.date).toBe('2024-04');
    // Not a figure of a later clause.
    expect(dateOf('A year ago the shop was shut; now it sells 80 melons a day.', '80')?.date).not.toBe(
      '2023-05',
    );
  });

  it('still counts back a figure given after "from" or "against" a period before', () => {
    expect(dateOf('Turnover hit £7m, up from £5m a month earlier.', '£5m')?.date).toBe('2024-04');
  });

  it('dates a figure of a span of days to the month', () => {
    expect(dateOf('Between 2 and 6 April, 80 melons were sold.', '80')).toEqual({
      date: '2024-04',
      precision: 'month',
    });
    expect(dateOf('The shop sold 80 melons on 2 and 6 April.', '80')?.date).toBe('2024-04');
  });

  it('dates a figure of a period of days opened by "from" to its last day, as "the week to" is', () => {
    expect(dateOf('From 2 to 6 April the shop sold 80 melons.', '80')).toEqual({
      date: '2024-04-06',
      precision: 'day',
    });
    expect(dateOf('The shop sold 80 melons from April 2 to 6.', '80')?.date).toBe('2024-04-06');
    // Across two months, and across a new year.
    expect(dateOf('From 29 April to 3 May the shop sold 80 melons.', '80')?.date).toBe('2024-05-03');
    expect(dateOf('Sales from Dec. 28 to Jan. 3 rose 80%.', '80%', '2024-02-10')?.date).toBe('2024-01-03');
  });

  it('dates a figure of a period of weekdays opened by "from" to its last day', () => {
    expect(dateOf('From Monday to Wednesday the shop sold 80 melons.', '80')).toEqual({
      date: '2024-05-15',
      precision: 'day',
    });
    // Published on Thursday 2 May: Tuesday was 30 April.
    expect(dateOf('From Tuesday to Thursday the shop sold 80 melons.', '80', '2024-05-02')?.date).toBe(
      '2024-05-02',
    );
  });

  it('dates a figure at the end of last month to the month, and at the end of a named month to its last day', () => {
    expect(dateOf('The orchard had 80 pickers at the end of last month.', '80')).toEqual({
      date: '2024-04',
      precision: 'month',
    });
    // blind12 and blind16 both date "at the end of March" to 31 March, a snapshot's day.
    expect(dateOf('At the end of March the barn held 80 crates.', '80')).toEqual({
      date: '2024-03-31',
      precision: 'day',
    });
    expect(dateOf('The barn held 80 crates by the end of February.', '80')?.date).toBe('2024-02-29');
  });

  it('dates a figure of a quarter or a half of a named year to its last day', () => {
    // blind17 dates "in the second quarter of 2025" to 30 June 2025, the quarter's end.
    expect(dateOf('The mill sold 80 tonnes in the second quarter of 2023.', '80')).toEqual({
      date: '2023-06-30',
      precision: 'day',
    });
    expect(dateOf('First quarter of 2024: 80 tonnes shipped.', '80')?.date).toBe('2024-03-31');
    expect(dateOf('The mill sold 80 tonnes in the final quarter of last year.', '80')?.date).toBe(
      '2023-12-31',
    );
    expect(dateOf('The mill sold 80 tonnes in the first quarter of this year.', '80')?.date).toBe(
      '2024-03-31',
    );
    expect(dateOf('In Q3 2023 the mill sold 80 tonnes.', '80')?.date).toBe('2023-09-30');
    expect(dateOf('The mill sold 80 tonnes in the first half of 2023.', '80')?.date).toBe('2023-06-30');
    expect(dateOf('The mill sold 80 tonnes in the second half of 2023.', '80')?.date).toBe('2023-12-31');
  });

  it('reads no date from a quarter without a year, a fiscal quarter, or a quarter not yet over', () => {
    // A game's quarter, or a firm's own calendar, is no quarter of the year.
    expect(dateOf('They scored 80 points in the fourth quarter.', '80')).toBeNull();
    expect(dateOf('The mill sold 80 tonnes in its fiscal second quarter of 2023.', '80')).toBeNull();
    // Published in May 2024: the second quarter of 2024 is not over, and a past sale is not dated ahead.
    expect(dateOf('The mill sold 80 tonnes in the second quarter of 2024.', '80')).toBeNull();
    expect(dateOf('The mill expects to sell 80 tonnes in the third quarter of 2024.', '80')?.date).toBe(
      '2024-09-30',
    );
  });

  it('reads May after "early", "mid-", "late", "the start of" or a period "to" as the month', () => {
    expect(dateOf('In early May, 80 melons were sold.', '80')).toEqual({
      date: '2024-05',
      precision: 'month',
    });
    expect(dateOf('The shop sold 80 melons in mid-May.', '80')?.date).toBe('2024-05');
    expect(dateOf('Frost in late May killed 80 vines.', '80')?.date).toBe('2024-05');
    expect(dateOf('At the start of May the barn held 80 crates.', '80')?.date).toBe('2024-05');
    expect(dateOf('Rents rose 8% in the year to May.', '8%')?.date).toBe('2024-05');
    expect(dateOf('Rents rose 8% in the three months to May.', '8%')?.date).toBe('2024-05');
    // A day written beside a part of something else keeps its day.
    expect(dateOf('At the end of the day on 30 April, 80 melons were left.', '80')).toEqual({
      date: '2024-04-30',
      precision: 'day',
    });
  });

  it('dates a figure of a span of days told by two weekdays to the month', () => {
    expect(dateOf('Between Friday and Monday, 80 melons were sold.', '80')).toEqual({
      date: '2024-05',
      precision: 'month',
    });
    expect(dateOf('The shop sold 80 melons on Tuesday night and Wednesday.', '80')).toEqual({
      date: '2024-05',
      precision: 'month',
    });
  });

  it('gives no date to a span of weekdays that runs across two months', () => {
    // Published on Thursday 2 May: Tuesday was 30 April.
    expect(dateOf('The shop sold 80 melons between Tuesday and Thursday.', '80', '2024-05-02')).toBeNull();
    expect(
      dateOf('Between Tuesday and Thursday the shop has sold 80 melons.', '80', '2024-05-02', {
        cumulative: true,
      }),
    ).toBeNull();
  });

  it('reads a weekday followed by "last week" as that day of the week before publication', () => {
    // Published on Saturday 18 May: "Friday" alone would be the day before.
    expect(dateOf('On Friday last week, 80 melons were sold.', '80', '2024-05-18')).toEqual({
      date: '2024-05-10',
      precision: 'day',
    });
    // Published on Monday 6 May: last week ran from 29 April to 5 May.
    expect(
      dateOf('The shop sold 80 melons between Wednesday and Friday last week.', '80', '2024-05-06'),
    ).toEqual({
      date: '2024-05',
      precision: 'month',
    });
    expect(
      dateOf('The shop sold 80 melons between Monday and Wednesday last week.', '80', '2024-05-06'),
    ).toBeNull();
  });

  it('keeps each day of two occasions told apart', () => {
    // "and again on" tells two occasions, not a span: the figure keeps the day nearest to it.
    expect(dateOf('The shop sold 80 melons on Friday and again on Monday.', '80')).toEqual({
      date: '2024-05-10',
      precision: 'day',
    });
    const sentence = 'On Monday, 40 melons were sold, and on Tuesday 12 more.';
    const figures = ['40', '12'].map((n) => ({ start: sentence.indexOf(n), end: sentence.indexOf(n) + 2 }));
    const dates = new SentenceDates(new SentenceContext(sentence, figures), '2024-05-15');
    expect(dates.dateOf(figures[0].start, plain)?.date).toBe('2024-05-13');
    expect(dates.dateOf(figures[1].start, plain)?.date).toBe('2024-05-14');
  });

  it('reads a weekday as the latest such day on or before publication', () => {
    expect(dateOf('On Friday, 80 melons were sold.', '80')).toEqual({ date: '2024-05-10', precision: 'day' });
    expect(dateOf('On Wednesday, 80 melons were sold.', '80')?.date).toBe('2024-05-15');
  });

  it('reads "today" as the day of publication', () => {
    expect(dateOf('Today 80 melons were sold.', '80')).toEqual({ date: '2024-05-15', precision: 'day' });
  });

  it('reads a weekday with a day of the month as that day', () => {
    expect(dateOf('On Friday 3 May, 80 melons were sold.', '80')?.date).toBe('2024-05-03');
  });

  it('reads "last month" as the month before publication', () => {
    expect(dateOf('The shop sold 80 melons last month.', '80')).toEqual({
      date: '2024-04',
      precision: 'month',
    });
  });

  it('reads "yesterday" as the day before publication', () => {
    expect(dateOf('Yesterday 80 melons were sold.', '80')).toEqual({ date: '2024-05-14', precision: 'day' });
  });

  it('dates the whole that a part is taken from at publication, not at the date ahead of the part', () => {
    const sentence = 'The mill will shut three of its 11 kilns by the end of June.';
    expect(dateOf(sentence, '11')).toEqual({ date: '2024-05-15', precision: 'day' });
    expect(dateOf('The mill plans to sell two of its 11 kilns.', '11')?.date).toBe('2024-05-15');
    // A past date of its own sentence still dates it.
    expect(dateOf('On Monday the mill shut three of its 11 kilns.', '11')?.date).toBe('2024-05-13');
  });

  it('reads the day a dividend is payable as ahead of publication', () => {
    const sentence = 'The board declared a dividend of 8p a share, payable on 3 July.';
    expect(dateOf(sentence, '8p')?.date).toBe('2024-07-03');
    // Paid on a day named without a word of the future, it lies before publication.
    expect(dateOf('The board paid a dividend of 8p a share on 3 May.', '8p')?.date).toBe('2024-05-03');
  });

  it('reads "last night" as the day before publication', () => {
    for (const sentence of ['The stall sold 80 melons last night.', 'Last night, 80 melons were sold.']) {
      expect(dateOf(sentence, '80')).toEqual({ date: '2024-05-14', precision: 'day' });
    }
    // A night that is not the last one names no day.
    expect(dateOf('The stall sells 80 melons every night.', '80')).toBeNull();
  });

  it('reads "this morning", "this afternoon" and "this evening" as the day of publication', () => {
    for (const part of ['this morning', 'This afternoon', 'this evening']) {
      expect(dateOf(`The stall sold 80 melons ${part}.`, '80')).toEqual({
        date: '2024-05-15',
        precision: 'day',
      });
    }
  });

  it('gives no date for a morning that is not this one', () => {
    expect(dateOf('The stall sells 80 melons every morning.', '80')).toBeNull();
  });

  it('gives no date for a week that is not placed in time', () => {
    expect(dateOf('In one week 80 melons were sold.', '80')).toBeNull();
  });

  it('reads "last week" as the month of the week before publication', () => {
    expect(dateOf('Last week 80 melons were sold.', '80', '2024-05-03')).toEqual({
      date: '2024-04',
      precision: 'month',
    });
  });

  it('carries "last week" from the clause before into a clause that goes on with it', () => {
    const absolute = 'Last week the two sides swapped prisoners for the first time, with 40 soldiers freed.';
    expect(dateOf(absolute, '40')).toEqual({ date: '2024-05', precision: 'month' });
    expect(dateOf('The council passed its budget last week, 3% more than this year.', '3%')?.date).toBe(
      '2024-05',
    );
    // Not into a clause that tells how things stand now.
    const standing = 'Sales at the chain fell 5% last year, but the group now employs 800 people.';
    expect(dateOf(standing, '800')?.date).toBe('2024-05-15');
    // Nor over a date of the figure's own.
    const own = 'Crowds at the fair grew on last year, with some 9,000 through the gates on Saturday alone.';
    expect(dateOf(own, '9,000')?.date).toBe('2024-05-11');
  });

  it('picks the date nearest to the figure', () => {
    const sentence = 'On Monday the mayor said that in March 80 melons had been sold.';
    expect(dateOf(sentence, '80')?.date).toBe('2024-03');
  });

  it('does not read a lower-case "may" as the month', () => {
    expect(dateOf('Officials may count 80 melons.', '80')).toBeNull();
  });

  it('does not read the figure itself as a date', () => {
    expect(dateOf('He would leave 18 months later.', '18')).toBeNull();
  });

  it('does not read a count as the year of a date before it', () => {
    const sentence = 'On 3 April, 80 melons and 20 pears were sold.';
    const figures = [
      { start: sentence.indexOf('80'), end: sentence.indexOf('80') + 2 },
      { start: sentence.indexOf('20'), end: sentence.indexOf('20') + 2 },
    ];
    const dates = new SentenceDates(new SentenceContext(sentence, figures), '2024-05-15');
    expect(dates.dateOf(sentence.indexOf('20'), plain)?.date).toBe('2024-04-03');
  });

  /** The dates of the figures written as `numbers` in `sentence`, published on 15 May 2024. */
  function datesOf(sentence: string, numbers: string[], context = plain) {
    const figures = numbers.map((n) => ({ start: sentence.indexOf(n), end: sentence.indexOf(n) + n.length }));
    const dates = new SentenceDates(new SentenceContext(sentence, figures), '2024-05-15');
    return figures.map((f) => dates.dateOf(f.start, context));
  }

  it('dates by "last week" after a later figure of the same clause, unless that figure is compared', () => {
    const sentence =
      'Some 212 walkers waited more than 12 hours for the ferry last week, up from 164 the week before.';
    // 6 to 12 May 2024: a week inside one month is dated to the month. The 240 are a week's total.
    expect(datesOf(sentence, ['240', '12', '164'], { cumulative: true })[0]).toEqual({
      date: '2024-05',
      precision: 'month',
    });
    const compared = 'The ferry carried 212 walkers against 180 walkers last week.';
    expect(datesOf(compared, ['212', '180'])[0]).toBeNull();
    const ownClause = 'The ferry carried 212 walkers, and 180 cyclists came last week.';
    expect(datesOf(ownClause, ['212', '180'])[0]).toBeNull();
  });

  it('does not let the date of a later clause opened by "and" or "though" date a figure standing now', () => {
    const sentence = 'The farm now keeps 80 goats, and 12 calves were born in March.';
    expect(datesOf(sentence, ['80', '12'])).toEqual([
      { date: '2024-05-15', precision: 'day' },
      { date: '2024-03', precision: 'month' },
    ]);
    const though = 'The co-op still owns three mills, though it sold two barns in April.';
    expect(datesOf(though, ['three', 'two'])[0]).toEqual({ date: '2024-05-15', precision: 'day' });
    // A past event keeps the later clause's date, the best there is.
    expect(datesOf('The farm sold 80 goats, and it bought 12 calves in March.', ['80', '12'])[0]).toEqual({
      date: '2024-03',
      precision: 'month',
    });
  });

  it('reads a later clause on past a comma between modifiers of its figures', () => {
    const sentence = 'The farm now keeps 80 goats, and it bought a two-year, £9,000 lease in March.';
    expect(datesOf(sentence, ['80', 'two', '£9,000'])).toEqual([
      { date: '2024-05-15', precision: 'day' },
      { date: '2024-03', precision: 'month' },
      { date: '2024-03', precision: 'month' },
    ]);
  });

  it('does not let the date of an earlier clause date a figure standing now after ", and"', () => {
    expect(dateOf('Prices rose 2% in April, and a crate now costs £80.', '£80')?.date).toBe('2024-05-15');
  });

  it('keeps the date of an earlier clause for a past event after ", and", and for a finding after "while"', () => {
    expect(dateOf('Prices rose 2% in April, and 80 crates were sold.', '80')?.date).toBe('2024-04');
    const poll =
      'A poll published on Monday found that 64% back the plan, while 22% oppose it and the rest are undecided.';
    expect(dateOf(poll, '22%')?.date).toBe('2024-05-13');
  });

  it('does not let the date of a later "after" or "because" clause date a figure standing now', () => {
    const sentence = 'The club now has 31 members, after two resigned in March.';
    expect(datesOf(sentence, ['31', 'two'])).toEqual([
      { date: '2024-05-15', precision: 'day' },
      { date: '2024-03', precision: 'month' },
    ]);
  });

  it('dates a figure in a "when" clause after a period’s start by that start', () => {
    expect(dateOf('It was the worst harvest since March, when 80 melons rotted.', '80')).toEqual({
      date: '2024-03',
      precision: 'month',
    });
    // The start of a running period still dates nothing else.
    expect(dateOf('Some 80 melons have rotted since March.', '80')?.date).toBe('2024-05-15');
  });

  it('measures the distance to a date after a figure from the figure’s end, not its start', () => {
    // "in February" is one space after "3.6%", "in March" six characters before it.
    const sentence = 'Inflation slowed to 2.9% in March from 3.6% in February.';
    expect(datesOf(sentence, ['2.9%', '3.6%']).map((d) => d?.date)).toEqual(['2024-03', '2024-02']);
  });

  it('does not date a figure of a present perfect by a date across a clause break', () => {
    // "has given ... in March" cannot be said: March dates the clause after "and".
    const after = 'The charity has given £80m and pledged £20m more in March.';
    expect(dateOf(after, '£80m')?.date).toBe('2024-05-15');
    const before = 'Prices peaked at 11% in March and have since eased to 80 pence.';
    expect(dateOf(before, '80 pence')?.date).toBe('2024-05-15');
    const partOf = 'The hotel has shut two of its 12 wings and moved 140 guests yesterday.';
    expect(dateOf(partOf, '12')?.date).toBe('2024-05-15');
    // A past tense takes the date of the clause it is joined to.
    expect(dateOf('The charity gave £80m and pledged £20m more in March.', '£80m')?.date).toBe('2024-03');
    // So does a perfect in the date's own clause.
    expect(dateOf('The charity has given £80m in March.', '£80m')?.date).toBe('2024-03');
  });

  it('lets a date right after a compared number date that number alone, not the figures after it', () => {
    const sentence = 'Support has risen to 51% from 44% in January, and 15% say they are unsure.';
    expect(datesOf(sentence, ['51%', '44%', '15%'])).toEqual([
      { date: '2024-05-15', precision: 'day' },
      { date: '2024-01', precision: 'month' },
      { date: '2024-05-15', precision: 'day' },
    ]);
    // A date after a plain number still dates the figures that follow it in the clause.
    expect(datesOf('In the town 44 homes burned in January, and 15 were rebuilt.', ['44', '15'])[1]).toEqual({
      date: '2024-01',
      precision: 'month',
    });
  });

  it('dates a figure by a holiday it names, not by the weekday inside "Black Friday"', () => {
    // 15 May 2024 is a Wednesday; Black Friday 2023 was 24 November.
    expect(dateOf('Black Friday sales fell 3% to $1.9bn.', '3%')).toEqual({
      date: '2023-11-24',
      precision: 'day',
    });
    expect(
      dateOf('Some 80 pickers have been laid off since Christmas.', '80', '2024-05-15', { cumulative: true }),
    ).toEqual({ date: '2024-05-15', precision: 'day' });
    expect(dateOf('The market hired 80 pickers on Boxing Day.', '80')).toEqual({
      date: '2023-12-26',
      precision: 'day',
    });
  });

  it('does not let the main clause date a figure standing now in a relative clause', () => {
    const sentence = 'The farm, which employs 80 pickers, sold 12 calves on Monday.';
    expect(datesOf(sentence, ['80', '12'])).toEqual([
      { date: '2024-05-15', precision: 'day' },
      { date: '2024-05-13', precision: 'day' },
    ]);
  });

  it('does not let a date inside a relative clause date a standing figure outside it', () => {
    const sentence = 'The grower, who paid $40,000 for the orchard in March, employs 80 pickers.';
    expect(datesOf(sentence, ['$40,000', '80'])).toEqual([
      { date: '2024-03', precision: 'month' },
      { date: '2024-05-15', precision: 'day' },
    ]);
  });

  it('does not let a date inside a relative clause date a running total outside it', () => {
    // The clause runs on past a comma between its modifiers: "a two-year, $9m lease".
    const sentence = 'The grower, who took a two-year, $9m lease in March, has sold 80 tonnes this season.';
    expect(datesOf(sentence, ['$9m', '80'], { cumulative: true })).toEqual([
      { date: '2024-03', precision: 'month' },
      { date: '2024-05-15', precision: 'day' },
    ]);
  });

  it('reads a relative clause on past a bracket inside it', () => {
    const sentence = 'The grower, who paid $40,000 (£31,000) for the orchard in March, employs 80 pickers.';
    expect(datesOf(sentence, ['$40,000', '£31,000', '80'])).toEqual([
      { date: '2024-03', precision: 'month' },
      { date: '2024-03', precision: 'month' },
      { date: '2024-05-15', precision: 'day' },
    ]);
  });

  it('keeps the date of a relative clause for a past event outside it, and a date after the clause', () => {
    // The clause's date is the best there is for a past event told without one of its own.
    expect(dateOf('The storm, which hit the coast on Monday, flattened 80 barns.', '80')?.date).toBe(
      '2024-05-13',
    );
    // A comma after the clause that does not open a number ends it: April is the main clause's date.
    expect(
      dateOf(
        'Melon sales, which exclude imports, rose to 80 tonnes in April, the shop says.',
        '80',
        '2024-05-15',
        {
          cumulative: true,
        },
      )?.date,
    ).toBe('2024-04');
  });

  it('gives a date after a number compared with the figure to that number, not to the figure', () => {
    const sentence = 'The fleet now has 40 ships, up from 25 in March.';
    const figures = [
      { start: sentence.indexOf('40'), end: sentence.indexOf('40') + 2 },
      { start: sentence.indexOf('25'), end: sentence.indexOf('25') + 2 },
    ];
    const dates = new SentenceDates(new SentenceContext(sentence, figures), '2024-05-15');
    // "now has": the figure stands at publication; March is the date of the 25 it is compared with.
    expect(dates.dateOf(sentence.indexOf('40'), plain)?.date).toBe('2024-05-15');
    expect(dates.dateOf(sentence.indexOf('25'), plain)?.date).toBe('2024-03');
  });

  it('does not let a number compared with the figure keep its date from it, but lets a listed one', () => {
    const compared = 'Sales fell to 80 crates from 95 in March.';
    const listed = 'Rangers moved 8 trucks and 95 crates to the depot in March.';
    const read = (sentence: string) => {
      const figures = ['8', '80', '95']
        .filter((n) => sentence.includes(` ${n} `))
        .map((n) => ({
          start: sentence.indexOf(` ${n} `) + 1,
          end: sentence.indexOf(` ${n} `) + 1 + n.length,
        }));
      return new SentenceDates(new SentenceContext(sentence, figures), '2024-05-15').dateOf(
        figures[0].start,
        plain,
      );
    };
    expect(read(compared)).toBeNull();
    expect(read(listed)?.date).toBe('2024-03');
  });

  it('does not take a qualifier "more than" for a comparison', () => {
    const sentence = 'The storm felled 30 trees and more than 50 poles on Friday.';
    const figures = [
      { start: sentence.indexOf('30'), end: sentence.indexOf('30') + 2 },
      { start: sentence.indexOf('50'), end: sentence.indexOf('50') + 2 },
    ];
    const dates = new SentenceDates(new SentenceContext(sentence, figures), '2024-05-15');
    expect(dates.dateOf(figures[0].start, plain)?.date).toBe('2024-05-10');
  });

  it('does not date a figure by the date of what it is compared with, after "than"', () => {
    expect(dateOf('The fleet used 61% of its berths, 4 points more than in March.', '61%')).toBeNull();
    expect(dateOf('Crews fixed 18 pumps, fewer than on Monday.', '18')).toBeNull();
  });

  it('prefers a date the statement tells of to the day the statement was made', () => {
    const period = 'The cooperative said on Friday that sales rose 9% in the six months to 30 April.';
    expect(dateOf(period, '9%')?.date).toBe('2024-04-30');
    const event = 'Floods on Monday destroyed 300 homes and damaged 40 more, officials said on Tuesday.';
    expect(dateOf(event, '40')?.date).toBe('2024-05-13');
  });

  it('keeps the day a statement was made where the sentence names no other date for the figure', () => {
    expect(dateOf('Officials said on Tuesday that 40 homes were damaged.', '40')?.date).toBe('2024-05-14');
  });

  it('keeps the day a statement was made over a date beyond it or a date that starts a period', () => {
    const beyond = 'Sales rose 7%, the group said on Tuesday, after a slow April.';
    expect(dateOf(beyond, '7%')?.date).toBe('2024-05-14');
    const since = 'Officials said on Tuesday that 900 people had been evacuated since Sunday.';
    expect(dateOf(since, '900')?.date).toBe('2024-05-14');
    const from = 'The agency said on Friday it needed $3m to avoid cutting rations from 1 June.';
    expect(dateOf(from, '$3m')?.date).toBe('2024-05-10');
  });

  it('does not date a change by a month without a day after "on", which it is measured against', () => {
    expect(dateOf('Exports reached 420 crates in April, down 8% on March.', '8%')?.date).toBe('2024-04');
  });

  it('still reads a day after "on", and a period after a word that merely ends in "on"', () => {
    expect(dateOf('The market sold 80 melons on 3 March.', '80')?.date).toBe('2024-03-03');
    expect(dateOf('The region sold 80 melons last month.', '80')?.date).toBe('2024-04');
  });

  it('does not date a figure by the date after "as in", which is what it is compared with', () => {
    const sentence = 'The farm sold 80 melons in April, twice as many as in March, and the shop 60.';
    expect(dateOf(sentence, '60')?.date).toBe('2024-04');
  });

  it('still reads a date after "as" without a preposition', () => {
    expect(dateOf('The shop sold 60 melons as early as March.', '60')?.date).toBe('2024-03');
  });

  it('moves a month followed by "last year" into the year before', () => {
    expect(dateOf('In April last year 80 melons were sold.', '80')?.date).toBe('2023-04');
  });

  it('reads "next month" in a sentence about the future', () => {
    expect(dateOf('The shop will stock 80 melons from next month.', '80')?.date).toBe('2024-06');
  });

  it('does not date a figure outside a running total by the start of a period', () => {
    expect(dateOf('Since March the shop sold 80 melons.', '80')).toBeNull();
  });

  it('never dates a past event after publication', () => {
    expect(dateOf('On 20 May, 80 melons were sold.', '80', '2024-05-15')?.date).toBe('2023-05-20');
  });

  it('dates a running total at publication', () => {
    expect(dateOf('In total 80 melons were sold.', '80', '2024-05-15', { cumulative: true })).toEqual({
      date: '2024-05-15',
      precision: 'day',
    });
  });

  it('dates a running total "since" a month at publication, not at the month', () => {
    const context = { cumulative: true };
    expect(dateOf('Since January, 80 melons have been sold.', '80', '2024-05-15', context)?.date).toBe(
      '2024-05-15',
    );
  });

  it('dates a snapshot told as standing now at publication', () => {
    expect(dateOf('Some 80 guards have been stationed there.', '80')?.date).toBe('2024-05-15');
    expect(dateOf('The farm now employs 80 pickers.', '80')?.date).toBe('2024-05-15');
    expect(dateOf('Some 80 pickers were still waiting for pay.', '80')?.date).toBe('2024-05-15');
  });

  it('dates at publication a state told in the present by a verb of keeping, providing, averaging or covering', () => {
    for (const sentence of [
      'The navy keeps 80 patrol boats in the gulf.',
      'The farm provides 80 jobs in the valley.',
      'Attendance averages 80 a night this season.',
      'The union represents 80 pilots.',
      'The side sits 80 points clear at the top.',
      'The store occupies 80,000 sq ft on the square.',
      'The estate covers 80 hectares.',
      'The bridge spans 80 metres.',
      'The ferry carries 80 cars.',
      'The farm owes £80,000 to its bank.',
    ]) {
      expect(dateOf(sentence, '80')?.date).toBe('2024-05-15');
    }
  });

  it('gives no date to a past event told without a date', () => {
    expect(dateOf('The farm hired 80 pickers.', '80')).toBeNull();
    expect(dateOf('The navy kept 80 patrol boats in the gulf.', '80')).toBeNull();
  });

  it('gives no date without a publication date', () => {
    expect(dateOf('On 3 April, 80 melons were sold.', '80', '')).toBeNull();
  });

  it('dates a figure "a year earlier" to the same month a year before publication', () => {
    expect(dateOf('Turnover hit £7m, up from £5m a year earlier.', '£5m')).toEqual({
      date: '2023-05',
      precision: 'month',
    });
  });

  it('counts a period back only where its unit is written in lower case', () => {
    expect(dateOf('Turnover hit £7m, up from £5m a week earlier.', '£5m')?.date).toBe('2024-05');
    expect(dateOf('Turnover hit £7m, up from £5m A YEAR EARLIER.', '£5m')).toBeNull();
    expect(dateOf('Turnover hit £7m, up from £5m a Year earlier; years on, less.', '£5m')?.date).toBe(
      '2023-05',
    );
  });

  it('counts a year back from the date the sentence names', () => {
    expect(dateOf('In February rents rose 4%, against 6% the previous year.', '6%')?.date).toBe('2023-02');
  });

  it('counts a year back from a day the sentence names to that same day', () => {
    const sentence = 'In the 26 weeks to 2 April, profit rose to £7m, from £5m a year earlier.';
    expect(dateOf(sentence, '£5m')).toEqual({ date: '2023-04-02', precision: 'day' });
    const leapDay = 'On 29 February 2024 the shop sold 90 melons, against 70 a year earlier.';
    expect(dateOf(leapDay, '70')?.date).toBe('2023-02-28');
  });

  it('counts a month back from a named day, and a year back from now, to a month', () => {
    const monthBack = 'On 2 April the shop sold 90 melons, against 70 a month earlier.';
    expect(dateOf(monthBack, '70')).toEqual({ date: '2024-03', precision: 'month' });
    const yearAgo = 'On 2 April the shop sold 90 melons, against 70 a year ago.';
    expect(dateOf(yearAgo, '70')).toEqual({ date: '2023-05', precision: 'month' });
  });

  it('counts a month back for "a month ago"', () => {
    expect(dateOf('Stocks fell to 40 barrels from 55 a month ago.', '55')).toEqual({
      date: '2024-04',
      precision: 'month',
    });
  });

  it('counts a week back for "the week before", with month precision', () => {
    expect(dateOf('Visits reached 300, after 280 the week before.', '280', '2024-05-04')?.date).toBe(
      '2024-04',
    );
  });

  it('dates a figure "last year" to the same month a year before publication', () => {
    expect(dateOf('Turnout was 61% last year.', '61%')?.date).toBe('2023-05');
  });

  it('does not let a period counted back after another figure date this one', () => {
    const sentence = 'Output was 12 tonnes, against 9 tonnes a year ago.';
    const figures = [
      { start: sentence.indexOf('12'), end: sentence.indexOf('12') + 2 },
      { start: sentence.indexOf('9'), end: sentence.indexOf('9') + 1 },
    ];
    const dates = new SentenceDates(new SentenceContext(sentence, figures), '2024-05-15');
    expect(dates.dateOf(figures[0].start, plain)).toBeNull();
  });

  it('reads "since" far before its month, past an event told as a clause', () => {
    const context = { cumulative: true };
    const sentence = 'Since the new border regime took effect in February, 90 lorries have been turned back.';
    expect(dateOf(sentence, '90', '2024-05-15', context)?.date).toBe('2024-05-15');
  });

  it('dates a running total since an event in a month at publication', () => {
    const context = { cumulative: true };
    const sentence = 'Since the levee gave way in March, 80 farms have flooded.';
    expect(dateOf(sentence, '80', '2024-05-15', context)?.date).toBe('2024-05-15');
  });

  it('reads a weekday in a forecast forwards or not at all, never back into the past', () => {
    expect(dateOf('Up to 90mm of rain is forecast by Sunday.', '90mm')).toBeNull();
  });

  it('does not give a future date to a figure of a past clause', () => {
    const sentence = 'The chain shed 700 staff and expects to shut 12 depots by August.';
    expect(dateOf(sentence, '700')).toBeNull();
    expect(dateOf(sentence, '12')?.date).toBe('2024-08');
  });

  it('dates forces placed on standby at publication', () => {
    expect(dateOf('Some 80 medics were placed on standby.', '80')?.date).toBe('2024-05-15');
  });

  it('dates a share that a group makes up at publication', () => {
    expect(dateOf('Pensioners make up 31% of members.', '31%')?.date).toBe('2024-05-15');
  });

  it('dates how a season ended at publication', () => {
    expect(dateOf('The club closed the season with 70 points.', '70')?.date).toBe('2024-05-15');
  });

  it('does not count back from publication a period before a named event', () => {
    expect(dateOf('Polls gave her 44% a month before the vote.', '44%')).toBeNull();
  });

  it('does not date a figure by a period that names the time of something else', () => {
    const context = { cumulative: true };
    const sentence = 'The toll from last week’s landslide has risen to 37.';
    expect(dateOf(sentence, '37', '2024-05-15', context)?.date).toBe('2024-05-15');
  });

  it('does not carry "last year" into the next clause', () => {
    const sentence = 'Last year the mill hired 40 staff and will hire 25 more soon.';
    const figures = [
      { start: sentence.indexOf('40'), end: sentence.indexOf('40') + 2 },
      { start: sentence.indexOf('25'), end: sentence.indexOf('25') + 2 },
    ];
    const dates = new SentenceDates(new SentenceContext(sentence, figures), '2024-05-15');
    expect(dates.dateOf(figures[0].start, plain)?.date).toBe('2023-05');
    expect(dates.dateOf(figures[1].start, plain)).toBeNull();
  });
});

describe('SentenceDates: a side’s standing in a table', () => {
  it('dates a margin in a table left by a result at publication', () => {
    const sentence = 'The draw leaves Rovers on 38 points, 5 points behind the leaders.';
    expect(dateOf(sentence, '5 points')?.date).toBe('2024-05-15');
  });

  it('does not date a team that leaves a ground on a coach', () => {
    expect(dateOf('The squad leaves the ground on a coach with 40 fans.', '40')).toBeNull();
  });
});

describe('SentenceDates: the hours just past and scheduled services', () => {
  it('dates a count over the past 24 hours at publication', () => {
    expect(dateOf('In the past 24 hours the airline scrapped 412 flights.', '412')).toEqual({
      date: '2024-05-15',
      precision: 'day',
    });
  });

  it('does not read "scheduled" before a noun as a forecast', () => {
    expect(dateOf('On Monday, only 38% of scheduled departures left on time.', '38%')?.date).toBe(
      '2024-05-13',
    );
  });
});

describe('SentenceDates: forecasts and relative clauses', () => {
  it('does not date at publication what a forecast expects', () => {
    const sentence = 'The grocer now expects full-year profit of about £2.9bn.';
    expect(dateOf(sentence, '£2.9bn')).toBeNull();
    expect(dateOf('The grocer now has 400 shops.', '400')?.date).toBe('2024-05-15');
  });

  it('does not date a figure by a relative clause about someone else after it', () => {
    const sentence = 'The Saints have 45 points, three more than Rovers, who play on Sunday.';
    expect(dateOf(sentence, 'three')?.date).not.toBe('2024-05-12');
    expect(dateOf('Rovers won 3 games on Sunday, which left them top.', '3')?.date).toBe('2024-05-12');
  });
});
