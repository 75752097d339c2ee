// The date a figure refers to. chrono-node reads the date words of the figure's own sentence against
// the publication date; it runs only when the sentence holds a date word, since it is the slowest stage.
import * as chrono from 'chrono-node';
import { isSpace, type SentenceContext } from './context.ts';
import { type Day, NAMED_DAY, namedDay } from './holidays.ts';
import {
  asciiFirst,
  COMPARISON_WORDS,
  FULL_MONTH_NAMES,
  isAsciiLetter,
  isDigit,
  isUpper,
  lowerCase,
  WEEKDAY_NAMES,
} from './lexicon.ts';
import { type DateReading, monthAlone, readMonthWindow } from './months.ts';
import { isStanding, standsInOwnSegment } from './running.ts';
import type { Span } from './sentences.ts';
import type { DatePrecision } from './types.ts';

export interface FigureDate {
  date: string;
  precision: DatePrecision;
}

export interface FigureContext {
  /** A running total: dated at publication unless the sentence names its period. */
  cumulative: boolean;
}

/** Months' short names, which news writes only beside a day or a year ("Mar 3"; not "Del Mar"). */
const SHORT_MONTH_NAMES = 'Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec';
const MONTH_NAMES = `${FULL_MONTH_NAMES.join('|')}|${SHORT_MONTH_NAMES}`;
/** Months in capitals, as timelines write them ("AUG. 14, 2025 -"): date words only beside a digit. */
const CAPITALS_MONTH_NAMES = MONTH_NAMES.toUpperCase();

/** Names of months, weekdays and holidays, which count as date words only capitalised. */
const NAMED_DATE = `\\b(?:${MONTH_NAMES}|${CAPITALS_MONTH_NAMES}|${WEEKDAY_NAMES.join('|')}|${NAMED_DAY})\\b`;

/** Days and months named from now, in lower case or capitalised. */
const RELATIVE_DATE =
  '\\b(?:[Yy]esterday|[Tt]oday|[Tt]onight|[Ll]ast night|(?:[Ll]ast|[Tt]his|[Pp]ast|[Nn]ext) month|[Tt]his (?:morning|afternoon|evening))\\b';

/**
 * Date words that can name a day or a month, but for ISO dates (ISO_DATE). Month and weekday names count
 * only capitalised, so that "may" and "march" as verbs do not wake chrono; weeks and years name neither a
 * day nor a month.
 */
const DATE_WORD = new RegExp(`${NAMED_DATE}|${RELATIVE_DATE}`, 'g');

/**
 * DATE_WORD without the days and months named from now, for a sentence without their words: starting with
 * letters as common as `t` and `l`, they cost as much of the search as all the other date words.
 */
const NAMED_DATE_WORD = new RegExp(NAMED_DATE, 'g');

/**
 * The other date word, an ISO date. It is searched for apart from the others: in one pattern with them,
 * its digits leave the engine fewer characters to skip, and the search for all costs more than two. The
 * digits are spelt out, which the engine searches for faster than counted repeats.
 */
const ISO_DATE = /\d\d\d\d-\d\d-\d\d/g;

/**
 * A quarter or a half of a named year, a date word too: "the second quarter of 2025", "the final quarter
 * of last year", "the first half of this year", "Q3 2025". A quarter without its year is left alone: a
 * game has quarters, and a firm's fiscal year its own.
 */
const PART_OF_YEAR =
  /\b(?:(first|second|third|fourth|final|last|1st|2nd|3rd|4th)[\s-]+(quarter|half)\s+of\s+(\d{4}|last\s+year|this\s+year)|Q([1-4])\s+(?:of\s+)?(\d{4}))\b/gi;

/** A part of a year that the firm counts in its own calendar: "its fiscal second quarter of 2025". */
const FISCAL_BEFORE = /\b(?:fiscal|financial)\s+$/i;

const ORDINALS: Readonly<Record<string, number>> = {
  first: 1,
  '1st': 1,
  second: 2,
  '2nd': 2,
  third: 3,
  '3rd': 3,
  fourth: 4,
  '4th': 4,
};

/** Cheap test for RELATIVE_DATE, answered by the sentence's search for hint words. */
const RELATIVE_DATE_HINT =
  /yesterday|today|tonight|last night|month|this morning|this afternoon|this evening/i;

/**
 * The parsers of chrono's casual English that can name a day or a month; the others (clock times,
 * "within 3 days", slashed dates) cost more than half of its time and give nothing here.
 */
const DAY_OR_MONTH_PARSERS = new Set([
  'ISOFormatParser',
  'ENMonthNameLittleEndianParser',
  'ENMonthNameMiddleEndianParser',
  'ENWeekdayParser',
  'ENYearMonthNameParser',
  'ENCasualDateParser',
  'ENMonthNameParser',
  'ENRelativeDateFormatParser',
]);

/**
 * Refiners that only act on clock times, time zones or forward dating, none of which is read here: each
 * costs time on every call.
 */
const TIME_ONLY_REFINERS = new Set([
  'ExtractTimezoneOffsetRefiner',
  'ExtractTimezoneAbbrRefiner',
  'ENMergeDateTimeRefiner',
  'ForwardDateRefiner',
]);

/** The chrono that reads date windows: exported for the tests that compare the month windows with it. */
export const chronoReader = (() => {
  const trimmed = chrono.casual.clone();
  const kept = trimmed.parsers.filter((parser) => DAY_OR_MONTH_PARSERS.has(parser.constructor.name));
  // Should a chrono release rename its parsers, fall back to all of them rather than read nothing.
  if (kept.length < DAY_OR_MONTH_PARSERS.size) return chrono.casual;
  trimmed.parsers = kept;
  trimmed.refiners = trimmed.refiners.filter((refiner) => !TIME_ONLY_REFINERS.has(refiner.constructor.name));
  return trimmed;
})();

/** Windows naming only a month or a day of a month are read without chrono, as the trimmed chrono would. */
const monthWindows = chronoReader !== chrono.casual;

/** Characters read either side of a date word: enough for "on 13 December", "December 16, 2025". */
const WINDOW_BEFORE = 8;
const WINDOW_AFTER = 10;

/** "may" and "march" in lower case without a day are a verb, not a month. */
const VERB_LIKE_MONTH = /^(?:may|march)\W*$/;

/** The start of a running period ("since September", "since the flood hit in May") dates the period. */
const PERIOD_START = /\bsince\b[^,;]{0,40}$/i;

/** An event's beginning just before its date: "that began in early September", "started on 2 May". */
const BEGAN_BEFORE =
  /\b(?:began|begun|started|erupted|broke out)\s+(?:(?:in|on)\s+)?(?:(?:early|late|mid)[\s-]+)?$/i;

/** How far before a date "since" is looked for: past an event told as a clause. */
const PERIOD_START_REACH = 48;

/** The text before `at` in which "since" may open a period that a date at `at` starts. */
function periodStartReach(masked: string, at: number): string {
  return masked.slice(Math.max(0, at - PERIOD_START_REACH), at);
}

/**
 * Words that set a figure against another: "up from 30", "compared with 9", "than in May"; not the "than"
 * of a qualifier ("more than 12 hours", "fewer than a dozen").
 */
const COMPARED_BETWEEN = new RegExp(
  `\\b(?:from|${COMPARISON_WORDS})\\b|\\bthan\\s+(?![\\d$£€]|(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|half)\\b)`,
  'i',
);

/** A number introduced as the other side of a comparison or change. */
const COMPARED = asciiFirst(new RegExp(`\\b(?:from|${COMPARISON_WORDS})\\s+(?:[\\p{L}-]+\\s+){0,2}$`, 'iu'));

/** What may stand between a number and the date that is its own: "44% in January", "9,000 on 2 May". */
const DATE_RIGHT_AFTER = /^\s*(?:(?:in|on|at|during)\s+)?$/;

/** A clause about a date, opened right after it: "since June, when 19 people were killed". */
const WHEN_AFTER = /^\s*,?\s*when\s+[^,;]*$/i;

/**
 * A conjunction opening a segment after a comma: the start of a clause of its own, whose event is not a
 * standing figure's ("149 riders remain, after four abandoned on Saturday").
 */
const COORDINATING_CONJUNCTION = /\s*(?:and|but|though|although|while|whereas|after|because)\s/y;

