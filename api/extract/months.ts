// Most date windows name a month alone ("in September"), a day of a month ("13 December", "December
// 16") or a month counted from now ("last month") and nothing else chrono reads. Those are answered here
// as chrono's parse would answer them.
//
// Chrono's own patterns are not reused: they are long alternations, and within the extractor running
// them cost about as much as the whole parse (measured: ~120K instructions a window either way, ten
// times what they cost in a tight loop). The patterns below are chrono's month patterns cut down to
// what can match once the window is known to hold one month name, numbers of one or two digits of
// which only the day can join the month, and no other word chrono reads; the differential test holds
// them to chrono's answers.
import type * as chrono from 'chrono-node';
import { FULL_MONTH_NAMES, lowerCase } from './lexicon.ts';

/** What dates.ts reads of a chrono result; chrono's own results fit it too. */
export interface DateReading {
  index: number;
  text: string;
  /** The last day of a range ("14 to 20 October"), which only chrono reads. */
  end?: Pick<chrono.ParsedComponents, 'get'> | null;
  start: Pick<chrono.ParsedComponents, 'isCertain' | 'get'>;
}

/**
 * Every month word chrono knows, and many other words (“market”, “decided”), starts with one of these.
 * A window holding more than one could give chrono a range or a second date.
 */
const MONTH_START = /jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/gi;

/**
 * What else chrono could read in a window, over-approximated by word parts: relative words ("last",
 * "next"), casual days ("today", "tonight", "tomorrow", "overmorrow"), weekdays, ordinal words ("first",
 * "fifth", "twentieth"), "end of" or "last day of", a number with an era ("16 AD") and a number of three
 * digits or more (a year).
 */
const OTHER_DATE_WORD =
  /this|last|past|next|now|today|morrow|tmr|yesterday|night|sun|mon|tue|wed|thu|fri|sat|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|teenth|tieth|(?:end|day)\s+of|\d\s{0,2}(?:be|ad|bc|ce)|\d{3}/i;

/**
 * The words chrono's day-first pattern lets stand between a day, or the first day of a span, and its
 * month. Its spaces between them are optional, so they may be written as one word ("0rduntil").
 */
const DAY_TO_MONTH_WORD = /^(?:st|nd|rd|th|of|to|until|through|till)+$/i;

/**
 * Whether the numbers of `before` (the window before the date read) stay apart from the date: none, or
 * a word chrono never lets stand between a day and its month after the last of them, as in "2026-01-03
 * On January 3", where only "January 3" is read.
 */
function numbersApart(before: string): boolean {
  const lastDigit = before.search(/\d\D*$/);
  if (lastDigit === -1) return true;
  const words = before.slice(lastDigit + 1).match(/[a-z]+/gi) ?? [];
  return words.some((word) => !DAY_TO_MONTH_WORD.test(word));
}

const FULL_MONTHS = FULL_MONTH_NAMES.map((name) => name.toLowerCase());
const FULL_MONTH = FULL_MONTHS.join('|');

/**
 * Chrono's patterns, each after its boundary group `(\W|^)`, which chrono leaves out of the text read.
 * A day written first, optionally after "on" (kept in the text): "on 13 December", "1st of June".
 */
const DAY_FIRST = new RegExp(
  `(\\W|^)((?:on\\s{0,3})?([0-9]{1,2}(?:st|nd|rd|th)?)(?:-|/|\\s{0,3}(?:of)?\\s{0,3})(${FULL_MONTH}))(?=\\W|$)`,
  'i',
);

/** A day written after its month, with the spaces after it when a non-word follows: "December 16". */
const DAY_AFTER = new RegExp(
  `(\\W|^)((${FULL_MONTH})(?:-|/|\\s*,?\\s*)([0-9]{1,2}(?:st|nd|rd|th)?)(?!\\s*(?:am|pm))\\s*)(?=\\W|$)`,
  'i',
);

/** A month alone, after "in" (not in the text), with a comma, dash or "of" after it: "September,". */
const MONTH_ALONE = new RegExp(
  `(\\W|^)(?:in\\s*)?((${FULL_MONTH})\\s*(?:(?:,|-|of)?\\s*)?)(?=[^\\s\\w]|\\s+[^0-9]|\\s+$|$)`,
  'i',
);

