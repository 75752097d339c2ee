import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chronoReader } from '../../api/extract/dates.ts';
import { type DateReading, readMonthWindow } from '../../api/extract/months.ts';

/** All that dates.ts reads of a result. */
function summary(result: DateReading) {
  const { start } = result;
  return {
    index: result.index,
    text: result.text,
    range: Boolean(result.end),
    certain: ['year', 'month', 'day', 'weekday'].filter((c) => start.isCertain(c as 'day')),
    year: start.get('year'),
    month: start.get('month'),
    day: start.get('day'),
  };
}

/** Noon UTC on the day, as dates.ts reads publication dates. */
function noon(year: number, month: number, day: number): Date {
  return new Date(Date.UTC(year, month - 1, day, 12));
}

function byChrono(text: string, reference: Date) {
  return chronoReader.parse(text, { instant: reference, timezone: 0 }, { forwardDate: false }).map(summary);
}

function byMonthReader(text: string, reference: Date) {
  return readMonthWindow(text, reference)?.map(summary) ?? null;
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const ABBREVIATIONS = [
  'Jan',
  'Feb.',
  'Mar',
  'Apr.',
  'Jun',
  'Jul.',
  'Aug',
  'Sep',
  'Sept',
  'Sept.',
  'Oct',
  'Nov.',
  'Dec',
];

/** A word in any mix of upper and lower case. */
const anyCase = (word: string) =>
  fc
    .array(fc.boolean(), { minLength: word.length, maxLength: word.length })
    .map((upper) => [...word].map((c, i) => (upper[i] ? c.toUpperCase() : c.toLowerCase())).join(''));

const monthWord = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...MONTHS) },
  { weight: 1, arbitrary: fc.constantFrom(...MONTHS, ...ABBREVIATIONS).chain(anyCase) },
);

const day = fc
  .tuple(fc.integer({ min: 0, max: 40 }), fc.constantFrom('', '', 'st', 'nd', 'rd', 'th', 'TH'), fc.boolean())
  .map(([n, suffix, padded]) => `${padded && n < 10 ? '0' : ''}${n}${suffix}`);

const mention = fc.oneof(
  monthWord,
  fc.tuple(day, fc.constantFrom(' ', ' ', '  ', '-', '/', ' of ', ''), monthWord).map((p) => p.join('')),
  fc.tuple(monthWord, fc.constantFrom(' ', ' ', ', ', '-', '/', ''), day).map((p) => p.join('')),
);

/** Words before a mention, some of which chrono reads: prepositions, numbers, weekdays, "end of". */
const before = fc.constantFrom(
  '',
  'in ',
  'In ',
  'IN ',
  'on ',
  'On ',
  'since ',
  'from ',
  'From ',
  'by ',
  'until ',
  'within ',
  'the ',
  'end of ',
  'last day of ',
  'last ',
  'first of ',
  'second ',
  'reported ',
  'said it may ',
  'Monday, ',
  'yesterday ',
  'this month and ',
  '## ',
  '2023 ',
  '8 to ',
  '8-',
  '1-03 On ',
  '03 said ',
  '3pm on ',
  '5 of the ',
  '7 a ',
  '3rd in ',
  '12 to ',
  '4 through ',
  '9 AD of ',
  '2 Mon ',
  '6, ',
  'ported in ',
  '(',
);

/** Words after a mention, again some that chrono reads: years, ranges, times, other months. */
const after = fc.constantFrom(
  '',
  '',
  ':',
  ',',
  '.',
  ' ',
  ', the',
  ', ## ',
  ' of last year',
  ' of the year',
  ' offensive',
  ' 2024',
  ', 2024',
  ' 24',
  ' to 18',
  '-20',
  ' am',
  ' at 3pm',
  ' last year',
  ' and May',
  ' market',
  ' the dec',
  ' until Friday',
  ' tomorrow',
  ' overmorrow',
  ' be',
  ' AD.',
  ')',
);

/** Ends of words cut by the window, from letters that spell some of chrono's words ("on", "at", "th"). */
const fragment = fc.string({ unit: fc.constantFrom(...'adehimnorstuy0 ,.#-:'), maxLength: 6 });

/** Any publication day: every month, its first, middle and last days, 29 February of leap years. */
const reference = fc
  .tuple(
    fc.integer({ min: 1990, max: 2040 }),
    fc.integer({ min: 1, max: 12 }),
    fc.constantFrom<number | 'last'>(1, 2, 15, 28, 29, 30, 31, 'last'),
  )
  .map(([year, month, wanted]) => {
    const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
    return noon(year, month, wanted === 'last' ? last : Math.min(wanted, last));
  });

/**
 * Compares the month reader with chrono on `runs` windows made of random fragments around `before`,
 * `mention` and `after`; returns how many windows the reader answered rather than leaving to chrono.
 */
function compareWithChrono(
  before: fc.Arbitrary<string>,
  mention: fc.Arbitrary<string>,
  after: fc.Arbitrary<string>,
  runs: number,
): number {
  let answered = 0;
  fc.assert(
    fc.property(
      fragment,
      before,
      mention,
      after,
      fragment,
      reference,
      (lead, head, named, tail, trail, ref) => {
        const window = `${lead}${head}${named}${tail}${trail}`;
        const fast = byMonthReader(window, ref);
        if (fast === null) return;
        answered += 1;
        expect(fast).toEqual(byChrono(window, ref));
      },
    ),
    { numRuns: runs },
  );
  return answered;
}