/**
 * "and" or "but" opening a segment after a comma, the start of a clause of its own; not "while", which
 * goes on with what the clause before found ("found that 64% support it, while 22% oppose it").
 */
const AND_OR_BUT = /\s*(?:and|but)\s/y;

/** A relative pronoun opening a segment: the start of a relative clause. */
const RELATIVE_PRONOUN = /\s*(?:who|whom|whose|which|where)\b/y;

/**
 * How many segments a relative clause may run over, its later ones opening with a number: "who signed a
 * four-year, $162m extension in October".
 */
const MAX_CLAUSE_SEGMENTS = 2;

/** The first day of a span of days before the day chrono read: "between 8 and 12 April", "8-12 April". */
const DAY_RANGE_BEFORE = /\b\d{1,2}(?:st|nd|rd|th)?\s*(?:-|–|and|to|until|till)\s*$/;

/**
 * A period of days opened by "from" before its last day: "from Nov. 2 to Jan. 3", "from 14-20". Like "the
 * weeks to 3 January", it dates its figures to that last day, where a span ("between 8 and 12 April")
 * dates them to the month.
 */
const FROM_DAY_TO_BEFORE = new RegExp(
  `\\bfrom\\s+(?:(?:${MONTH_NAMES})\\.?\\s+)?\\d{1,2}(?:st|nd|rd|th)?\\s*(?:-|–|to|until|till)\\s*$`,
  'i',
);

/**
 * A part of a month before its name: "early", "mid-", "late", "the start of". It dates the month, not a
 * day. "At the end of March" is the month's last day, where a snapshot is taken.
 */
const PART_OF_MONTH_BEFORE = /\b(?:early|mid|late|(?:start|beginning|middle)\s+of)[\s-]*$/i;

/** A period that runs to a month: "the year to May", "the three months to May". */
const PERIOD_TO_BEFORE = /\b(?:year|months|weeks|quarter|half|period)\s+to\s+$/i;

/**
 * "The end of last month", which chrono gives as the month's last day: it tells the month. (The end of a
 * named month, "at the end of March", is its last day.)
 */
const END_OF_MONTH = /^end\s+of\s+(?:last|this|past|next)\s+month/i;

/** "April last year": chrono reads the month alone; the words after it move the year. */
const YEAR_AFTER = /^[\s,]*(?:of\s+)?(last|next) year\b/i;

/**
 * Words of a future or a forecast: its dates lie ahead ("expected by Thursday", "scheduled for May", a
 * dividend "payable on 3 July"; not "scheduled departures") or nowhere. Case-sensitive but for the words
 * that open a sentence, since it is tested on most sentences.
 */
const FUTURE =
  /\b(?:will|shall|[Nn]ext|(?:plans?|expects?|aims?|intends?|hopes?) to|scheduled (?:to|for)|due to|[Ee]xpected|going to|set to|payable|[Ff]orecast\w*|predict\w*|[Tt]omorrow|by (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|the end of))\b/g;

/**
 * The same without "by" and a day, to test a sentence once without collecting its matches: "by Wednesday"
 * is a deadline ahead only where the sentence does not tell what had been done by then ("had raised more
 * than £64,000 by Wednesday evening").
 */
const FUTURE_ANYWHERE = new RegExp(FUTURE.source.replace(/\|by \(\?:Monday[^)]*\)/, ''));
const BY_DAY = /\bby (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|the end of)\b/;

/**
 * A headline's infinitive of what is to come: "Water bills to rise by £30 in November", "Mill to cut 80
 * jobs". Only verbs that headlines use so, since "to" is mostly a preposition ("Toll climbs to 80").
 */
/** A line that links to another story by its headline: "Read more: Rail fares to rise by 4.6% in March". */
const LINKED_HEADLINE = /^\s*(?:read more|related|see also|more|also read|read next)\s*:/i;

const HEADLINE_FUTURE =
  /\bto (?:rise|fall|climb|drop|cut|axe|shed|close|shut|open|reopen|raise|hike|lift|increase|double|halve|freeze|scrap|end|launch|build|hire|create|pay|spend|invest|sell|buy|receive|lose|strike|hold|return|resume|expand|add|stay|get|go)\b/i;

/** The words FUTURE's cues start with, whose absence rules FUTURE, FUTURE_ANYWHERE and BY_DAY out at no cost. */
const FUTURE_HINT =
  /will|shall|next|plan|expect|aim|intend|hope|scheduled|due to|going to|set to|payable|forecast|predict|tomorrow|by /i;
const HAD_DONE = /\bhad (?:been |already |now )?[a-z]+(?:ed|en|wn|ne|ght|ut|un)\b/;

/** The hours just past, which end at publication: "in the past 24 hours", "over the last 48 hours". */
const RECENT_HOURS =
  /\b(?:in|over|during|within) the (?:past|last) (?:\d+|twenty-four|forty-eight|few|several) hours\b/i;

/** Cheap test for RECENT_HOURS, answered by the sentence's search for hint words. */
const RECENT_HOURS_HINT = /past|last/i;

/** A clause joined by "and" or "but" that opens a running period: ", and ... since Friday". */
const OWN_CLAUSE_SINCE = /^\s*(?:and|but)\b.*\bsince\b/is;

/** A relative clause set off by a comma: ", who play Chelsea on Sunday". */
const RELATIVE_CLAUSE_OPENS = /,\s*(?:who|whom|whose|which|where)\b/i;

/** A verb of forecasting anywhere in the sentence: the cheap test before FORECAST_BEFORE. */
const FORECAST_VERB = /\b(?:expects?|forecasts?|predicts?|projects?|anticipates?)\b/i;

/** The words FORECAST_VERB's verbs start with: the sentence's search for hint words rules most sentences out. */
const FORECAST_HINT = /expect|forecast|predict|project|anticipate/i;

/** A verb of forecasting whose object the figure is: "expects full-year profit of about", "forecasts". */
const FORECAST_BEFORE = new RegExp(`${FORECAST_VERB.source}(?! to\\b)[^,;]{0,60}$`, 'i');

/**
 * Words that put a date of their own clause ahead without making the sentence a forecast: a modal ("a rise
 * in April could slow it"), an expectation ("markets expect a cut in March"), or a scheduling verb in the
 * present ("voting opens on 28 April"). They keep a month or day without a year from being read as last
 * year's; a weekday stays the latest one, as "said on Tuesday that it could" is common.
 */
const AHEAD =
  /\b(?:(?:could|would|might|may|should)(?!\s+not\b|\s+have\b)|expect|expects|anticipates?|opens|closes|begins|starts|ends|resumes|reopens|expires|kicks off|takes effect|comes into (?:force|effect)|goes on sale|falls due)\b/;

/** AHEAD, to find its matches in a segment. */
const AHEAD_IN_SEGMENT = new RegExp(AHEAD.source, 'g');

/** A present perfect a few words before a figure: "has given", "have since eased to". */
const PRESENT_PERFECT_BEFORE = /\bha(?:s|ve)\s+(?:[a-z]+\s+){0,4}$/;

/**
 * A break between clauses: a semicolon or a dash, or a conjunction followed by a verb ("and plans to",
 * "but expects", "and closed"), not one joining names ("F-16s and Rafales").
 */
const CLAUSE_BREAK =
  /[;:–—]|\b(?:and|but|while|whereas|although|because)\s+(?:(?:also|then|now|later|is|are|was|were|has|have|had|will|would|plans?|expects?|aims?|intends?|hopes?|wants?)\b|\p{Ll}+ed\b)/u;

/**
 * A weekday read as a date word (capitalised), with a part of the day after it, just before "last week":
 * "on Friday last week" places the day, and counts nothing back.
 */
const WEEKDAY_BEFORE =
  /(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?:\s+(?:night|morning|afternoon|evening))?,?\s+$/;

/**
 * A period counted back from a reference date: after the figure it dates ("4.1% a year earlier", "380
 * the week before"; not "a week before the vote", counted from an event) or, said of now, either side
 * of it ("last week", "last year"). A month just before "last year" is chrono's to read ("April last
 * year"), and "last week's floods" dates the floods.
 */