/** Days in each month of a common year: a later day is valid only in some years, so chrono reads it. */
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** chrono's ENUnlikelyFormatFilter keeps a lone "may" only after "in" (or when it is the whole window). */
const IN_BEFORE = /\bin\s*$/i;

interface Candidate {
  index: number;
  text: string;
  month: number;
  day: number | null;
}

/** How many MONTH_START matches `text` holds: none, one, or two for more. */
function countMonthStarts(text: string): number {
  MONTH_START.lastIndex = 0;
  if (!MONTH_START.test(text)) return 0;
  return MONTH_START.test(text) ? 2 : 1;
}

/**
 * Chrono's results for a window (`text`) read against `reference`, or null when chrono must read it.
 * Mirrors the trimmed chrono of dates.ts: its parsers of days and months, and refiners that leave a
 * lone date as it is but for an overlap, an end of period, a year after it and a lone "may".
 */
export function readMonthWindow(text: string, reference: Date): DateReading[] | null {
  const monthStarts = countMonthStarts(text);
  if (monthStarts === 0) return readRelativeMonth(text, reference) ?? readIsoDate(text);
  if (monthStarts !== 1 || OTHER_DATE_WORD.test(text)) return null;
  const digit = text.search(/\d/);
  const candidates: Candidate[] = [];
  const dayFirst = digit === -1 ? null : DAY_FIRST.exec(text);
  if (dayFirst) candidates.push(dayOfMonth(dayFirst, dayFirst[3], dayFirst[4]));
  const dayAfter = digit === -1 || dayFirst ? null : DAY_AFTER.exec(text);
  if (dayAfter) {
    // Chrono's month pattern may also read this day as a year, but never in a longer text: this stays.
    candidates.push(dayOfMonth(dayAfter, dayAfter[4], dayAfter[3]));
  } else {
    const alone = MONTH_ALONE.exec(text);
    if (alone) {
      const index = alone.index + alone[0].length - alone[2].length;
      const month = FULL_MONTHS.indexOf(lowerCase(alone[3])) + 1;
      candidates.push({ index, text: alone[2], month, day: null });
    }
  }
  // A day chrono rejects makes it read on from the next digit, or drop the date after the overlap below.
  if (candidates.some(({ day, month }) => day !== null && (day < 1 || day > MONTH_DAYS[month - 1])))
    return null;
  // As chrono's OverlapRemovalRefiner: both overlap on the month word, and the later stays only if longer.
  const [first, second] = candidates;
  const kept = second && second.text.length > first.text.length ? second : first;
  if (!kept) return null;
  // A number left outside the date chrono would read otherwise: after it as a year, before it as a day.
  const end = kept.index + kept.text.length;
  if (digit !== -1 && (/\d/.test(text.slice(end)) || !numbersApart(text.slice(0, kept.index)))) return null;
  const named = kept.text.trim();
  if (lowerCase(named) === 'may' && named !== text.trim() && !IN_BEFORE.test(text.slice(0, kept.index))) {
    return [];
  }
  return [reading(kept, closestYear(reference, kept.month, kept.day ?? 1))];
}

/**
 * Chrono's relative parser on a month counted from now, after its boundary group: "last month". Its
 * "after this month" starts at "after", so a window with "after" before the phrase is left to chrono.
 */
const RELATIVE_MONTH = /(\W|^)(this|last|past|next)\s*month(?=\W|$)/i;

/**
 * Chrono's reading of a window (`text`, holding no month name) whose only date is a month counted from
 * now, or null when chrono must read it. "this month" is the reference's month in local time; the others
 * move the reference, adjusted to the zero time zone dates.ts asks for, by a month with Date's overflow
 * ("last month" on 31 March is March), as chrono's addDuration does. The day is implied, never certain.
 */
function readRelativeMonth(text: string, reference: Date): DateReading[] | null {
  const match = RELATIVE_MONTH.exec(text);
  if (!match || /\d/.test(text)) return null;
  const index = match.index + match[1].length;
  const phrase = match[0].slice(match[1].length);
  const before = text.slice(0, index);
  const after = text.slice(index + phrase.length);
  if (OTHER_DATE_WORD.test(before) || OTHER_DATE_WORD.test(after) || /after/i.test(before)) return null;
  const modifier = lowerCase(match[2]);
  const date = new Date(reference.getTime());
  if (modifier === 'this') {
    date.setDate(1);
  } else {
    date.setMinutes(date.getMinutes() + reference.getTimezoneOffset());
    date.setMonth(date.getMonth() + (modifier === 'next' ? 1 : -1));
  }
  const values = { year: date.getFullYear(), month: date.getMonth() + 1, day: date.getDate() };
  return [readingOf(index, phrase, values, (component) => component === 'year' || component === 'month')];
}

