// Days news names for a holiday or a shopping day ("since Christmas", "Black Friday sales"). Chrono reads
// none of them, and it reads the weekday inside "Black Friday" or "Easter Monday" as the latest such day.

/** Holiday names as date words: capitalised, as news writes them; the longer name of a day first. */
export const NAMED_DAY =
  "Christmas(?: Day| Eve)?|Boxing Day|New Year[’']s (?:Day|Eve)|Thanksgiving(?: Day)?|Black Friday|Cyber Monday|Good Friday|Easter(?: Sunday| Monday)?|Halloween|Valentine[’']s Day";

/**
 * A bare "Christmas" or "Easter" names a day only after a preposition ("since Christmas", "after
 * Easter"); elsewhere it is a season or a modifier ("the Christmas period", "its Christmas appeal").
 */
const PREPOSITION_BEFORE = /\b(?:since|after|on|at|over|from|to|around|for|through|of)\s+$/i;

/** A deadline ("120 beds before Christmas", "by Black Friday"): the day bounds a plan, it dates nothing. */
const DEADLINE_BEFORE = /\b(?:before|by|until|till|ahead of)\s+$/i;

/** Nouns after a bare "Christmas" or "Easter" that make it a season, not a day: "during Christmas trading". */
const SEASON_NOUN =
  /^\s+(?:period|trading|season|sales|shopping|holidays?|break|weekend|market|rush|quarter|weeks?|campaign|spending|shoppers|lights|trees?|part(?:y|ies)|dinners?|cards?|presents?|gifts?|bonus|appeal|message|address|menu)\b/i;

export interface Day {
  year: number;
  month: number;
  day: number;
}

/** Easter Sunday of `year` in the Gregorian calendar (the anonymous Gregorian computus). */
function easterSunday(year: number): Day {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { year, month, day };
}

/** The US Thanksgiving of `year`: the fourth Thursday of November. */
function thanksgiving(year: number): Day {
  const firstWeekday = new Date(Date.UTC(year, 10, 1)).getUTCDay();
  return { year, month: 11, day: 1 + ((4 - firstWeekday + 7) % 7) + 21 };
}

/** `day` moved by `days`. */
function shifted({ year, month, day }: Day, days: number): Day {
  const moved = new Date(Date.UTC(year, month - 1, day + days));
  return { year: moved.getUTCFullYear(), month: moved.getUTCMonth() + 1, day: moved.getUTCDate() };
}

/** Holidays on the same day every year, as month and day. */
const FIXED_DAYS: Readonly<Record<string, readonly [number, number]>> = Object.freeze({
  christmas: [12, 25],
  'christmas day': [12, 25],
  'christmas eve': [12, 24],
  'boxing day': [12, 26],
  "new year's day": [1, 1],
  "new year's eve": [12, 31],
  halloween: [10, 31],
  "valentine's day": [2, 14],
});

/** Holidays that move, as the day they fall on in a year. */
const MOVABLE_DAYS: Readonly<Record<string, (year: number) => Day>> = Object.freeze({
  thanksgiving,
  'thanksgiving day': thanksgiving,
  'black friday': (year: number) => shifted(thanksgiving(year), 1),
  'cyber monday': (year: number) => shifted(thanksgiving(year), 4),
  'good friday': (year: number) => shifted(easterSunday(year), -2),
  easter: easterSunday,
  'easter sunday': easterSunday,
  'easter monday': (year: number) => shifted(easterSunday(year), 1),
});

/** The day `name` falls on in `year`, `name` being lower case with a plain apostrophe; null for no holiday. */
function dayIn(name: string, year: number): Day | null {
  if (Object.hasOwn(FIXED_DAYS, name)) return { year, month: FIXED_DAYS[name][0], day: FIXED_DAYS[name][1] };
  return Object.hasOwn(MOVABLE_DAYS, name) ? MOVABLE_DAYS[name](year) : null;
}

const isEarlier = (a: Day, b: Day) =>
  a.year * 400 + a.month * 32 + a.day < b.year * 400 + b.month * 32 + b.day;

/**
 * The day named by `name` (a NAMED_DAY match), with `before` and `after` the text either side of it: the
 * latest such day on or before `reference`, or the next one on or after it when the sentence tells of
 * the future. Null for a deadline ("before Christmas"), and where a bare "Christmas" or "Easter" names a
 * season ("Christmas trading").
 */
export function namedDay(
  name: string,
  before: string,
  after: string,
  reference: Day,
  future: boolean,
): Day | null {
  if (DEADLINE_BEFORE.test(before)) return null;
  const key = name.toLowerCase().replace('’', "'");
  if (
    (key === 'christmas' || key === 'easter') &&
    (!PREPOSITION_BEFORE.test(before) || SEASON_NOUN.test(after))
  )
    return null;
  const day = dayIn(key, reference.year);
  if (!day) return null;
  if (future) return isEarlier(day, reference) ? dayIn(key, reference.year + 1) : day;
  return isEarlier(reference, day) ? dayIn(key, reference.year - 1) : day;
}
