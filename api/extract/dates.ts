// The date a figure refers to. chrono-node reads the date words of the figure's own sentence against
// the publication date; it runs only when the sentence holds a date word, since it is the slowest stage.
import * as chrono from 'chrono-node';
import type { Span } from './sentences.ts';
import type { DatePrecision } from './types.ts';

export interface FigureDate {
  date: string;
  precision: DatePrecision;
}

export interface DateContext {
  /** Publication date `YYYY-MM-DD`, or null when unknown. */
  published: string | null;
  /** A running total: dated at publication unless the sentence names its period. */
  cumulative: boolean;
  /** A snapshot told as standing now: dated at publication. */
  standing: boolean;
}

const MONTH_NAMES =
  'January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec';

/**
 * Date words that can name a day or a month. Month and weekday names count only capitalised, so that
 * "may" and "march" as verbs do not wake chrono; weeks and years name neither a day nor a month.
 */
const DATE_WORD = new RegExp(
  `\\b(?:${MONTH_NAMES}|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b|\\b(?:[Yy]esterday|[Tt]oday|[Tt]onight|(?:[Ll]ast|[Tt]his|[Pp]ast) month)\\b|\\d{4}-\\d{2}-\\d{2}`,
  'g',
);

/** Characters read either side of a date word: enough for "on 13", "since", "earlier this". */
const WINDOW_BEFORE = 20;
const WINDOW_AFTER = 24;

/** "may" and "march" in lower case without a day are a verb, not a month. */
const VERB_LIKE_MONTH = /^(?:may|march)\W*$/;

/** The start of a running period ("since September") dates the period, not the figure. */
const PERIOD_START = /\b(?:since|from|starting|beginning)\s+$/i;

const FUTURE = /\b(?:will|shall|next|plans? to|scheduled|due to|expected to|going to|set to)\b/i;

const WEEK_OR_YEAR = /\b(?:week|weekend|year)\b/i;

const WEEKDAY_INDEX = /\b(sun|mon|tues|wednes|thurs|fri|satur)day\b/i;
const WEEKDAYS = ['sun', 'mon', 'tues', 'wednes', 'thurs', 'fri', 'satur'];

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

function parsePublished(published: string | null): Date | null {
  if (!published || !ISO_DAY.test(published)) return null;
  const date = new Date(`${published}T12:00:00Z`);
  return Number.isNaN(date.getTime()) ? null : date;
}

function format(year: number, month: number, day: number | null): FigureDate {
  return day === null
    ? { date: `${year}-${pad(month)}`, precision: 'month' }
    : { date: `${year}-${pad(month)}-${pad(day)}`, precision: 'day' };
}

/** The latest given weekday on or before the reference day. */
function latestWeekday(reference: Date, weekday: number): FigureDate {
  const back = (reference.getUTCDay() - weekday + 7) % 7;
  const day = new Date(reference.getTime() - back * 86_400_000);
  return format(day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate());
}

/** One date mention read by chrono, turned into a day or a month; null when it names neither. */
function resolve(result: chrono.ParsedResult, reference: Date, future: boolean): FigureDate | null {
  const { start } = result;
  const named = result.text.trim();
  if (VERB_LIKE_MONTH.test(named)) return null;
  const weekday = WEEKDAY_INDEX.exec(named);
  if (weekday && !start.isCertain('day') && !future) {
    return latestWeekday(reference, WEEKDAYS.indexOf(weekday[1].toLowerCase()));
  }
  const relative = start.isCertain('year') && !/\d{4}/.test(named);
  if (!start.isCertain('month') && !relative) return null;
  // A week or a year is neither a day nor a month.
  if (WEEK_OR_YEAR.test(named) && !/\d/.test(named)) return null;
  if (start.isCertain('weekday') && !start.isCertain('day')) return null;

  let year = start.get('year') ?? reference.getUTCFullYear();
  const month = start.get('month') ?? 1;
  const day = start.isCertain('day') ? (start.get('day') ?? 1) : null;
  // Without a year, a month or day past the publication date is last year's, unless told as future.
  if (!start.isCertain('year') && !future) {
    const mentioned = Date.UTC(year, month - 1, day ?? 1);
    const published = Date.UTC(reference.getUTCFullYear(), reference.getUTCMonth(), reference.getUTCDate());
    if (mentioned > published) year -= 1;
  }
  return format(year, month, day);
}

/** A date named in a sentence, resolved against the publication date. */
export interface DateMention {
  start: number;
  end: number;
  resolved: FigureDate;
  /** Opens a running period ("since September"): it dates the period's start, not a running total. */
  opensPeriod: boolean;
}

/**
 * The dates named in `sentence`, read against `published`. Chrono runs only where a date word is
 * present, and the numbers of the sentence (`figures`, sentence offsets) are blanked first so that a
 * count is never read as a year or a day ("On 3 April, 80 melons").
 */
export function dateMentions(
  sentence: string,
  published: string | null,
  figures: readonly Span[] = [],
): DateMention[] {
  const reference = parsePublished(published);
  if (!reference) return [];
  const windows = dateWindows(sentence);
  if (windows.length === 0) return [];
  let masked = sentence;
  for (const { start, end } of figures) {
    masked = masked.slice(0, start) + '#'.repeat(Math.max(0, end - start)) + masked.slice(end);
  }
  const future = FUTURE.test(sentence);
  const publishedOn = format(
    reference.getUTCFullYear(),
    reference.getUTCMonth() + 1,
    reference.getUTCDate(),
  ).date;
  const mentions: DateMention[] = [];
  // Chrono reads only a short window around each date word: its cost grows with the text it is given.
  for (const window of windows) {
    const text = masked.slice(window.start, window.end);
    for (const result of chrono.parse(text, { instant: reference, timezone: 0 }, { forwardDate: false })) {
      const resolved = resolve(result, reference, future);
      // Past events are never dated after publication ("18 months later" is no date of a figure).
      if (!resolved || (!future && resolved.date > publishedOn)) continue;
      const start = window.start + result.index;
      const opensPeriod = PERIOD_START.test(masked.slice(Math.max(0, start - 12), start));
      mentions.push({ start, end: start + result.text.length, resolved, opensPeriod });
    }
  }
  return mentions;
}

/** Windows around the date words of a sentence, merged where they overlap. */
function dateWindows(sentence: string): Span[] {
  const windows: Span[] = [];
  for (const match of sentence.matchAll(DATE_WORD)) {
    const start = Math.max(0, match.index - WINDOW_BEFORE);
    const end = Math.min(sentence.length, match.index + match[0].length + WINDOW_AFTER);
    const last = windows[windows.length - 1];
    if (last && start <= last.end) last.end = Math.max(last.end, end);
    else windows.push({ start, end });
  }
  return windows;
}

/**
 * The date of the figure at `offset` of its sentence: the date mention nearest to it, else the
 * publication date for a running total or a standing snapshot, else null.
 */
export function figureDate(
  mentions: readonly DateMention[],
  offset: number,
  context: DateContext,
): FigureDate | null {
  if (!context.published || !ISO_DAY.test(context.published)) return null;
  const atPublication: FigureDate = { date: context.published, precision: 'day' };
  const fallback = context.cumulative || context.standing ? atPublication : null;
  let best: DateMention | null = null;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const mention of mentions) {
    const distance = mention.end <= offset ? offset - mention.end : Math.max(0, mention.start - offset);
    if (distance < bestDistance) {
      best = mention;
      bestDistance = distance;
    }
  }
  if (!best) return fallback;
  if (best.opensPeriod && context.cumulative) return atPublication;
  return best.resolved;
}