describe('monthWindowReader', () => {
  it('answers every window it reads as chrono does', () => {
    const answered = compareWithChrono(before, mention, after, 20_000);
    // The comparison is vacuous unless the reader answers a good share of the windows.
    expect(answered).toBeGreaterThan(2_000);
  });

  it('reads plain windows without chrono and as chrono does', () => {
    const ref = noon(2024, 5, 15);
    const windows = [
      'ported in September, the',
      'From November: ## ',
      'ed on 13 December, and',
      'said December 16 that',
      'ed on December 16th the',
      'rose in May, when',
      'es fell 2nd March with',
      'the September of the',
    ];
    for (const window of windows) {
      const fast = byMonthReader(window, ref);
      expect(fast, window).not.toBeNull();
      expect(fast, window).toEqual(byChrono(window, ref));
    }
  });

  it('leaves to chrono a day glued to the word that could join it to a month ("0rduntil 1 January")', () => {
    // Chrono's day-range pattern needs no space around "until": it reads "0rduntil 1 January" as a
    // span from day 0, rejects it, and reads no date at all.
    const ref = noon(1990, 1, 1);
    for (const window of ['0rduntil 1 january', '3thto 4 May', '2ndof June']) {
      const fast = byMonthReader(window, ref);
      if (fast !== null) expect(fast, window).toEqual(byChrono(window, ref));
    }
    expect(byMonthReader('0rduntil 1 january', ref)).toBeNull();
  });

  it('reads "in September" as chrono does: the month alone, in the year closest to publication', () => {
    expect(byMonthReader('rose in September', noon(2024, 5, 15))).toEqual([
      {
        index: 8,
        text: 'September',
        range: false,
        certain: ['month'],
        year: 2024,
        month: 9,
        day: 1,
      },
    ]);
    expect(byMonthReader('rose in December', noon(2024, 1, 31))?.[0].year).toBe(2023);
  });

  it('drops "may" as chrono does unless it follows "in"', () => {
    const ref = noon(2024, 5, 15);
    expect(byMonthReader('prices may rise', ref)).toEqual([]);
    expect(byMonthReader('prices may rise', ref)).toEqual(byChrono('prices may rise', ref));
    expect(byMonthReader('rose in May again', ref)?.[0].month).toBe(5);
  });

  it('reads a month counted from now ("last month") as chrono does', () => {
    const phrase = fc
      .tuple(fc.constantFrom('last', 'this', 'past', 'next'), fc.constantFrom(' ', ' ', '  ', ''))
      .chain(([modifier, space]) => anyCase(`${modifier}${space}month`));
    const head = fc.constantFrom(
      '',
      'in ',
      'since ',
      'the ',
      'after ',
      'end of ',
      'last day of ',
      'Monday ',
      '## ',
      '8 ',
    );
    const tail = fc.constantFrom(
      '',
      ',',
      '.',
      's',
      "'s",
      ' 2024',
      ' last year',
      ' and this month',
      ' in May',
      ' at 3pm',
    );
    const answered = compareWithChrono(head, phrase, tail, 5_000);
    expect(answered).toBeGreaterThan(500);
    // Chrono moves 31 March back a month with Date's overflow: to 3 March.
    expect(byMonthReader('killed last month, when', noon(2025, 3, 31))).toEqual(
      byChrono('killed last month, when', noon(2025, 3, 31)),
    );
    expect(byMonthReader('killed last month, when', noon(2025, 3, 31))?.[0].month).toBe(3);
    expect(byMonthReader('rose after this month', noon(2025, 3, 31))).toBeNull();
  });

  it('reads an ISO date as chrono does', () => {
    const isoDate = fc
      .tuple(
        fc.integer({ min: 990, max: 2040 }),
        fc.integer({ min: 0, max: 13 }),
        fc.integer({ min: 0, max: 32 }),
        fc.boolean(),
      )
      .map(([year, month, day, padded]) => {
        const two = (n: number) => (padded && n < 10 ? `0${n}` : `${n}`);
        return `${String(year).padStart(4, '0')}-${two(month)}-${two(day)}`;
      });
    const head = fc.constantFrom('', 'date ', 'on ', 'since ', 'x', '#', '1', 'last ', 'Monday ', '(');
    const tail = fc.constantFrom(
      '',
      ' ',
      ',',
      '.',
      'T',
      'T09:30',
      'Z',
      '5',
      ' to 2025-03-04',
      ' at noon',
      ')',
    );
    const answered = compareWithChrono(head, isoDate, tail, 5_000);
    expect(answered).toBeGreaterThan(400);
    expect(byMonthReader('date 2026-01-03 On ', noon(2026, 1, 4))).toEqual([
      {
        index: 5,
        text: '2026-01-03',
        range: false,
        certain: ['year', 'month', 'day'],
        year: 2026,
        month: 1,
        day: 3,
      },
    ]);
    expect(byMonthReader('from 2025-02-30 on', noon(2026, 1, 4))).toBeNull();
  });

  it('leaves to chrono windows with a year, a range, a weekday, an ordinal word or a second month', () => {
    const ref = noon(2024, 5, 15);
    for (const window of [
      'in September 2023',
      '8-12 April',
      'on Monday 3 June',
      'first of June',
      'June and July',
      'end of June',
      'March 3, at 10',
      'on 29 February',
    ]) {
      expect(byMonthReader(window, ref), window).toBeNull();
    }
  });
});