const COUNTED_BACK = new RegExp(
  `\\b(?:(?:a|one|the) (year|month|week) (?:earlier|ago|before(?![^\\S\\n]+[A-Za-z])|previously)|the (?:previous|prior|preceding) (year|month|week)|(?<!(?:${MONTH_NAMES})[\\s,]{0,3}(?:of\\s+)?|\\b(?:quarter|half)\\s+of\\s+)last (year|week))\\b(?![’']s)`,
  'gi',
);

/**
 * Words joining a figure to a period counted back that make the figure a change measured against it, told
 * of now: "9% more than a year earlier", "up 7% on a year ago", "up 9% from a year ago", "8% lower in
 * April than a month earlier", "4% fewer than at the same time last year", "£3m lower than in the same
 * quarter last year", "fell 3% in July compared with a year earlier"; not "£5m a year earlier".
 */
const CHANGE_AGAINST =
  /^\s*(?:on|over|from)\s+$|\b(?:compared (?:with|to)|against|versus)\s+$|\bthan\s+(?:(?:at|in|during|over)\s+the\s+same\s+(?:point|time|period|stage|day|week|weekend|month|quarter|half|season)\s+)?$/i;

/**
 * Words before "last year" that make it what an earlier change is measured against, which dates nothing
 * after it: "up 1.2 points on last year and ahead of the national 65.9%".
 */
const BASE_OF_CHANGE_BEFORE = /\b(?:on|than|from|compared (?:with|to)|against|versus)\s+$/i;

/** A clause that goes on to tell of the period itself: "up on last year, when 300 cars were sold". */
const WHEN_AFTER_PERIOD = /^\s*,?\s*when\b/i;

/** Cheap test for "last week" and "last year", answered by the sentence's search for hint words. */
const LAST_HINT = /last/i;

/** The units of namesPeriodUnit in any case, answered by the sentence's search for hint words. */
const PERIOD_UNIT_HINT = /year|month|week/i;

/**
 * Whether the sentence names a unit that every period counted back names: a cheap test that rules most
 * sentences out. The hint words rule out most of them at no cost of their own; for the others, three
 * searches for a word cost less than one search for any of them.
 */
function namesPeriodUnit(context: SentenceContext): boolean {
  if (!context.has(PERIOD_UNIT_HINT)) return false;
  const text = context.text;
  return text.includes('year') || text.includes('month') || text.includes('week');
}

const DAY = 86_400_000;

const WEEK_OR_YEAR = /\b(?:week|weekend|year)\b/i;

const WEEKDAY_INDEX = /\b(sun|mon|tues|wednes|thurs|fri|satur)day\b/i;
const WEEKDAYS = ['sun', 'mon', 'tues', 'wednes', 'thurs', 'fri', 'satur'];

/** The number of a weekday (Sunday 0) from the stem WEEKDAY_INDEX and its kin capture, in any case. */
const weekdayNumber = (stem: string): number => WEEKDAYS.indexOf(lowerCase(stem));

/**
 * Words that join two weekdays into one span of days, with a part of the first day before them:
 * "between Friday and Monday", "on Wednesday night and Thursday", "from Monday to Friday". Not "and on"
 * or "and again on", which tell of two occasions.
 */
const WEEKDAY_JOIN =
  '(?:\\s+(?:night|morning|afternoon|evening))?(?:\\s+(?:and|to|until|till|through)\\s+|\\s*[-–]\\s*)';

/** A weekday joined to the one before it, after that one's name. */
const NEXT_WEEKDAY = new RegExp(`^${WEEKDAY_JOIN}(sun|mon|tues|wednes|thurs|fri|satur)day\\b`, 'i');

/** A weekday joined to the one after it, before that one's name. */
const PREVIOUS_WEEKDAY = new RegExp(`\\b(sun|mon|tues|wednes|thurs|fri|satur)day${WEEKDAY_JOIN}$`, 'i');

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Publication dates read so far, by their text: a document's sentences share one, and so do the
 * documents of one day. Cleared when full, so that a long run keeps only a bounded number.
 */
const publishedDates = new Map<string, Date | null>();
const MAX_PUBLISHED_DATES = 1024;

function parsePublished(published: string | null): Date | null {
  if (!published) return null;
  let date = publishedDates.get(published);
  if (date === undefined) {
    const parsed = ISO_DAY.test(published) ? new Date(`${published}T12:00:00Z`) : null;
    date = parsed && !Number.isNaN(parsed.getTime()) ? parsed : null;
    if (publishedDates.size >= MAX_PUBLISHED_DATES) publishedDates.clear();
    publishedDates.set(published, date);
  }
  return date;
}

function format(year: number, month: number, day: number | null): FigureDate {
  return day === null
    ? { date: `${year}-${pad(month)}`, precision: 'month' }
    : { date: `${year}-${pad(month)}-${pad(day)}`, precision: 'day' };
}

/** "last week" after a weekday, which puts the day in the week before publication's: "on Friday last week". */
const LAST_WEEK_AFTER = /^(?:\s+(?:night|morning|afternoon|evening))?,?\s+last week\b/i;

/**
 * The given weekday on or before the reference day: the latest such, or with `lastWeek` the one of the
 * week (Monday to Sunday) before the reference's.
 */
function weekdayOn(reference: Date, weekday: number, lastWeek: boolean): Date {
  const back = lastWeek
    ? ((reference.getUTCDay() + 6) % 7) + 7 - ((weekday + 6) % 7)
    : (reference.getUTCDay() - weekday + 7) % 7;
  return new Date(reference.getTime() - back * DAY);
}

/** The latest given weekday on or before the reference day, or that of last week with `lastWeek`. */
function latestWeekday(reference: Date, weekday: number, lastWeek = false): FigureDate {
  return dayOf(weekdayOn(reference, weekday, lastWeek));
}

/**
 * The month of a span of days told by two weekdays, one of them the weekday named at `word` of `masked`
 * (the sentence with its figures blanked): the span ends on the latest such day on or before publication.
 * Null when the span runs across two months, so names neither; undefined when the weekday is joined to
 * no other.
 */
function weekdaySpan(
  masked: string,
  word: Span,
  weekday: number,
  reference: Date,
): FigureDate | null | undefined {
  let first = weekday;
  let firstStart = word.start;
  let last = first;
  let lastEnd = word.end;
  const next = NEXT_WEEKDAY.exec(masked.slice(word.end, word.end + 32));
  if (next) {
    last = weekdayNumber(next[1]);
    lastEnd += next[0].length;
  } else {
    const reach = Math.max(0, word.start - 32);
    const previous = PREVIOUS_WEEKDAY.exec(masked.slice(reach, word.start));
    if (!previous) return undefined;
    first = weekdayNumber(previous[1]);
    firstStart = reach + previous.index;
  }
  const end = weekdayOn(reference, last, LAST_WEEK_AFTER.test(masked.slice(lastEnd, lastEnd + 24)));
  // "from Monday to Wednesday" is a period, dated to its last day as "the week to Wednesday" is.
  if (followsFrom(masked, firstStart)) return dayOf(end);
  const start = new Date(end.getTime() - ((last - first + 7) % 7) * DAY);
  if (start.getUTCMonth() !== end.getUTCMonth()) return null;
  return format(end.getUTCFullYear(), end.getUTCMonth() + 1, null);
}

/**
 * What the weekday at `word` dates beyond the latest such day: a span of days when joined to another
 * weekday ("between Friday and Monday"), that day of last week before "last week"; undefined when neither.
 */
function weekdayTold(
  masked: string,
  word: Span,
  weekday: number,
  reference: Date,
): FigureDate | null | undefined {
  const span = weekdaySpan(masked, word, weekday, reference);
  if (span !== undefined) return span;
  return LAST_WEEK_AFTER.test(masked.slice(word.end, word.end + 24))
    ? latestWeekday(reference, weekday, true)
    : undefined;
}

/**
 * One date mention read by chrono, turned into a day or a month; null when it names neither. Whether the
 * sentence tells of the future, and whether the mention lies ahead (told of the future or in a clause
 * that puts it ahead), are asked only where they change the answer: their searches cost more than the
 * rest of the reading.
 */