/** Chrono's ISO date pattern, after its boundary group: "2026-01-03", a time after it not read here. */
const ISO_DATE = /(\W|^)([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?=\W|$)/;

/**
 * Chrono's reading of a window (`text`, holding no month name) whose only date is an ISO date of a real
 * day, or null when chrono must read it: year, month and day are all certain.
 */
function readIsoDate(text: string): DateReading[] | null {
  const match = ISO_DATE.exec(text);
  if (!match) return null;
  const index = match.index + match[1].length;
  const named = match[0].slice(match[1].length);
  const rest = text.slice(0, index) + text.slice(index + named.length);
  if (/\d/.test(rest) || OTHER_DATE_WORD.test(rest)) return null;
  const [year, month, day] = [match[2], match[3], match[4]].map(Number);
  // Chrono's own checks decide what a year before 1000 or a day that does not exist becomes.
  const date = new Date(Date.UTC(year, month - 1, day));
  if (year < 1000 || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  const isCertain = (component: string) =>
    component === 'year' || component === 'month' || component === 'day';
  return [readingOf(index, named, { year, month, day }, isCertain)];
}

/** A day of a month read by DAY_FIRST or DAY_AFTER (group 2 is the text chrono reads). */
function dayOfMonth(match: RegExpExecArray, day: string, month: string): Candidate {
  return {
    index: match.index + match[1].length,
    text: match[2],
    month: FULL_MONTHS.indexOf(lowerCase(month)) + 1,
    day: Number.parseInt(day, 10),
  };
}

/**
 * The years implied so far, by reference date, month and day: a document's windows share them, and so
 * do the documents of one day. Cleared when full, so that a long run keeps only a bounded number.
 */
const impliedYears = new Map<number, Map<number, number>>();
const MAX_REFERENCES = 1024;

/**
 * The year chrono implies for a month and day without one. Its findYearClosestToRef is not exported, so
 * this repeats it step for step, in local time and with Date's overflow (a reference on the 31st moved to
 * a shorter month spills into the next), since both can change which year is closest.
 */
function closestYear(reference: Date, month: number, day: number): number {
  let byDay = impliedYears.get(reference.getTime());
  if (!byDay) {
    if (impliedYears.size >= MAX_REFERENCES) impliedYears.clear();
    byDay = new Map();
    impliedYears.set(reference.getTime(), byDay);
  }
  const known = byDay.get(month * 32 + day);
  if (known !== undefined) return known;
  const date = new Date(reference);
  date.setMonth(month - 1);
  date.setDate(day);
  const distance = (year: Date) => Math.abs(year.getTime() - reference.getTime());
  const yearAway = (years: number) => {
    const moved = new Date(date);
    moved.setFullYear(date.getFullYear() + years);
    return moved;
  };
  const next = yearAway(1);
  const last = yearAway(-1);
  let closest = date.getFullYear();
  if (distance(next) < distance(date)) closest = next.getFullYear();
  else if (distance(last) < distance(date)) closest = last.getFullYear();
  byDay.set(month * 32 + day, closest);
  return closest;
}

/**
 * A month named alone at `index` of a window (`text` as written), read as chrono reads a month alone:
 * for the months chrono leaves unread ("early May", whose "May" it takes for the verb).
 */
export function monthAlone(index: number, text: string, month: number, reference: Date): DateReading {
  return reading({ index, text, month, day: null }, closestYear(reference, month, 1));
}

/** The reading chrono gives: month certain, day certain when named, year implied, never a range. */
function reading({ index, text, month, day }: Candidate, year: number): DateReading {
  return readingOf(
    index,
    text,
    { year, month, day: day ?? 1 },
    (component) => component === 'month' || (component === 'day' && day !== null),
  );
}

/** A reading of a year, a month and a day, some of them certain, the others implied. */
function readingOf(
  index: number,
  text: string,
  values: { year: number; month: number; day: number },
  isCertain: DateReading['start']['isCertain'],
): DateReading {
  return {
    index,
    text,
    start: {
      isCertain,
      get: (component) => (component in values ? values[component as keyof typeof values] : null),
    },
  };
}