function resolve(
  result: DateReading,
  reference: Date,
  tellsOfFuture: () => boolean,
  liesAhead: () => boolean,
): FigureDate | null {
  const { start } = result;
  const named = result.text.trim();
  if (VERB_LIKE_MONTH.test(named)) return null;
  const weekday = WEEKDAY_INDEX.exec(named);
  if (weekday && !start.isCertain('day') && !tellsOfFuture()) {
    return latestWeekday(reference, weekdayNumber(weekday[1]));
  }
  const relative = start.isCertain('year') && !/\d{4}/.test(named);
  if (!start.isCertain('month') && !relative) return null;
  // A week or a year is neither a day nor a month.
  if (WEEK_OR_YEAR.test(named) && !/\d/.test(named)) return null;
  if (start.isCertain('weekday') && !start.isCertain('day')) return null;

  let year = start.get('year') ?? reference.getUTCFullYear();
  const month = start.get('month') ?? 1;
  const day = start.isCertain('day') ? (start.get('day') ?? 1) : null;
  // Without a year, a month or day past the publication date is last year's, unless told as ahead.
  if (!start.isCertain('year')) {
    const mentioned = Date.UTC(year, month - 1, day ?? 1);
    const published = Date.UTC(reference.getUTCFullYear(), reference.getUTCMonth(), reference.getUTCDate());
    if (mentioned > published && !liesAhead()) year -= 1;
  }
  return format(year, month, day);
}

/** The characters between `span` and the figure, none where they overlap. */
function distanceTo(span: Span, figure: Span): number {
  if (span.end <= figure.start) return figure.start - span.end;
  return Math.max(0, span.start - figure.end);
}

/**
 * Whether `far` lies beyond `near` on the same side of `figure`: "rose 7%, the group said on Tuesday, after
 * a slow November".
 */
function liesBeyond(far: Span, near: Span, figure: Span): boolean {
  if (far.start >= figure.end) return near.start >= figure.end && far.start >= near.end;
  return near.end <= figure.start && far.end <= near.start;
}

/** A date named in a sentence, resolved against the publication date. */
interface DateMention {
  start: number;
  end: number;
  /** Null for a span of days across two months ("between Friday and Monday"), which names neither. */
  resolved: FigureDate | null;
  /** Opens a running period ("since September"): it dates the period's start, not a running total. */
  opensPeriod: boolean;
}

/** How many date words, nearest first, are read for one figure before giving up. */
const MAX_WINDOWS_READ = 3;

/**
 * The dates of one sentence, read lazily for its figures. Chrono reads only a short window around a
 * date word near the figure, since its cost grows with the text it is given; and the sentence's
 * numbers (`figures`, sentence offsets) are blanked first so that a count is never read as a year or
 * a day ("On 3 April, 80 melons").
 */
/** "than" just before a date: the date of what is compared, not of the figure. */
const THAN_BEFORE = /\bthan\s+(?:(?:in|on|at|during|over)\s+)?$/i;
const THAN_HINT = /than/i;

/** A reporting verb just before a date: "said on Thursday", "announced Monday", "told reporters on Friday". */
const REPORTED_BEFORE =
  /\b(?:said|says|told(?: reporters)?|announced|reported|confirmed|added|stated)\s+(?:on\s+)?$/i;

/** "from" just before a date, which opens a period: "rations will be cut from 1 April". */
const FROM_BEFORE = /\bfrom\s+$/i;

/** Whether "from" stands just before `at` of `text`: a date there opens a period. */
function followsFrom(text: string, at: number): boolean {
  return FROM_BEFORE.test(text.slice(Math.max(0, at - 6), at));
}

/** "as" and a preposition just before a date, also the date of what is compared: "twice as many as in May". */
const AS_BEFORE = /\bas\s+(?:in|on|at|during|over)\s+$/i;

/** What a figure of a body's own whole follows: "14 of its 312 supermarkets", "3,500 of its 118,000 jobs". */
const WHOLE_OF_ITS_OWN = /\bof its\s+$/i;

export class SentenceDates {
  private readonly reference: Date | null;
  private readonly windows: DateWindow[];
  /** Where a wire dateline that opens the sentence ends ("KOLDA, March 9 (Relief News) –"), or 0. */
  private readonly datelineEnd: number;
  private masked: string | null = null;
  /** Whether the sentence names the unit of a period counted back (namesPeriodUnit), once asked. */
  private periodUnitNamed: boolean | undefined;

  private readonly sentence: string;

  /**
   * `headline`: the sentence is the article's headline, which tells the news of the day it was published
   * ("Death toll climbs to 47 as donors pledge $60m"), so that its figures without a date of their own are
   * dated then.
   */
  constructor(
    private readonly context: SentenceContext,
    private readonly published: string | null,
    private readonly headline = false,
  ) {
    this.sentence = context.text;
    this.reference = parsePublished(published);
    this.windows = this.reference
      ? dateWindows(this.sentence, context.has(RELATIVE_DATE_HINT) ? DATE_WORD : NAMED_DATE_WORD)
      : [];
    this.datelineEnd = this.windows.length > 1 ? datelineEnd(this.sentence) : 0;
  }

  /** Whether the sentence has a word that may name a date. */
  namesADate(): boolean {
    return this.windows.length > 0;
  }

  /**
   * The date of the figure at `offset`: the date mention nearest to it, else the publication date for
   * a running total or a standing snapshot, else null.
   */
  dateOf(offset: number, { cumulative }: FigureContext): FigureDate | null {
    if (!this.reference || !this.published) return null;
    const atPublication: FigureDate = { date: this.published, precision: 'day' };
    // A wire dateline's date is the day the copy was filed: a date the sentence tells comes first.
    const figure = { start: offset, end: this.figureEnd(offset) };
    const windows = this.nearestWindows(figure);
    const best =
      this.nearestMention(windows, figure, cumulative, false) ??
      (this.datelineEnd > 0 ? this.nearestMention(windows, figure, cumulative, true) : null);
    // "in strikes that began in early September": for a running total, the day its campaign began opens
    // its period as "since" does.
    const opens =
      best !== null &&
      (best.opensPeriod ||
        (cumulative && BEGAN_BEFORE.test(this.sentence.slice(Math.max(0, best.start - 28), best.start))));
    const ownMention = best && (!opens || this.isToldWhen(best, offset)) ? best.resolved : null;
    // "will close 14 of its 312 supermarkets by the end of April": the whole a part is taken from stands
    // now, and a date ahead is the part's.
    const wholeOfItsOwn =
      (this.sentence.charCodeAt(offset - 2) | 32) === 115 &&
      WHOLE_OF_ITS_OWN.test(this.sentence.slice(Math.max(0, offset - 8), offset));
    const own = wholeOfItsOwn && ownMention !== null && ownMention.date > this.published ? null : ownMention;
    const back = this.countedBackFrom(figure, own !== null);
    if (back) {
      // "A year earlier" counts back from the date the sentence is about; "last year", "a year ago", from now.
      const base = back.fromNow || !own ? dayOf(this.reference) : own;
      // "in the 26 weeks to 2 August, from £5m a year earlier": a year before a written day is its day.
      if (base === own && own.precision === 'day' && back.unit === 'year') return sameDayYearBefore(own);
      return countBack(base, back.unit);
    }
    // "Since May" opens the period of a running total, dated at publication, and dates nothing else.
    if (own) return own;
    if (wholeOfItsOwn) return atPublication;
    // A span of days across two months is the figure's own time, though no day or month can tell it.
    if (best && !opens) return null;
    if (cumulative) return atPublication;
    // "In the past 24 hours": a day that ends now.
    if (this.context.has(RECENT_HOURS_HINT) && this.context.has(RECENT_HOURS)) return atPublication;
    // Without a date of its own, a snapshot told as standing now is dated at publication; a figure
    // told as a forecast ("90mm is forecast by Sunday") is not standing now.
    return (this.headline || isStanding(this.context, offset)) && !this.isForecast(offset)
      ? atPublication
      : null;
  }

  /** Where the figure starting at `offset` ends, or `offset` if none starts there. */
  private figureEnd(offset: number): number {
    for (const f of this.context.figures) if (f.start === offset) return f.end;
    return offset;
  }

  /**
   * Whether the figure at `offset` is told in a clause that `mention` opens with "when": "the deadliest
   * since June, when 19 people were killed" dates the 19 to June, though June opens a period.
   */
  private isToldWhen(mention: Span, offset: number): boolean {
    return offset > mention.end && WHEN_AFTER.test(this.sentence.slice(mention.end, offset));
  }

  /** The mention nearest to `figure` in `windows` (nearest first), the dateline's or the others. */
  private nearestMention(
    windows: DateWindow[],
    figure: Span,
    cumulative: boolean,
    inDateline: boolean,
  ): DateMention | null {
    const offset = figure.start;
    let best: DateMention | null = null;
    let bestDistance = Number.POSITIVE_INFINITY;
    // The day a statement was made dates its figures only where the sentence names no other date.
    let reported: DateMention | null = null;
    let reportedDistance = Number.POSITIVE_INFINITY;
    for (const window of windows) {
      if (window.word.start < this.datelineEnd !== inDateline) continue;
      // A mention lies inside its window, so a window no nearer than the best mention holds no better one.
      if (distanceTo(window, figure) >= bestDistance) break;
      for (const mention of this.mentionsIn(window)) {
        const distance = distanceTo(mention, figure);
        if (
          distance < bestDistance &&
          !this.isComparisonBase(mention) &&
          !this.belongsElsewhere(offset, mention, cumulative) &&
          !this.inLaterCoordinateClause(offset, mention) &&
          !this.inEarlierCoordinateClause(offset, mention) &&
          !this.inRelativeClauseAfter(offset, mention)
        ) {
          // A date ahead dates only the figures of its own clause, told as future: not "cut 900 jobs
          // and plans to shut 15 branches by June". Nor does a date of another clause date a figure told
          // in the present perfect, which takes no past date: "has given £80m and pledged £20m in June".
          const ahead = mention.resolved !== null && mention.resolved.date > (this.published as string);
          if ((ahead || this.toldInPresentPerfect(offset)) && this.clauseBreakBetween(offset, mention))
            continue;
          if (windows.length > 1 && this.isReportingDate(mention)) {
            if (distance < reportedDistance) {
              reported = mention;
              reportedDistance = distance;
            }
            continue;
          }
          best = mention;
          bestDistance = distance;
        }
      }
    }
    // A date beyond the statement's, or the start of a period ("since May", "from 1 April"), tells of
    // something else than the figure.
    if (
      reported &&
      (!best ||
        best.opensPeriod ||
        followsFrom(this.sentence, best.start) ||
        liesBeyond(best, reported, figure))
    )
      return reported;
    return best;
  }

  /**
   * Whether `mention` is the day a statement was made, right after its reporting verb: "the company said
   * on Thursday that profit rose 14% in the six months to 30 September" (14% is September's).
   */
  private isReportingDate(mention: Span): boolean {
    return REPORTED_BEFORE.test(this.sentence.slice(Math.max(0, mention.start - 24), mention.start));
  }

  /**
   * Whether `mention` lies in a relative clause about someone else, opened after the figure: "three more
   * than Liverpool, who play Chelsea on Sunday".
   */
  private inRelativeClauseAfter(offset: number, mention: Span): boolean {
    return (
      mention.start > offset &&
      this.context.has(RELATIVE_CLAUSE_OPENS) &&
      RELATIVE_CLAUSE_OPENS.test(this.sentence.slice(offset, mention.start))
    );
  }

  /**
   * Whether `mention` dates what a figure is compared with: "0.9 points more than in May 2025", "twice as
   * many as in May", or a month without a day after "on", which a change is measured against ("sales
   * fell 3% on May"; not "on 3 May").
   */
  private isComparisonBase(mention: DateMention): boolean {
    // Only after a preposition, which stands as a word just before the date ("on May", not "region May").
    const preposition = this.sentence.slice(Math.max(0, mention.start - 4), mention.start);
    if (preposition === ' on ' && mention.resolved?.precision === 'month') return true;
    const before = () => this.sentence.slice(Math.max(0, mention.start - 16), mention.start);
    if ((preposition === ' in ' || preposition === ' on ') && AS_BEFORE.test(before())) return true;
    return this.context.has(THAN_HINT) && THAN_BEFORE.test(before());
  }

  /** The period counted back that dates `figure`, if any. */
  private countedBackFrom(
    { start: offset, end }: Span,
    datedInSentence: boolean,
  ): { unit: string; fromNow: boolean } | null {
    this.periodUnitNamed ??= namesPeriodUnit(this.context);
    if (!this.periodUnitNamed) return null;
    const segment = this.context.segmentAt(offset);
    for (const scope of this.countedBackScopes(offset, segment, !datedInSentence)) {
      for (const { index, match } of this.context.matchesIn(COUNTED_BACK, scope)) {
        const unit = match[1] ?? match[2] ?? match[3];
        if (
          match[3]?.toLowerCase() === 'week' &&
          WEEKDAY_BEFORE.test(this.sentence.slice(Math.max(0, index - 24), index))
        )
          continue;
        const saidOfNow = match[3] !== undefined || /\bago\b/i.test(match[0]);
        // After the figure it dates the nearest figure before it; before, only what is said of now ("last
        // week", "last year", "a year ago") dates what follows in its own clause.
        const binds =
          index >= end
            ? (!this.context.figureBetween(end, index) ||
                (match[3] !== undefined && this.sameClauseUpTo(end, index))) &&
              !CHANGE_AGAINST.test(this.sentence.slice(end, index))
            : saidOfNow &&
              index < offset &&
              !CLAUSE_BREAK.test(this.sentence.slice(index, offset)) &&
              (!BASE_OF_CHANGE_BEFORE.test(this.sentence.slice(Math.max(0, index - 16), index)) ||
                WHEN_AFTER_PERIOD.test(this.sentence.slice(index + match[0].length, offset)));
        if (binds) return { unit: lowerCase(unit), fromNow: saidOfNow };
      }
    }
    return null;
  }

  /**
   * Whether the text from a figure's end to `to` goes on with the figure's clause: no break between
   * clauses, no comma, and no figure in it set against another ("up from 30", "compared with 12"). "Some
   * 212 patients waited more than 12 hours last week" dates both figures to last week.
   */
  private sameClauseUpTo(from: number, to: number): boolean {
    const between = this.sentence.slice(from, to);
    return !CLAUSE_BREAK.test(between) && !between.includes(',') && !COMPARED_BETWEEN.test(between);
  }

  /**
   * The segments that may hold a period counted back for the figure at `offset` in `segment`: its own,
   * and the opening phrase; or, with `reachEarlier` (the sentence gives the figure no date of its own)
   * where the sentence says "last", every segment up to its own, since "last week" dates what goes on
   * from its clause past a comma ("Last week the sides swapped prisoners, with 40 soldiers freed"),
   * unless the figure's own segment tells how things stand now.
   */
  private countedBackScopes(offset: number, segment: Span, reachEarlier: boolean): Span[] {
    if (reachEarlier && this.context.has(LAST_HINT)) {
      const segments = this.context.segments();
      const own = segments.indexOf(segment);
      // Whether the segment stands is asked last: it may search the whole sentence.
      if (own > 0 && !standsInOwnSegment(this.context, offset)) return segments.slice(0, own + 1);
    }
    const opening = this.context.opening();
    return opening && opening.start !== segment.start ? [opening, segment] : [segment];
  }

  /** Whether the figure at `offset` is the subject of a future in its own segment: "1,500 jobs will go". */
  private isForecast(offset: number): boolean {
    const segment = this.context.segmentAt(offset);
    // "now expects full-year profit of about £2.9bn": the figure is what a forecast expects.
    if (
      this.context.has(FORECAST_HINT) &&
      this.context.has(FORECAST_VERB) &&
      FORECAST_BEFORE.test(this.sentence.slice(Math.max(segment.start, offset - 80), offset))
    )
      return true;
    if (!this.context.has(FUTURE_HINT)) return false;
    for (const cue of this.context.matchesIn(FUTURE, segment)) {
      if (cue.index < offset) continue;
      if (!CLAUSE_BREAK.test(this.sentence.slice(offset, cue.index + cue.match[0].length))) return true;
    }
    return false;
  }

  /**
   * Whether the figure at `offset` is the object of a present perfect: "has given £80m", "have since eased
   * to 4%". Asked only of a date that would date the figure, so seldom that a hint word would cost more:
   * every sentence's search for hint words would look for "has" and "have" too.
   */
  private toldInPresentPerfect(offset: number): boolean {
    return PRESENT_PERFECT_BEFORE.test(this.sentence.slice(Math.max(0, offset - 40), offset));
  }

  private clauseBreakBetween(offset: number, mention: Span): boolean {
    const between = this.sentence.slice(Math.min(mention.end, offset), Math.max(mention.start, offset));
    return CLAUSE_BREAK.test(between);
  }

  /** The windows nearest to `figure`, at most MAX_WINDOWS_READ of them. */
  private nearestWindows(figure: Span): DateWindow[] {
    if (this.windows.length <= 1) return this.windows;
    const byDistance = [...this.windows];
    byDistance.sort((a, b) => distanceTo(a, figure) - distanceTo(b, figure));
    return byDistance.slice(0, MAX_WINDOWS_READ);
  }

  /**
   * A date after a number compared with the figure belongs to that number ("21,000 troops now, up from
   * 9,000 in April"; "fell to 31% from 44% in January"); a date after numbers listed together is theirs
   * too ("two brigades and dozens of tanks on 2 April").
   */
  private belongsElsewhere(offset: number, mention: Span, cumulative: boolean): boolean {
    if (this.inOtherClause(offset, mention, cumulative)) return true;
    if (cumulative && this.periodOpensInOwnSegment(offset, mention)) return true;
    if (mention.end <= offset) return this.datesComparedFigure(mention, offset);
    for (const f of this.context.figures) {
      if (f.start <= offset || f.end > mention.start) continue;
      if (COMPARED.test(this.sentence.slice(Math.max(0, f.start - 24), f.start))) return true;
    }
    return false;
  }

  /**
   * Whether the running total at `offset` stands in a clause of its own, joined by "and" or "but", that
   * opens its period ("since Friday"), and `mention` lies outside it: "44.6C on Sunday, and at least 11
   * deaths have been linked to the heat since Friday" dates the deaths at publication, not to Sunday. A
   * clause that goes on from a reporting verb ("said on Thursday it had frozen ..., bringing the total
   * since 2019 to") keeps the reporting day.
   */
  private periodOpensInOwnSegment(offset: number, mention: Span): boolean {
    const own = this.context.segmentAt(offset);
    if (mention.start >= own.start && mention.start < own.end) return false;
    return OWN_CLAUSE_SINCE.test(this.sentence.slice(own.start, own.end));
  }

  /**
   * Whether `mention` lies in a clause after the figure at `offset`, opened by a comma and a conjunction,
   * and the figure's own clause tells how things stand now: "4,500 sailors are now deployed in the
   * region, and 10 jets arrived last month". The date tells of the later clause's event.
   */
  private inLaterCoordinateClause(offset: number, mention: Span): boolean {
    const own = this.context.segmentAt(offset);
    if (mention.start < own.end) return false;
    // Asked first: it rules out most figures.
    if (!standsInOwnSegment(this.context, offset)) return false;
    const segments = this.context.segments();
    let at = this.lastSegmentFrom(mention.start);
    // "and signed a four-year, $212 million extension in October": a comma between modifiers goes on
    // with the clause.
    while (at > 0 && segments[at - 1].start >= own.end && this.opensWithFigure(segments[at])) at--;
    const later = segments[at];
    COORDINATING_CONJUNCTION.lastIndex = later.start;
    return this.sentence.charCodeAt(later.start - 1) === 44 && COORDINATING_CONJUNCTION.test(this.sentence);
  }

  /** The index of the last segment that starts at or before `offset` (the first, if none does). */
  private lastSegmentFrom(offset: number): number {
    const segments = this.context.segments();
    let at = segments.length - 1;
    while (at > 0 && segments[at].start > offset) at--;
    return at;
  }

  /** Whether a figure opens `segment`, past its spaces: the comma before it is one between modifiers. */
  private opensWithFigure(segment: Span): boolean {
    let first = segment.start;
    while (first < segment.end && isSpace(this.sentence.charCodeAt(first))) first++;
    for (const f of this.context.figures) if (f.start === first) return true;
    return false;
  }

  /**
   * Whether `mention` lies in a clause before the figure at `offset`, whose own clause, opened by a comma
   * and a conjunction, tells how things stand now: "prices rose 0.4% in May, and a home now costs
   * £290,000". The date tells of the earlier clause's event.
   */
  private inEarlierCoordinateClause(offset: number, mention: Span): boolean {
    const own = this.context.segmentAt(offset);
    if (mention.end > own.start || this.sentence.charCodeAt(own.start - 1) !== 44) return false;
    AND_OR_BUT.lastIndex = own.start;
    return AND_OR_BUT.test(this.sentence) && standsInOwnSegment(this.context, offset);
  }

  /**
   * Whether `mention`, before the figure at `offset`, follows a number compared with another and so dates
   * that number alone: "has risen to 51% from 44% in January, and 15% say they do not know".
   */
  private datesComparedFigure(mention: Span, offset: number): boolean {
    let compared: Span | null = null;
    for (const f of this.context.figures) {
      if (f.end > mention.start) break;
      compared = f;
    }
    if (!compared || compared.start === offset) return false;
    if (!DATE_RIGHT_AFTER.test(this.sentence.slice(compared.end, mention.start))) return false;
    return COMPARED.test(this.sentence.slice(Math.max(0, compared.start - 24), compared.start));
  }

  /**
   * Whether `mention` lies in a relative clause set off by commas, and the figure at `offset` outside it
   * is told as standing now or as a running total: "Smith, who signed a $162m extension in October, is
   * averaging 28.6 points" (28.6 is dated at publication). A past event keeps the clause's date, which
   * is then the best there is: "The storm, which hit the coast on Monday, killed 40 people". Likewise a
   * figure standing now inside such a clause does not take the date of the clause around it.
   */
  private inOtherClause(offset: number, mention: Span, cumulative: boolean): boolean {
    const clause = this.relativeClauseAround(mention);
    if (clause && (offset < clause.start || offset >= clause.end))
      return cumulative || isStanding(this.context, offset);
    // The other way round: "The carrier, which operates 142 aircraft, expects nine more before Christmas".
    const own = this.relativeClauseAround({ start: offset, end: offset });
    if (!own || (mention.start >= own.start && mention.start < own.end)) return false;
    return standsInOwnSegment(this.context, offset);
  }

  /**
   * The relative clause set off by commas that holds `mention`, from the comma before it to the one
   * after it ("Smith, who signed a $162m extension in October, is averaging 28.6 points"): it tells of
   * something else than the sentence's main clause, and its date dates only its own figures.
   */
  private relativeClauseAround(mention: Span): Span | null {
    const segments = this.context.segments();
    const at = this.lastSegmentFrom(mention.start);
    const end = segments[at].end;
    // The main clause goes on after the comma that closes the clause.
    if (this.sentence.charCodeAt(end) !== 44 || at === segments.length - 1) return null;
    let commas = 0;
    for (let i = at; i >= 0 && commas < MAX_CLAUSE_SEGMENTS; i--) {
      const start = segments[i].start;
      if (start === 0) return null;
      const bound = this.sentence.charCodeAt(start - 1);
      // A bracket inside the clause goes on with it: "who cost €2.5m (£2.2m) when he joined in July,".
      if (bound === 40 || bound === 41) continue;
      if (bound !== 44) return null;
      commas++;
      RELATIVE_PRONOUN.lastIndex = start;
      if (RELATIVE_PRONOUN.test(this.sentence)) return { start: start - 1, end };
      // Only a comma between modifiers ("a four-year, $162m extension") goes on with the same clause.
      if (!this.opensWithFigure(segments[i])) return null;
    }
    return null;
  }

  private mentionsIn(window: DateWindow): DateMention[] {
    if (window.mentions) return window.mentions;
    const reference = this.reference as Date;
    const masked = this.maskedSentence();
    const { word } = window;
    // Asked only where the answer matters: the search for a future costs more than most windows' reading.
    // The day a statement was made ("will shut 40 shops, it said on Monday") lies in the past, whatever
    // the statement tells of.
    const future = () => this.tellsOfFuture() && !this.isReportingDate(word);
    const mentions: DateMention[] = [];
    const wordText = masked.slice(word.start, word.end);
    PART_OF_YEAR.lastIndex = 0;
    const partOfYear = PART_OF_YEAR.exec(wordText);
    if (partOfYear !== null && partOfYear[0].length === wordText.length) {
      const resolved = partOfYearEnd(
        partOfYear,
        reference,
        masked.slice(Math.max(0, word.start - 16), word.start),
      );
      // Past events are never dated after publication, as below.
      if (resolved && (resolved.date <= (this.published as string) || future() || this.isAhead(word.start)))
        mentions.push({ start: word.start, end: word.end, resolved, opensPeriod: false });
      window.mentions = mentions;
      return mentions;
    }
    if (IS_NAMED_DAY.test(wordText)) {
      // Chrono reads none of these, and would read "Black Friday" as the latest Friday.
      const before = periodStartReach(masked, word.start);
      const named = namedDay(
        wordText,
        before,
        masked.slice(word.end, word.end + 24),
        ymdOf(reference),
        future(),
      );
      const opensPeriod = PERIOD_START.test(before);
      if (named) {
        const resolved = format(named.year, named.month, named.day);
        mentions.push({ start: word.start, end: word.end, resolved, opensPeriod });
      }
      window.mentions = mentions;
      return mentions;
    }
    const text = masked.slice(window.start, window.end);
    const plain = plainDayMention(masked, window, reference, future);
    if (plain) {
      const opensPeriod = PERIOD_START.test(periodStartReach(masked, plain.start));
      // Every mention built with the same fields in the same order, so that they share one shape.
      mentions.push({ start: plain.start, end: plain.end, resolved: plain.resolved, opensPeriod });
    }
    const parsed: DateReading[] = plain
      ? []
      : ((monthWindows ? readMonthWindow(text, reference) : null) ??
        chronoReader.parse(text, { instant: reference, timezone: 0 }, { forwardDate: false }));
    // "early May", "mid-May", "the year to May": chrono takes a "May" without "in" just before it for the
    // verb.
    if (
      !plain &&
      masked.startsWith('May', word.start) &&
      (PART_OF_MONTH_BEFORE.test(masked.slice(Math.max(0, word.start - 16), word.start)) ||
        PERIOD_TO_BEFORE.test(masked.slice(Math.max(0, word.start - 16), word.start))) &&
      !parsed.some(
        (result) =>
          result.index <= word.start - window.start &&
          word.end - window.start <= result.index + result.text.length,
      )
    ) {
      parsed.push(monthAlone(word.start - window.start, 'May', 5, reference));
    }
    for (const result of parsed) {
      const start = window.start + result.index;
      const liesAhead = () => future() || this.isAhead(start);
      const resolved = resolve(result, reference, future, liesAhead);
      // Past events are never dated after publication ("18 months later" is no date of a figure).
      if (!resolved || (resolved.date > (this.published as string) && !liesAhead())) continue;
      const shift = YEAR_AFTER.exec(
        masked.slice(start + result.text.length, start + result.text.length + 16),
      );
      if (shift && resolved.date.length >= 7) {
        const year = reference.getUTCFullYear() + (lowerCase(shift[1]) === 'last' ? -1 : 1);
        resolved.date = `${year}${resolved.date.slice(4)}`;
      }
      // "between 8 and 12 April", "8-12 April": a span of days dates its figures to the month, and so
      // does the end of a month ("at the end of last month"), which chrono reads as its last day. A
      // period opened by "from" is dated to its last day.
      if (resolved.precision === 'day') {
        const spanEnd = result.end
          ? periodEnd(masked, start, resolved, result.end, this.published as string)
          : null;
        if (spanEnd) {
          resolved.date = spanEnd.date;
        } else if (
          result.end ||
          (DAY_RANGE_BEFORE.test(masked.slice(Math.max(0, start - 16), start)) &&
            !FROM_DAY_TO_BEFORE.test(masked.slice(Math.max(0, start - 32), start))) ||
          END_OF_MONTH.test(result.text)
        ) {
          resolved.date = resolved.date.slice(0, 7);
          resolved.precision = 'month';
        }
      }
      const opensPeriod = PERIOD_START.test(periodStartReach(masked, start));
      // A weekday read as the latest such day may be told more closely ("from Monday to Friday").
      const weekday = result.start.isCertain('day') ? null : WEEKDAY_INDEX.exec(result.text);
      const at = weekday ? start + weekday.index : 0;
      const told =
        weekday && !future()
          ? weekdayTold(
              masked,
              { start: at, end: at + weekday[0].length },
              weekdayNumber(weekday[1]),
              reference,
            )
          : undefined;
      mentions.push({
        start,
        end: start + result.text.length,
        resolved: told === undefined ? resolved : told,
        opensPeriod,
      });
    }
    window.mentions = mentions;
    return mentions;
  }

  /** Whether the sentence tells of the future (FUTURE_ANYWHERE, BY_DAY), which puts its dates ahead. */
  private tellsOfFuture(): boolean {
    return (
      (this.context.has(FUTURE_HINT) &&
        (this.context.has(FUTURE_ANYWHERE) || (this.context.has(BY_DAY) && !this.context.has(HAD_DONE)))) ||
      ((this.headline || LINKED_HEADLINE.test(this.sentence)) && HEADLINE_FUTURE.test(this.sentence))
    );
  }

  /**
   * Whether the segment of the date at `offset` puts it ahead (AHEAD). Only the segment is searched, once
   * for all its dates: a search of the whole sentence first, to rule it out, costs more than it saves.
   */
  private isAhead(offset: number): boolean {
    return this.context.matchesIn(AHEAD_IN_SEGMENT, this.context.segmentAt(offset)).length > 0;
  }

  private maskedSentence(): string {
    if (this.masked === null) {
      const parts: string[] = [];
      let at = 0;
      for (const { start, end } of this.context.figures) {
        if (start < at || end <= start) continue;
        parts.push(this.sentence.slice(at, start), '#'.repeat(end - start));
        at = end;
      }
      parts.push(this.sentence.slice(at));
      this.masked = parts.join('');
    }
    return this.masked;
  }
}

/** Days named from the day of publication, as days back from it: "fired nine rockets this morning". */
const DAYS_BACK = new Map([
  ['yesterday', 1],
  ['today', 0],
  ['tonight', 0],
  ['last night', 1],
  ['this morning', 0],
  ['this afternoon', 0],
  ['this evening', 0],
]);

/**
 * A weekday, or a day named from publication ("yesterday", "this morning"), standing alone in its window
 * (`masked`: the sentence with its figures blanked), read without chrono: the latest such day on or before
 * publication. Null where the window holds more (a day of the month, a month, a future).
 */
function plainDayMention(
  masked: string,
  window: DateWindow,
  reference: Date,
  tellsOfFuture: () => boolean,
): { start: number; end: number; resolved: FigureDate | null } | null {
  const word = lowerCase(masked.slice(window.word.start, window.word.end));
  const weekday = WEEKDAY_INDEX.exec(word);
  const daysBack = DAYS_BACK.get(word);
  if (!weekday && daysBack === undefined) return null;
  const around = masked.slice(window.start, window.end);
  if (/\d/.test(around) || !holdsOneDateWord(around) || tellsOfFuture()) return null;
  if (weekday) {
    const number = weekdayNumber(weekday[1]);
    const told = weekdayTold(masked, window.word, number, reference);
    const resolved = told === undefined ? latestWeekday(reference, number) : told;
    return { start: window.word.start, end: window.word.end, resolved };
  }
  const day = new Date(reference.getTime() - (daysBack ?? 0) * DAY);
  return { start: window.word.start, end: window.word.end, resolved: dayOf(day) };
}

/**
 * Whether `text`, which holds no digit and so no ISO date, holds exactly one date word: a second search
 * goes on from where the first match ends.
 */
function holdsOneDateWord(text: string): boolean {
  DATE_WORD.lastIndex = 0;
  const one = DATE_WORD.test(text) && !DATE_WORD.test(text);
  DATE_WORD.lastIndex = 0;
  return one;
}

/** A date word that is a holiday's name. */
const IS_NAMED_DAY = new RegExp(`^(?:${NAMED_DAY})$`);

/** The day of `date` in the zero time zone, as numbers. */
function ymdOf(date: Date): Day {
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

function dayOf(date: Date): FigureDate {
  return format(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

/**
 * The last day of a period of days that chrono read as a range starting on `first` (a day) at `start` of
 * `masked`, where "from" opens it: "from 14 to 20 October", "from 30 March to 2 April". Null for a span
 * not opened by "from" ("between 8 and 12 April"), or one ending after publication.
 */
function periodEnd(
  masked: string,
  start: number,
  first: FigureDate,
  end: Pick<chrono.ParsedComponents, 'get'>,
  published: string,
): FigureDate | null {
  if (!followsFrom(masked, start)) return null;
  const parts = first.date.split('-');
  const year = Number(parts[0]);
  const month = Number(parts[1]);
  const endMonth = end.get('month') ?? month;
  const last = format(endMonth < month ? year + 1 : year, endMonth, end.get('day') ?? 1);
  return last.date > published ? null : last;
}

/** The month a year, a month or a week before `base`: month precision, as the period is no day. */
function countBack(base: FigureDate, unit: string): FigureDate {
  // Read by index, not by destructuring a mapped array: the function is seldom called, so seldom
  // optimised, and unoptimised destructuring goes through the array's iterator.
  const parts = base.date.split('-');
  const year = Number(parts[0]);
  const month = Number(parts[1]);
  const day = Number(parts[2]);
  if (unit === 'year') return format(year - 1, month, null);
  if (unit === 'month') return month === 1 ? format(year - 1, 12, null) : format(year, month - 1, null);
  const weekBefore = new Date(Date.UTC(year, month - 1, day || 1) - 7 * DAY);
  return format(weekBefore.getUTCFullYear(), weekBefore.getUTCMonth() + 1, null);
}

/** The day a year before `day` (a day's FigureDate): 29 February goes back to the 28th. */
function sameDayYearBefore(day: FigureDate): FigureDate {
  const parts = day.date.split('-');
  const year = Number(parts[0]);
  const month = Number(parts[1]);
  const date = Number(parts[2]);
  return format(year - 1, month, Math.min(date, new Date(Date.UTC(year - 1, month, 0)).getUTCDate()));
}

interface DateWindow extends Span {
  /** The date word the window is around. */
  word: Span;
  /** The date mentions read in the window, once a figure asks for them. */
  mentions: DateMention[] | null;
}

const WORD_CHARACTER = /[\p{L}\p{N}]/u;

/** Whether the character at `i` is a letter or a digit; ASCII is decided without the regular expression. */
function isWordCharacterAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 128) return isDigit(code) || isAsciiLetter(code);
  return WORD_CHARACTER.test(text[i]);
}

/**
 * The word that a window bound at `at` would cut, or null. A window takes a cut number whole, or chrono
 * would read "September 16th, 2024" cut after "202" as a date without its year; it leaves out any other
 * cut word, whose piece could read as another word ("in Jun" of "in Juneau").
 */
function wordCutAt(sentence: string, at: number): { start: number; end: number; isNumber: boolean } | null {
  if (at <= 0 || at >= sentence.length) return null;
  if (!isWordCharacterAt(sentence, at - 1) || !isWordCharacterAt(sentence, at)) return null;
  let start = at;
  while (start > 0 && isWordCharacterAt(sentence, start - 1)) start--;
  let end = at;
  while (end < sentence.length && isWordCharacterAt(sentence, end)) end++;
  return { start, end, isNumber: isDigit(sentence.charCodeAt(start)) };
}

/** Where a window opening at `at`, before the date word starting at `wordStart`, opens. */
function windowStart(sentence: string, at: number, wordStart: number): number {
  const cut = wordCutAt(sentence, at);
  if (!cut) return at;
  return cut.isNumber ? cut.start : Math.min(cut.end, wordStart);
}

/** Where a window closing at `at`, after the date word ending at `wordEnd`, closes. */
function windowEnd(sentence: string, at: number, wordEnd: number): number {
  const cut = wordCutAt(sentence, at);
  if (!cut) return at;
  return cut.isNumber ? cut.end : Math.max(cut.start, wordEnd);
}

/**
 * Windows around the date words of a sentence, found with DATE_WORD (or a pattern that finds the same
 * there) and ISO_DATE, in the order of the sentence.
 */
function dateWindows(sentence: string, dateWord: RegExp): DateWindow[] {
  const windows: DateWindow[] = [];
  addDateWindows(windows, sentence, dateWord);
  // Only a sentence with a hyphen may hold an ISO date. The two patterns' words never overlap, as names
  // hold no digits: in order, they are the words one search for both would find.
  let added = sentence.includes('-') && addDateWindows(windows, sentence, ISO_DATE);
  // A part of a year holds a digit, after "quarter", "half" or a "Q".
  if (mayNamePartOfYear(sentence) && addDateWindows(windows, sentence, PART_OF_YEAR)) added = true;
  if (added) windows.sort((a, b) => a.word.start - b.word.start);
  return windows;
}

/** Whether `sentence` may hold a PART_OF_YEAR: most hold neither of its words nor a capital Q. */
function mayNamePartOfYear(sentence: string): boolean {
  return sentence.includes('uarter') || sentence.includes('alf') || sentence.includes('Q');
}

/**
 * The last day of the part of a year named by a PART_OF_YEAR `match` (`published` is the reference for
 * "last year"); null for a fiscal one.
 */
function partOfYearEnd(match: RegExpExecArray, reference: Date, before: string): FigureDate | null {
  if (FISCAL_BEFORE.test(before)) return null;
  const referenceYear = reference.getUTCFullYear();
  if (match[4]) return lastDayOf(Number(match[5]), Number(match[4]) * 3);
  const named = lowerCase(match[3]);
  const year = named.startsWith('last')
    ? referenceYear - 1
    : named.startsWith('this')
      ? referenceYear
      : Number(named);
  const half = lowerCase(match[2]) === 'half';
  const ordinal = lowerCase(match[1]);
  const number = ordinal === 'final' || ordinal === 'last' ? (half ? 2 : 4) : ORDINALS[ordinal];
  if (half && number > 2) return null;
  return lastDayOf(year, number * (half ? 6 : 3));
}

/** The last day of `month` of `year`. */
function lastDayOf(year: number, month: number): FigureDate {
  return format(year, month, new Date(Date.UTC(year, month, 0)).getUTCDate());
}

/** Adds the windows around the matches of `dateWord` in `sentence`; whether there were any. */
function addDateWindows(windows: DateWindow[], sentence: string, dateWord: RegExp): boolean {
  const before = windows.length;
  dateWord.lastIndex = 0;
  // An exec loop, since matchAll copies the pattern on every call.
  for (let match = dateWord.exec(sentence); match !== null; match = dateWord.exec(sentence)) {
    const word = { start: match.index, end: match.index + match[0].length };
    if (SHORT_MONTH.test(match[0]) && !hasDigitNear(sentence, word)) continue;
    const start = windowStart(sentence, Math.max(0, word.start - WINDOW_BEFORE), word.start);
    const end = windowEnd(sentence, Math.min(sentence.length, word.end + WINDOW_AFTER), word.end);
    windows.push({ start, end, word, mentions: null });
  }
  return windows.length > before;
}

/** Month names that count as date words only beside a digit: short names, and names in capitals. */
const SHORT_MONTH = new RegExp(`^(?:${SHORT_MONTH_NAMES}|${CAPITALS_MONTH_NAMES})$`);

/** Whether a digit stands within three characters of `word`: "Mar 3", "3 Mar", "Dec. 28"; not "Del Mar". */
function hasDigitNear(sentence: string, word: Span): boolean {
  for (let i = Math.max(0, word.start - 3); i < word.start; i++)
    if (isDigit(sentence.charCodeAt(i))) return true;
  const to = Math.min(sentence.length, word.end + 3);
  for (let i = word.end; i < to; i++) if (isDigit(sentence.charCodeAt(i))) return true;
  return false;
}

/**
 * A wire dateline that opens an article: "KOLDA, Ruthmark, March 9 (Relief News) –". Its date is the
 * day the copy was filed, not the day of the events told after it.
 */
const DATELINE = asciiFirst(
  new RegExp(`^[A-Z][A-Z.'’ -]*[A-Z](?:, [A-Z][\\p{L}.'’ -]*)?, (?:${MONTH_NAMES})\\.? \\d{1,2}\\b`, 'u'),
);

/** Where a wire dateline that opens `sentence` ends, or 0. */
function datelineEnd(sentence: string): number {
  if (!isUpper(sentence.charCodeAt(0)) || !isUpper(sentence.charCodeAt(1))) return 0;
  return DATELINE.exec(sentence)?.[0].length ?? 0;
}
