// The number-reading stage: finds every number expression in a text, reads its value, and leaves out the
// numbers that are not figures (dates, years, clock times, ordinals, ages, designations, codes, `one` as a
// pronoun). One compiled regular expression finds candidates; everything else reads only around a candidate.
import {
  AGE_GROUP_NOUNS,
  alternativesByFirstLetter,
  asciiFirst,
  CHANGE_VERBS,
  CLOCK_LEADERS,
  COUNT_LEADERS,
  COUNT_VERBS,
  COUNTED_NOUNS,
  CURRENCY_CODES,
  CURRENCY_SYMBOLS,
  CURRENCY_WORDS,
  DESIGNATORS,
  DISTANCE_CONTEXT,
  DISTANCE_EVENTS,
  DOLLAR_NATIONS,
  DOLLAR_PREFIXES,
  DOZEN_WORDS,
  FRACTION_DENOMINATORS,
  FULL_MONTH_NAMES,
  isAsciiLetter,
  isDigit,
  isUpper,
  lowerCase,
  MEASURE_SUFFIXES,
  MONEY_UNIT,
  MONTHS,
  NUMBER_COMPOUND_NOUNS,
  ORDINAL_WORDS,
  PERSON_NOUNS,
  POSSESSIVE_WORDS,
  PRONOUN_ONE_AFTER,
  PRONOUN_ONE_BEFORE,
  PRONOUN_ONE_COMPOUNDS,
  RACING_VERBS,
  RESULT_VERBS,
  SCALE_SUFFIXES,
  SCALE_WORDS,
  SCORE_WORDS,
  SENTENCE_OPENERS,
  SPACED_SCALES,
  SPORT_SENTENCE_CUES,
  STREET_WORDS,
  TENS_WORDS,
  TIME_ZONES,
  TITLE_CASE_SMALL_WORDS,
  TOP_VERB_BEFORE,
  UNIT_WORDS,
  VAGUE_LEADERS,
  VAGUE_PLURALS,
  VEHICLE_NOUNS,
  WordShapes,
  wordTable,
  YEAR_LEADERS,
  ZERO_IDIOMS_AFTER,
  ZERO_IDIOMS_BEFORE,
} from './lexicon.ts';
import type { Qualifier } from './types.ts';

export interface NumberExpression {
  /** JS string offsets into the input, end exclusive: the number expression without qualifier words. */
  start: number;
  end: number;
  value: number;
  /** Upper bound, ranges only. */
  valueMax: number | null;
  /** What the expression itself says: `percent`, `percentage points`, `USD`, ... */
  unit: string | null;
  /** Intrinsic to the expression: `range`, or the reading of a vague amount. */
  qualifier: Qualifier | null;
  vague: boolean;
}

/** One side of a possible range, before the non-figure rules run. */
interface Quantity {
  start: number;
  end: number;
  /** Where the digits or the first number word begin (after a currency prefix or `a`). */
  coreStart: number;
  /** Where the digits or number words end (before scale, suffix and unit). */
  coreEnd: number;
  value: number;
  /** The scale applied (`million` in `4.5 million`), 1 if none; a range's low end may borrow it. */
  scale: number;
  unit: string | null;
  kind: 'digits' | 'words' | 'vague';
  qualifier: Qualifier | null;
  /** Digits only: written without separator, decimal point, suffix or unit, e.g. `2025`. */
  bare: boolean;
  /** Why it cannot be a figure, decided while reading; `run` drops the whole non-space run. */
  reject: 'run' | 'expression' | null;
}

const CANDIDATE_WORDS = [
  ...UNIT_WORDS.keys(),
  ...TENS_WORDS.keys(),
  'hundreds?',
  'thousands?',
  'millions?',
  'billions?',
  'trillions?',
  'dozens?',
  'scores',
  'handful',
  'half',
  'tens',
];

// `\b` on both sides keeps `four` out of `fourteen`, so the alternatives need no particular order.
// A run of digits is one match: every digit of it may start a reading, but one match per digit made the
// scan stop and return for each of them.
// One compiled scanner for every call; each call resets `lastIndex`, and no call nests inside another.
const CANDIDATES = new RegExp(`\\d+|\\b(?:${alternativesByFirstLetter(CANDIDATE_WORDS)})\\b`, 'gi');

/**
 * Where the CANDIDATES match ending at `matchEnd` starts: the first digit of its run, or else the number
 * word, whose ASCII letters end there and start after the `\b` before it. `test` leaves only the end to go
 * by, and costs far less per candidate than `exec`, which builds a match array and its string.
 */
function candidateStart(text: string, matchEnd: number): number {
  let i = matchEnd - 1;
  if (isDigit(text.charCodeAt(i))) {
    while (i > 0 && isDigit(text.charCodeAt(i - 1))) i--;
    return i;
  }
  while (i > 0 && isAsciiLetter(text.charCodeAt(i - 1))) i--;
  return i;
}

const SPACE_CLASS = '[ \\u00A0\\u2009\\u202F]';
const DIGITS = new RegExp(
  `(?:\\d{1,2}(?:,\\d{2})+,\\d{3}(?!\\d)|\\d{1,3}(?:,\\d{3})+(?!\\d)|\\d{1,3}(?:${SPACE_CLASS}\\d{3})+(?!\\d)|\\d+)(?:\\.\\d+)?`,
  'y',
);
const GROUP_SEPARATORS = /[, \u00A0\u2009\u202F]/g;
const PERCENT_SIGN = /[ \u00A0\u2009\u202F]?%/y;
const PERCENT_WORDS = /[ \u00A0]*(?:per[ -]?cents?|percents?|pct|percentage(?![ -]?(?:points?|pts?)\b))\b/iy;
const POINT_WORDS = /[ \u00A0](?:percentage[ -]points?|percent(?:age)? pts?)\b/iy;
const BASIS_POINT_WORDS = /[ \u00A0](?:basis[ -]points?|bps)\b/iy;
const CLOCK_AFTER = /[ \u00A0]?(?:[ap]\.m\.|[ap]m\b|o'clock\b|o’clock\b|noon\b|midnight\b)/iy;

/** `17-05-2024`, `5.17.24`, `17/5/2024`. */
const NUMERIC_DATE = /\d{1,4}([-./])\d{1,2}\1\d{2,4}(?!\d)/y;
/** An age: "9 years old", "a 15-year-old", and the age of a body or a firm, "in its 87-year history". */
const AGE_AFTER =
  /(?:[ \u00A0-](?:years?|yrs?)[ \u00A0-](?:old|of age)\b|-(?:years?|yr)-olds?\b|[ \u00A0]years?-olds?\b|-year[ \u00A0](?:history|existence)\b)/iy;
const RATIO_JOIN = /-to-/iy;
const TO_ONE = /[ \u00A0]to[ \u00A0]one\b/iy;
const DASH_JOIN = /[ \u00A0]?[-–—][ \u00A0]?/y;
const TO_JOIN = /[ \u00A0]+(?:to|and|or)[ \u00A0]+/iy;
const DOLLAR_NATION_BEFORE = new RegExp(
  `(?:^|[^A-Za-z.])((?:${[...DOLLAR_PREFIXES.keys()]
    .map((prefix) => prefix.split('').join('\\.?'))
    .join('|')})\\.?)( ?)$`,
  'i',
);
const YEAR_TAIL = /(?:[-–/]\d{1,4})+/y;
const OF_BIG_SCALE = /[ \u00A0]of[ \u00A0](thousands|millions|billions)\b/iy;
const OF_MONEY = /[ \u00A0]of[ \u00A0](dollars|pounds|euros)\b/iy;
const OF_WORD = /[ \u00A0]of\b/iy;
/** Whether `100m` or `5k` before `next` is a distance: a race word after it, or a racing verb before it. */
function isDistance(text: string, start: number, next: Word | null): boolean {
  if (next && DISTANCE_CONTEXT.has(next.lower)) return true;
  let before = wordBefore(text, start);
  if (before && before.lower === 'the') before = wordBefore(text, before.start);
  return before !== null && RACING_VERBS.has(before.lower);
}

/** Who an event named by its distance is for: `the women's 800m`. */
const EVENT_HOLDERS = /\b(?:men|women|boys|girls)['’]s\s+$/i;

/** Words after an event named by its distance that tell of the event, not of a length: `her 200m time`. */
const EVENT_WORDS_AFTER = new Set(['time', 'title', 'record', 'crown', 'gold', 'silver', 'bronze', 'medal']);

/** A time after an event named by its distance: `won the 200m in 22.07sec`, `in 1:43.2`. */
const IN_A_TIME = /[  ]in[  ]+\d+(?:[.:]\d+)+/y;

/**
 * Whether `Nm` at `start` names an event: `the men's 1500m`, `the 400m hurdles`, `won the 200m in 22.07sec`,
 * `her 200m time`. Run or swum without "the" (`ran 400m`), it is a distance.
 */
function isEventName(text: string, start: number, next: Word | null, end: number): boolean {
  if (next && DISTANCE_EVENTS.has(next.lower)) return true;
  if (EVENT_HOLDERS.test(text.slice(Math.max(0, start - 10), start))) return true;
  const before = wordBefore(text, start);
  if (before === null || (before.lower !== 'the' && !POSSESSIVES.has(before.lower))) return false;
  return (next !== null && EVENT_WORDS_AFTER.has(next.lower)) || stickyMatch(IN_A_TIME, text, end) !== null;
}

/** Possessives before an event that names whose it is: `her 200m time`. */
const POSSESSIVES: ReadonlySet<string> = new Set(POSSESSIVE_WORDS.split(' '));

/** Field events, whose marks are written in metres against the digits: "won the javelin with 68.41m". */
const FIELD_EVENT_WORDS =
  /\b(?:javelin|discus|hammer|shot put|long jump|high jump|triple jump|pole vault|vault\w*|jump\w*|throw\w*|threw|cleared|leap\w*)\b/i;

/** Whether a decimal `Nm` ending at `end`, no noun after it, is a field event's mark in metres, not millions. */
function isFieldEventMark(text: string, quantity: Quantity, end: number, next: Word | null): boolean {
  if (Number.isInteger(quantity.value) || (next !== null && next.start <= end + 1 && isCountNoun(text, next)))
    return false;
  return FIELD_EVENT_WORDS.test(
    text.slice(Math.max(0, quantity.start - 60), Math.min(text.length, quantity.start + 60)),
  );
}

/** Words of a height above the sea, whose `Nm` is metres: "the climb tops out at 2,086m". */
const ALTITUDE_WORDS = /\b(?:altitude|elevation|above sea level|tops? out|topped out|topping out)\b/i;

/** Whether `Nm` is a height above the sea, told as such within a few words of it. */
function isAltitude(text: string, quantity: Quantity): boolean {
  return ALTITUDE_WORDS.test(
    text.slice(Math.max(0, quantity.start - 30), Math.min(text.length, quantity.start + 40)),
  );
}

/** `a quarter of ` or `three-quarters of ` right before `a million`. */
const FRACTION_OF = /\b(a|one|two|three)[ -](half|thirds?|quarters?) of $/i;
const ANY_LETTER = /\p{L}/u;
const isLetter = (code: number): boolean =>
  isAsciiLetter(code) || (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7);
const isInlineSpace = (code: number): boolean =>
  code === 32 || code === 0xa0 || code === 0x2009 || code === 0x202f;
const isSpaceOrNbsp = (code: number): boolean => code === 32 || code === 0xa0;
/** A space within a line, a tab among them. */
const isLineSpace = (code: number): boolean => code === 9 || isInlineSpace(code);
const isWhitespace = (code: number): boolean =>
  code === 32 ||
  code === 9 ||
  code === 10 ||
  code === 13 ||
  code === 0xa0 ||
  code === 0x2009 ||
  code === 0x202f;

/**
 * Whether the character at `at` is a space and the next one the lower-case ASCII letter `letter` in either case:
 * how the sticky patterns for ` to one`, ` in ` and ` years old` begin, tested before running them.
 * `| 32` lower-cases an ASCII letter and leaves every other code unequal to a lower-case letter.
 */
function isSpaceThenLetter(text: string, at: number, letter: number): boolean {
  return isSpaceOrNbsp(text.charCodeAt(at)) && (text.charCodeAt(at + 1) | 32) === letter;
}

/** Whether the character at `i` is a letter of any script; a regex is needed only beyond ASCII. */
function isAnyLetter(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  return isLetter(code) || (code > 127 && ANY_LETTER.test(text[i]));
}

/** End of the run of letters starting at `at`. */
function lettersEnd(text: string, at: number): number {
  let i = at;
  while (i < text.length && isLetter(text.charCodeAt(i))) i++;
  return i;
}

interface Word {
  start: number;
  end: number;
  /** As written. */
  original: string;
  /** In lower case; the very string `original` when that has no capital, as most words do. */
  lower: string;
}

/**
 * The word from `start` to `end` of the text being scanned. Kept in no table of words read: `wordAfter` and
 * `wordBefore` keep the last word each found, which is most of the words asked for again, and storing each new
 * word into a long-lived table cost more than cutting the few others again.
 */
function wordAt(text: string, start: number, end: number): Word {
  const original = text.slice(start, end);
  return { start, end, original, lower: lowerCase(original) };
}

/**
 * The last word `wordAfter` found, by where it starts, and the last `wordBefore` found, by where it ends: the
 * rules for one number ask for the word on either side of it several times over, and finding a word again walks
 * its letters one by one. Forgotten for each text.
 */
let afterStart = -1;
let afterWord: Word | null = null;
let beforeEnd = -1;
let beforeWord: Word | null = null;

/** Forgets the last words found, before scanning another text. */
function forgetWords(): void {
  afterStart = -1;
  beforeEnd = -1;
}

/** The word after `at`, past inline spaces (or none when `joined`), or null. */
function wordAfter(text: string, at: number, joined = false): Word | null {
  let i = at;
  while (!joined && i < text.length && isInlineSpace(text.charCodeAt(i))) i++;
  if (i === afterStart) return afterWord;
  const end = lettersEnd(text, i);
  afterStart = i;
  afterWord = end > i ? wordAt(text, i, end) : null;
  return afterWord;
}

/** The word before `at`, past inline spaces (and a full stop right after the word when `allowStop`), or null. */
function wordBefore(text: string, at: number, allowStop = false): Word | null {
  let i = at;
  while (i > 0 && isInlineSpace(text.charCodeAt(i - 1))) i--;
  if (allowStop && i > 0 && text.charCodeAt(i - 1) === 46) i--;
  const end = i;
  if (end === beforeEnd) return beforeWord;
  while (i > 0 && isLetter(text.charCodeAt(i - 1))) i--;
  beforeEnd = end;
  beforeWord = end > i ? wordAt(text, i, end) : null;
  return beforeWord;
}

/** Whether the character code is one of `.!?:;`, a line break, an opening quote or bracket, a dash, a bullet or `|`. */
const opensSentence = (code: number): boolean =>
  code === 46 ||
  code === 33 ||
  code === 63 ||
  code === 58 ||
  code === 59 ||
  code === 10 ||
  code === 13 ||
  code === 34 ||
  code === 0x201c ||
  code === 0x2018 ||
  code === 39 ||
  code === 40 ||
  code === 91 ||
  code === 0x2014 ||
  code === 0x2013 ||
  code === 0x2022 ||
  code === 124;

/** True when nothing but quotes or brackets stands between `at` and the start of a sentence or line. */
function startsSentence(text: string, at: number): boolean {
  let i = at;
  while (i > 0) {
    const code = text.charCodeAt(i - 1);
    if (isLineSpace(code)) {
      i--;
      continue;
    }
    // . ! ? : ; newline, opening quotes and brackets, dashes and bullets; a hyphen or star only as a bullet
    if (code === 45 || code === 42) return i === 1 || isWhitespace(text.charCodeAt(i - 2));
    return opensSentence(code);
  }
  return true;
}

/** End of the run of non-space characters around `at`. */
function runEnd(text: string, at: number): number {
  let i = at;
  while (i < text.length && !isWhitespace(text.charCodeAt(i))) i++;
  return i;
}

function stickyMatch(pattern: RegExp, text: string, at: number): RegExpExecArray | null {
  pattern.lastIndex = at;
  return pattern.exec(text);
}

/** End of sticky `pattern` matched at `at`, or -1: `test` builds no match array, where only the end is needed. */
function stickyEnd(pattern: RegExp, text: string, at: number): number {
  pattern.lastIndex = at;
  return pattern.test(text) ? pattern.lastIndex : -1;
}

const CURRENCY_CODE_SHAPES = new WordShapes(CURRENCY_CODES);
const CURRENCY_NAME_SHAPES = new WordShapes([...DOLLAR_NATIONS.keys()], [...CURRENCY_WORDS.keys()]);
const MONTH_SHAPES = new WordShapes(MONTHS);
/** A flag for each UTF-16 code that is a currency symbol (each is one character): one load per test. */
const CURRENCY_SYMBOL_CODES = new Uint8Array(0x10000);
for (const symbol of CURRENCY_SYMBOLS.keys()) CURRENCY_SYMBOL_CODES[symbol.charCodeAt(0)] = 1;

const isCurrencyCode = (word: string): boolean =>
  CURRENCY_CODE_SHAPES.mayHold(word) && CURRENCY_CODES.has(word);
/** Month names in capitals, as timelines write them: "AUG. 14, 2025". */
const CAPITALS_MONTHS: ReadonlySet<string> = new Set([...MONTHS].map((month) => month.toUpperCase()));
const isMonthName = (word: string): boolean =>
  MONTH_SHAPES.mayHold(word) && (MONTHS.has(word) || CAPITALS_MONTHS.has(word));

/** The ISO code of the currency symbol at `i`, if one stands there. */
function currencySymbolAt(text: string, i: number): string | undefined {
  return CURRENCY_SYMBOL_CODES[text.charCodeAt(i)] === 1 ? CURRENCY_SYMBOLS.get(text[i]) : undefined;
}

/** Currency written before the digits at `at` (`$`, `US$`, `£ `, `USD `), as its start and ISO code. */
function currencyBefore(text: string, at: number): { start: number; code: string } | null {
  let i = at;
  if (i > 0 && isInlineSpace(text.charCodeAt(i - 1))) i--;
  const symbol = i > 0 ? currencySymbolAt(text, i - 1) : undefined;
  if (symbol) {
    const symbolStart = i - 1;
    if (text[symbolStart] === '$') {
      const nation = DOLLAR_NATION_BEFORE.exec(text.slice(Math.max(0, symbolStart - 6), symbolStart));
      if (nation) {
        const letters = lowerCase(nation[1].replace(/\./g, ''));
        // a lone letter only when written against the sign: `A$5`, not `a $5 fee`
        if (letters.length > 1 || !nation[2]) {
          return {
            start: symbolStart - nation[0].length + nation[0].indexOf(nation[1]),
            code: DOLLAR_PREFIXES.get(letters) as string,
          };
        }
      }
    }
    return { start: symbolStart, code: symbol };
  }
  const word = wordBefore(text, at);
  if (word && at - word.end <= 1 && isCurrencyCode(word.original)) {
    return { start: word.start, code: word.original };
  }
  if (endsWithS(text, at)) {
    const abbreviation = wordBefore(text, at, true);
    const code = abbreviation && CURRENCY_ABBREVIATIONS.get(abbreviation.original);
    if (code && at - abbreviation.end <= 2) return { start: abbreviation.start, code };
  }
  return null;
}

/** Whether an "s" ends the word before `at`, past a space and a stop: the test before CURRENCY_ABBREVIATIONS. */
function endsWithS(text: string, at: number): boolean {
  let i = at;
  if (i > 0 && isInlineSpace(text.charCodeAt(i - 1))) i--;
  if (i > 0 && text.charCodeAt(i - 1) === 46) i--;
  return i > 1 && text.charCodeAt(i - 1) === 115;
}

/** Currencies written as an abbreviation before the amount, with or without a stop: "Rs 500", "Bs. 340". */
const CURRENCY_ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ['Rs', 'INR'],
  ['Bs', 'VES'],
]);

/**
 * Whether `%`, `per`, `pct`, `bas` or `bps` follows `at` past inline spaces, in either case: how every percent
 * and points pattern begins, tested before running the four of them on each number (`people` and `by` are
 * common). `| 32` lower-cases an ASCII letter and leaves every other code unequal to a lower-case letter.
 */
function mayBePercentOrPoints(text: string, at: number): boolean {
  let i = at;
  while (i < text.length && isInlineSpace(text.charCodeAt(i))) i++;
  const first = text.charCodeAt(i);
  if (first === 37) return true;
  const second = text.charCodeAt(i + 1) | 32;
  const third = text.charCodeAt(i + 2) | 32;
  if ((first | 32) === 112) return (second === 101 && third === 114) || (second === 99 && third === 116);
  return (first | 32) === 98 && (second === 97 || second === 112) && third === 115;
}

/** Currency or percent named after the amount, as the new end and unit. */
function unitAfter(text: string, at: number): { end: number; unit: string } | null {
  if (mayBePercentOrPoints(text, at)) {
    let match = stickyMatch(PERCENT_SIGN, text, at) ?? stickyMatch(PERCENT_WORDS, text, at);
    if (match) return { end: at + match[0].length, unit: 'percent' };
    match = stickyMatch(POINT_WORDS, text, at);
    if (match) return { end: at + match[0].length, unit: 'percentage points' };
    match = stickyMatch(BASIS_POINT_WORDS, text, at);
    if (match) return { end: at + match[0].length, unit: 'basis points' };
  }
  // `100€`, `15 €`, `100元`: a sign after the amount, unless it opens the next amount
  const signAt = isInlineSpace(text.charCodeAt(at)) ? at + 1 : at;
  const sign = currencySymbolAt(text, signAt) ?? (text.charCodeAt(signAt) === 0x5143 ? 'CNY' : undefined);
  if (sign && !isDigit(text.charCodeAt(signAt + 1)) && !isDigit(text.charCodeAt(signAt + 2))) {
    return { end: signAt + 1, unit: sign };
  }
  const word = wordAfter(text, at);
  if (!word || word.start === at) return null;
  if (isCurrencyCode(word.original)) return { end: word.end, unit: word.original };
  if (word.lower === 'pence' || word.lower === 'cents') return { end: word.end, unit: word.lower };
  if (!CURRENCY_NAME_SHAPES.mayHold(word.lower)) return null;
  const nation = DOLLAR_NATIONS.get(word.lower);
  if (nation) {
    const next = wordAfter(text, word.end);
    if (next && (next.lower === 'dollars' || next.lower === 'dollar')) return { end: next.end, unit: nation };
    return null;
  }
  const currency = CURRENCY_WORDS.get(word.lower);
  if (currency) {
    const next = wordAfter(text, word.end);
    if (next && next.lower === 'sterling') return { end: next.end, unit: currency };
    if (
      (word.lower === 'pounds' || word.lower === 'pound') &&
      ((next?.lower === 'of' && isWeighed(text, next.end)) || stickyMatch(KILOGRAMS_AFTER, text, word.end))
    )
      return null;
    return { end: word.end, unit: currency };
  }
  return null;
}

/** What sums of pounds are of ("millions of pounds of taxpayers' money"); the rest are weighed. */
const POUNDS_OF_MONEY = new Set(
  `money cash funding funds investment investments spending savings damage debt debts revenue revenues
  income aid support taxpayers public government state lottery subsidies cuts losses
  profit profits sales compensation assets donations business trade contracts the his her its their our
  your my this that these those`.split(/\s+/),
);

/** Pounds given again in kilograms: "3,000 pounds (about 1,360 kilograms)". */
const KILOGRAMS_AFTER =
  /[ \u00A0]*\((?:about |some |around |roughly |nearly )?[\d,.]+[ \u00A0]*(?:kg|kgs|kilos?|kilograms?)\b/iy;

/** Whether the pounds before `at` (just past their "of") weigh what follows: "38,000 pounds of cocaine". */
function isWeighed(text: string, at: number): boolean {
  const what = wordAfter(text, at);
  return what !== null && !POUNDS_OF_MONEY.has(what.lower);
}

/** Parts of a duration written against their digits ("1min 12sec", "5hr 02min"), and their seconds. */
interface DurationPart {
  seconds: number;
  unit: string;
}

const DURATION_PARTS: ReadonlyMap<string, DurationPart> = wordTable({
  hr: { seconds: 3600, unit: 'hours' },
  hrs: { seconds: 3600, unit: 'hours' },
  min: { seconds: 60, unit: 'minutes' },
  mins: { seconds: 60, unit: 'minutes' },
  sec: { seconds: 1, unit: 'seconds' },
  secs: { seconds: 1, unit: 'seconds' },
});
const DURATION_PART_AFTER = /[ \u00A0](\d{1,2}(?:\.\d+)?)(hrs?|mins?|secs?)\b/y;

/**
 * A duration whose first part, `value` of `first`, ends at `at`: one part alone keeps its own unit
 * ("a 45min delay"), and parts written after it in ever smaller units make it a count of seconds ("by
 * 1min 12sec" is 72 seconds, as a race's standings are read).
 */
function readDuration(
  text: string,
  at: number,
  value: number,
  first: DurationPart,
): { value: number; unit: string; end: number } {
  let seconds = value * first.seconds;
  let smallest = first.seconds;
  let end = at;
  for (
    let match = stickyMatch(DURATION_PART_AFTER, text, end);
    match;
    match = stickyMatch(DURATION_PART_AFTER, text, end)
  ) {
    const part = DURATION_PARTS.get(match[2]) as DurationPart;
    if (part.seconds >= smallest) break;
    seconds += Number(match[1]) * part.seconds;
    smallest = part.seconds;
    end += match[0].length;
  }
  return end === at ? { value, unit: first.unit, end } : { value: seconds, unit: 'seconds', end };
}

const WEATHER_WORDS =
  /\b(?:temperatures?|degrees|heat(?:wave)?|hot(?:test)?|warm(?:est)?|cold(?:est)?|cool|freezing|frost|highs?|lows?|weather|forecast)\b/i;

/** Whether the text around `at` is about the weather, where a lower-case `c` after digits is Celsius. */
function isWeather(text: string, at: number): boolean {
  return WEATHER_WORDS.test(text.slice(Math.max(0, at - 80), Math.min(text.length, at + 80)));
}

/** Whether a label word stands right before the number at `at`: `grade 4c`, `Section 3c`. */
function isLabelled(text: string, at: number): boolean {
  const before = wordBefore(text, at);
  return before !== null && DESIGNATORS.has(before.lower);
}

/** Video resolutions written as lines and `p`. */
const VIDEO_LINES = new Set(['240', '360', '480', '576', '720', '1080', '1440', '2160', '4320']);

/**
 * A model number with its variant, written as one word: `787-9`, `737-800`, `777-300ER`, `747-8s`. The variant
 * is one digit, hundreds, or has letters, which keeps out scores such as `104-98`.
 */
const MODEL_NUMBER =
  /^[1-9]\d{2,3}[-–](?:\d|\d{1,2}00|\d{1,4}[A-Za-z]{1,3})s?(?![\w-])(?![ \u00A0\u2009\u202F]\d)/;

/** Determiners before a model number: `the 787-9 entered service`. */
const MODEL_DETERMINERS = new Set([
  'the',
  'a',
  'an',
  'its',
  'their',
  'his',
  'her',
  'our',
  'this',
  'that',
  'each',
  'every',
]);

/** A model number after a count or before a vehicle noun, where a two-digit variant is safe too: `40 787-10 jets`. */
const COUNTED_MODEL_NUMBER = /^[1-9]\d{2,3}[-–]\d{1,4}[A-Za-z]{0,3}s?(?![\w-])(?![ \u00A0\u2009\u202F]\d)/;

/**
 * Whether the digits at `low` start a model number that is a name: after a count (`twelve 787-9 jets`) or a
 * name (`Boeing 787-9`), or before a vehicle noun (`747-8 freighters`), in a sentence that is not about a
 * result (`England 250-9` in a cricket report is a score).
 */
function isModelNumber(text: string, low: Quantity): boolean {
  if (!low.bare || low.kind !== 'digits') return false;
  // the digits are bare, so the model number's dash must follow them
  const dash = text.charCodeAt(low.coreEnd);
  if (dash !== 45 && dash !== 0x2013) return false;
  const model = COUNTED_MODEL_NUMBER.exec(text.slice(low.coreStart, low.coreStart + 24));
  if (!model) return false;
  const after = wordAfter(text, low.coreStart + model[0].length);
  const before = wordBefore(text, low.coreStart);
  const joined = before !== null && before.end === low.coreStart - 1;
  const counted =
    (isDigit(text.charCodeAt(low.coreStart - 2)) && isInlineSpace(text.charCodeAt(low.coreStart - 1))) ||
    (joined && (UNIT_WORDS.has(before.lower) || TENS_WORDS.has(before.lower))) ||
    (after !== null && VEHICLE_NOUNS.has(after.lower));
  const named =
    joined &&
    ((isUpper(text.charCodeAt(before.start)) && !startsSentence(text, before.start)) ||
      MODEL_DETERMINERS.has(before.lower)) &&
    MODEL_NUMBER.test(model[0]);
  // `a 250-9 total`, `the 110-2 win`: a result
  if (after && (SCORE_WORDS.has(after.lower) || after.lower === 'total')) return false;
  return (counted || named) && !isResultSentence(sentenceText(text, low.coreStart));
}

/** `20 737-800 jets`: a small count, a space, and a model number, which is no phone number. */
function countBeforeModel(text: string, low: Quantity): boolean {
  const previous = text.charCodeAt(low.coreStart - 1);
  return (
    low.bare &&
    low.value < 1000 &&
    text.charCodeAt(low.coreStart) !== 48 &&
    previous !== 43 && // +
    previous !== 40 && // (
    isInlineSpace(text.charCodeAt(low.coreEnd)) &&
    isDigit(text.charCodeAt(low.coreEnd + 1)) &&
    COUNTED_MODEL_NUMBER.test(text.slice(low.coreEnd + 1, low.coreEnd + 24))
  );
}

const SCALE_SHAPES = new WordShapes([...SCALE_WORDS.keys()], [...SPACED_SCALES.keys()]);

/**
 * End of the digits at `at` as DIGITS reads them. DIGITS reads past the run of digits only over a group separator
 * or decimal point with a digit after it (`1,200`, `15 000`, `2.5`), which most numbers lack.
 */
function digitsEnd(text: string, at: number): number {
  let end = at;
  while (isDigit(text.charCodeAt(end))) end++;
  const next = text.charCodeAt(end);
  const separated = next === 44 || next === 46 || isInlineSpace(next);
  return separated && isDigit(text.charCodeAt(end + 1)) ? stickyEnd(DIGITS, text, at) : end;
}

/** Groups of three digits after a first group of one to three, each after a dot: `3.800`, `1.250.000`. */
const DOTTED_THOUSANDS = /[1-9]\d{0,2}(?:\.\d{3})+(?!\d|[.,]\d)/y;
const DOTS = /\./g;

/**
 * The end of an amount written with dots between its thousands, as much of the world writes them (`Bs 3.800`,
 * `€1.250.000`), starting at `at`; or 0. Two dots or more make it so. One dot may also be a decimal point
 * (`$1.085 to the euro`, `€1.789 a litre`): it is read as thousands only where the three digits after it end
 * in two zeros, which a price or a rate written to the thousandth does not, and no scale follows (`$1.500
 * billion`).
 */
function dottedThousandsEnd(text: string, at: number): number {
  const end = stickyEnd(DOTTED_THOUSANDS, text, at);
  if (end < 0) return 0;
  // Two dots or more: the last dot of the match is not its first.
  if (text.lastIndexOf('.', end - 1) !== text.indexOf('.', at)) return end;
  if (text.charCodeAt(end - 1) !== 48 || text.charCodeAt(end - 2) !== 48 || isLetter(text.charCodeAt(end)))
    return 0;
  const next = wordAfter(text, end);
  return next && SCALE_SHAPES.mayHold(next.lower) && SCALE_WORDS.has(next.lower) ? 0 : end;
}

/** Reads digits at `at` with their currency, scale, suffix and unit. */
function readDigits(text: string, at: number, floor: number): Quantity {
  let coreEnd = digitsEnd(text, at);
  // `20 737-800 jets`: a count before a model number, not one number grouped by a space; the last group is a
  // space and three digits
  const lastGroup = coreEnd - 4;
  if (
    lastGroup > at &&
    isInlineSpace(text.charCodeAt(lastGroup)) &&
    isDigit(text.charCodeAt(lastGroup + 1)) &&
    isDigit(text.charCodeAt(lastGroup + 2)) &&
    isDigit(text.charCodeAt(lastGroup + 3)) &&
    COUNTED_MODEL_NUMBER.test(text.slice(lastGroup + 1, lastGroup + 24))
  ) {
    coreEnd = stickyEnd(DIGITS, text.slice(0, lastGroup), at);
  }
  // what the digits hold besides digits: a decimal point, group separators
  let onlyDigits = true;
  let grouped = false;
  let integer = 0;
  for (let i = at; i < coreEnd; i++) {
    const code = text.charCodeAt(i);
    if (isDigit(code)) {
      integer = integer * 10 + (code - 48);
      continue;
    }
    onlyDigits = false;
    if (code !== 46) grouped = true;
  }
  // `.25` standing alone is a decimal; after a digit or letter it is part of a version or address
  const leadingPoint =
    at > floor && text.charCodeAt(at - 1) === 46 && (at === 1 || isWhitespace(text.charCodeAt(at - 2)));
  // plain digits, as most numbers are written, are exact as `integer` up to 15 of them (below 2 ** 53), and
  // need no string cut from the text
  const plainInteger = onlyDigits && !leadingPoint && coreEnd - at <= 15;
  const raw = plainInteger ? '' : leadingPoint ? `0.${text.slice(at, coreEnd)}` : text.slice(at, coreEnd);
  // The digits as written, cut only for the few rules that read them; before dotted thousands move coreEnd.
  const writtenEnd = coreEnd;
  const writtenDigits = () => raw || text.slice(at, writtenEnd);
  const coreStart = leadingPoint ? at - 1 : at;
  const quantity: Quantity = {
    start: coreStart,
    end: coreEnd,
    coreStart,
    coreEnd,
    value: plainInteger ? integer : Number(grouped ? raw.replace(GROUP_SEPARATORS, '') : raw),
    scale: 1,
    unit: null,
    kind: 'digits',
    qualifier: null,
    bare: onlyDigits && !leadingPoint,
    reject: null,
  };
  const currency = leadingPoint ? null : currencyBefore(text, at);
  if (currency && currency.start >= floor) {
    quantity.start = currency.start;
    quantity.unit = currency.code;
    quantity.bare = false;
  }
  // Only an amount of money is read with dots between its thousands, and only one whose digits end with a
  // dot and three digits: the cheap test before the pattern.
  if (quantity.unit !== null && text.charCodeAt(coreEnd - 4) === 46) {
    const thousandsEnd = dottedThousandsEnd(text, at);
    if (thousandsEnd > 0) {
      coreEnd = thousandsEnd;
      quantity.end = quantity.coreEnd = coreEnd;
      quantity.value = Number(text.slice(at, coreEnd).replace(DOTS, ''));
    }
  }
  let end = coreEnd;
  // character codes, where `text[i]` on a two-byte text would make a string of each character: `°`, `C`, `F`
  if (text.charCodeAt(end) === 0xb0) {
    const scaleLetter = text.charCodeAt(end + 1);
    quantity.unit = scaleLetter === 67 ? 'celsius' : scaleLetter === 70 ? 'fahrenheit' : 'degrees';
    quantity.bare = false;
    end += quantity.unit === 'degrees' ? 1 : 2;
  }
  const suffixEnd = lettersEnd(text, end);
  if (suffixEnd > end) {
    const suffix = wordAt(text, end, suffixEnd).lower;
    const followedByAlnum = isDigit(text.charCodeAt(suffixEnd)) || isAsciiLetter(text.charCodeAt(suffixEnd));
    quantity.bare = false;
    if (followedByAlnum) {
      quantity.reject = 'run';
    } else if (SCALE_WORDS.get(suffix) || suffix === 'hundred') {
      // `2.5million`, written without the space
      quantity.scale = SCALE_WORDS.get(suffix) ?? 100;
      end = suffixEnd;
    } else if (suffix === 'k' && text[end] === 'K' && !quantity.unit && quantity.value < 10) {
      // `4K`, `8K`: screen resolutions, not thousands
      quantity.reject = 'run';
    } else if (suffix === 'mm' && (quantity.unit || text.slice(end, suffixEnd) === 'MM')) {
      // finance writes `$1MM` for a million
      quantity.scale = 1e6;
      end = suffixEnd;
    } else if (
      SCALE_SUFFIXES.get(suffix) &&
      (suffix !== 'b' || quantity.unit || !Number.isInteger(quantity.value)) &&
      (suffix !== 't' || quantity.unit)
    ) {
      // `100m final`, `a 1.85m-tall man`
      const next =
        text[suffixEnd] === '-' ? wordAfter(text, suffixEnd + 1, true) : wordAfter(text, suffixEnd);
      if (suffix === 'm' && !quantity.unit && isEventName(text, quantity.start, next, suffixEnd)) {
        // `the women's 400m hurdles`, `won the 1500m`: the name of an event, as `F-35` names a jet
        quantity.reject = 'expression';
      } else if (suffix === 'm' && !quantity.unit && text.startsWith('/s', suffixEnd)) {
        quantity.unit = 'm/s';
      } else if (
        (suffix === 'm' || suffix === 'k') &&
        !quantity.unit &&
        (isDistance(text, quantity.start, next) ||
          (suffix === 'm' &&
            (isFieldEventMark(text, quantity, suffixEnd, next) || isAltitude(text, quantity))))
      ) {
        quantity.unit = suffix === 'm' ? 'metres' : 'km';
      } else {
        quantity.scale = SCALE_SUFFIXES.get(suffix) as number;
      }
      end = quantity.unit === 'm/s' ? suffixEnd + 2 : suffixEnd;
    } else if (suffix === 'pc' || suffix === 'pct') {
      quantity.unit = 'percent';
      end = suffixEnd;
    } else if (
      suffix === 'p' &&
      !quantity.unit &&
      (VIDEO_LINES.has(writtenDigits()) || isLabelled(text, at))
    ) {
      // `1080p`, `720p`: a video resolution, not pence; `section 3p` a label
      quantity.reject = 'run';
    } else if (suffix === 'p' && !quantity.unit) {
      quantity.unit = 'pence';
      end = suffixEnd;
    } else if (suffix === 'c' && !quantity.unit && isLabelled(text, at)) {
      // `grade 4c`: a label with a letter
      quantity.reject = 'run';
    } else if (suffix === 'c' && !quantity.unit && !isUpper(text.charCodeAt(end))) {
      // `99c` is cents, but `highs of 35c` degrees Celsius
      quantity.unit = isWeather(text, at) ? 'celsius' : 'cents';
      end = suffixEnd;
    } else if ((suffix === 'c' || suffix === 'f') && isUpper(text.charCodeAt(end)) && !quantity.unit) {
      // `35C`, `95F`; a lower-case `c` could be cents
      quantity.unit = suffix === 'c' ? 'celsius' : 'fahrenheit';
      end = suffixEnd;
    } else if (DURATION_PARTS.has(suffix) && !quantity.unit) {
      const duration = readDuration(
        text,
        suffixEnd,
        quantity.value,
        DURATION_PARTS.get(suffix) as DurationPart,
      );
      quantity.value = duration.value;
      quantity.unit = duration.unit;
      end = duration.end;
    } else if (MEASURE_SUFFIXES.has(suffix) && !quantity.unit) {
      quantity.unit = suffix;
      end = suffixEnd;
    } else if (suffix === 'am' || suffix === 'pm') {
      quantity.reject = 'expression';
      end = suffixEnd;
    } else if (
      suffix === 's' &&
      /^10+$/.test(writtenDigits().replace(GROUP_SEPARATORS, '')) &&
      quantity.value >= 100
    ) {
      // `1000s of people`, `100s more`: a vague plural written in digits
      quantity.kind = 'vague';
      quantity.qualifier = 'at_least';
      end = suffixEnd;
    } else {
      // ordinals (1st, 3rd), decades and plural designations (1990s, B-52s), codes (18E, 4G)
      quantity.reject = 'run';
    }
  }
  if (!quantity.reject && quantity.scale === 1 && suffixEnd === coreEnd) {
    // "the $1.2-billion expansion": a scale joined by a hyphen, as a modifier is written.
    const hyphenated = text.charCodeAt(end) === 45;
    const scaleWord = hyphenated ? wordAfter(text, end + 1, true) : wordAfter(text, end);
    if (scaleWord && (hyphenated ? HYPHENATED_SCALES.has(scaleWord.lower) : scaleWord.start > end)) {
      // a key of SPACED_SCALES is in lower case, so the shape of the lower-case word rules out both tables
      const scale = SCALE_SHAPES.mayHold(scaleWord.lower)
        ? (SCALE_WORDS.get(scaleWord.lower) ?? SPACED_SCALES.get(scaleWord.original) ?? 0)
        : 0;
      if (scale && !isLetter(text.charCodeAt(scaleWord.end))) {
        quantity.scale = scale;
        quantity.bare = false;
        end = scaleWord.end;
      }
    }
  }
  if (!quantity.reject) {
    const unit = unitAfter(text, end);
    if (unit && (quantity.unit === null || unit.unit === 'percent')) {
      quantity.unit = unit.unit;
      quantity.bare = false;
      end = unit.end;
    }
  }
  quantity.end = end;
  quantity.value = scaled(quantity.value, quantity.scale);
  return quantity;
}

/** Scales written whole that a hyphen joins to their number: "a $1.2-billion expansion". */
const HYPHENATED_SCALES: ReadonlySet<string> = new Set(['million', 'billion', 'trillion']);

/**
 * `value` times `scale`, as written: 4.1 times a million is 4,099,999.9999999995 in binary floating point,
 * which would reach users' spreadsheets, so the product is rounded to the 15 significant digits a double
 * holds exactly.
 */
function scaled(value: number, scale: number): number {
  const product = value * scale;
  // Most products are whole, and exact: only the rest are rounded, which costs a string.
  return scale === 1 || Number.isInteger(product) ? product : Number(product.toPrecision(15));
}

/** A vague amount read from `word`, spanning `start` to `end`. */
function vagueQuantity(
  word: Word,
  start: number,
  end: number,
  value: number,
  unit: string | null,
  qualifier: Qualifier,
): Quantity {
  return {
    start,
    end,
    coreStart: word.start,
    coreEnd: word.end,
    value,
    scale: 1,
    unit,
    kind: 'vague',
    qualifier,
    bare: false,
    reject: null,
  };
}

/** Sticky `pattern`, which opens with a space and `of`, matched at `at`; run only after a space and an `o`. */
function ofPhraseAt(pattern: RegExp, text: string, at: number): RegExpExecArray | null {
  return isSpaceThenLetter(text, at, 111) ? stickyMatch(pattern, text, at) : null;
}

/** Reads `dozens`, `scores of`, `tens of thousands`, `hundreds of thousands`, `a handful`. */
function readVague(text: string, word: Word, floor: number): Quantity | null {
  if (word.lower === 'handful') {
    const article = wordBefore(text, word.start);
    if (!article || (article.lower !== 'a' && article.lower !== 'an') || article.start < floor) return null;
    return vagueQuantity(word, article.start, word.end, 5, null, 'approximately');
  }
  let value = VAGUE_PLURALS.get(word.lower) as number;
  let end = word.end;
  const ofScale = ofPhraseAt(OF_BIG_SCALE, text, end);
  if (word.lower === 'tens') {
    if (!ofScale) return null;
    value = 10;
  }
  if (word.lower === 'scores' && !ofPhraseAt(OF_WORD, text, end)) return null;
  if (ofScale && (word.lower === 'tens' || word.lower === 'hundreds' || word.lower === 'dozens')) {
    value *= VAGUE_PLURALS.get(lowerCase(ofScale[1])) as number;
    end += ofScale[0].length;
  }
  const money = ofPhraseAt(OF_MONEY, text, end);
  const unit = money ? (CURRENCY_WORDS.get(lowerCase(money[1])) as string) : null;
  return vagueQuantity(word, word.start, end, value, unit, 'at_least');
}

/** `several thousand`, `a few hundred`: at least the multiplier, read like the vague plurals. */
function readVagueMultiple(text: string, leader: Word, multiplier: Word): Quantity {
  const article = leader.lower === 'few' ? wordBefore(text, leader.start) : null;
  const start = article && article.lower === 'a' ? article.start : leader.start;
  const value = SCALE_WORDS.get(multiplier.lower) ?? (multiplier.lower === 'dozen' ? 12 : 100);
  return {
    start,
    end: multiplier.end,
    coreStart: multiplier.start,
    coreEnd: multiplier.end,
    value,
    scale: 1,
    unit: null,
    kind: 'vague',
    qualifier: 'at_least',
    bare: false,
    reject: null,
  };
}

/** The next word of a number written in words: after spaces, a hyphen, or a spaced hyphen (`fifty - two`). */
function wordAcross(text: string, at: number): Word | null {
  let i = at;
  while (i < text.length && i - at < 3 && isInlineSpace(text.charCodeAt(i))) i++;
  if (text.charCodeAt(i) === 45) {
    i++;
    if (isInlineSpace(text.charCodeAt(i))) i++;
  } else if (i === at) {
    return null;
  }
  return wordAfter(text, i, true);
}

/** The digits after `point` (`point zero three`, `point seventy-one`) as a fraction, with the last word read. */
function readDecimalWords(text: string, at: number): { fraction: number; last: Word } | null {
  let digits = '';
  let last: Word | null = null;
  for (let word = wordAcross(text, at); word; word = wordAcross(text, word.end)) {
    const unitValue = UNIT_WORDS.get(word.lower);
    const tensValue = TENS_WORDS.get(word.lower);
    if (tensValue !== undefined && digits === '') {
      const next = wordAcross(text, word.end);
      const unit = next ? UNIT_WORDS.get(next.lower) : undefined;
      if (next && unit !== undefined && unit > 0 && unit < 10)
        return { fraction: (tensValue + unit) / 100, last: next };
      return { fraction: tensValue / 100, last: word };
    }
    if (unitValue === undefined || (unitValue >= 10 && digits !== '')) break;
    digits += String(unitValue);
    last = word;
    if (unitValue >= 10) break;
  }
  return last ? { fraction: Number(`0.${digits}`), last } : null;
}

/** The shapes of the words a number in words goes on with; any other word ends it, as most words after one do. */
const NUMBER_WORD_SHAPES = new WordShapes(
  [...UNIT_WORDS.keys()],
  [...TENS_WORDS.keys()],
  [...SCALE_WORDS.keys()],
  DOZEN_WORDS,
  ['hundred', 'point', 'and'],
);

/** What a number word is worth in each table that holds it; a field is undefined where its table has not the word. */
interface NumberWordValues {
  unit: number | undefined;
  tens: number | undefined;
  scale: number | undefined;
  vague: number | undefined;
  dozen: boolean;
}

/**
 * The number words of every table in one: a word just read is hashed and looked up once, not once a table.
 * Built from the tables, which stay the reference.
 */
const NUMBER_WORD_VALUES: ReadonlyMap<string, NumberWordValues> = new Map(
  [
    ...UNIT_WORDS.keys(),
    ...TENS_WORDS.keys(),
    ...SCALE_WORDS.keys(),
    ...VAGUE_PLURALS.keys(),
    ...DOZEN_WORDS,
  ].map((word) => [
    word,
    {
      unit: UNIT_WORDS.get(word),
      tens: TENS_WORDS.get(word),
      scale: SCALE_WORDS.get(word),
      vague: VAGUE_PLURALS.get(word),
      dozen: DOZEN_WORDS.has(word),
    },
  ]),
);

/** Reads number words (`twenty-five`, `one hundred and five`, `a dozen`, `half a million`) starting at `first`. */
function readWords(text: string, first: Word, floor: number): Quantity | null {
  const firstValues = NUMBER_WORD_VALUES.get(first.lower);
  if (firstValues?.vague !== undefined || first.lower === 'handful' || first.lower === 'tens') {
    return readVague(text, first, floor);
  }
  let start = first.start;
  let total = 0;
  let current = 0;
  let scale = 1;
  let last: 'unit' | 'tens' | 'hundred' | 'scale' | 'dozen' | 'point' | null = null;
  let end = first.start;
  let word: Word | null = first;
  const leadsWithMultiplier =
    first.lower === 'hundred' || first.lower === 'dozen' || firstValues?.scale !== undefined;
  if (first.lower === 'half') {
    const article = wordAcross(text, first.end);
    const multiplier = article && article.lower === 'a' ? wordAcross(text, article.end) : null;
    const size = multiplier
      ? (SCALE_WORDS.get(multiplier.lower) ??
        (multiplier.lower === 'dozen' ? 12 : multiplier.lower === 'hundred' ? 100 : 0))
      : 0;
    if (!multiplier || !size) return null;
    current = 0.5;
    last = 'unit';
    end = article!.end;
    word = multiplier;
  } else if (leadsWithMultiplier) {
    const article = wordBefore(text, first.start);
    if (article && VAGUE_LEADERS.has(article.lower) && article.start >= floor) {
      return readVagueMultiple(text, article, first);
    }
    if (!article || (article.lower !== 'a' && article.lower !== 'an') || article.start < floor) return null;
    start = article.start;
    current = 1;
    last = 'unit';
    const sliceStart = Math.max(floor, article.start - 24);
    const fraction = FRACTION_OF.exec(text.slice(sliceStart, article.start));
    if (fraction) {
      start = sliceStart + fraction.index;
      current =
        (UNIT_WORDS.get(lowerCase(fraction[1])) ?? 1) /
        (FRACTION_DENOMINATORS.get(lowerCase(fraction[2])) as number);
    }
  }
  // `small` is the part of `current` after its hundreds, which `dozen` multiplies: `three hundred and two dozen`
  let small = last === 'unit' ? current : 0;
  while (word) {
    const lower = word.lower;
    if (!NUMBER_WORD_SHAPES.mayHold(lower)) break;
    const values = word === first ? firstValues : NUMBER_WORD_VALUES.get(lower);
    const unitValue = values?.unit;
    const tensValue = unitValue === undefined ? values?.tens : undefined;
    const scaleValue = unitValue === undefined && tensValue === undefined ? values?.scale : undefined;
    if (unitValue !== undefined) {
      if (last === 'unit' || last === 'dozen' || last === 'point') break;
      if (last === 'tens' && (unitValue === 0 || unitValue >= 10)) break;
      current += unitValue;
      small += unitValue;
      last = 'unit';
    } else if (tensValue !== undefined) {
      if (last === 'unit' || last === 'tens' || last === 'dozen' || last === 'point') break;
      current += tensValue;
      small += tensValue;
      last = 'tens';
    } else if (lower === 'hundred') {
      if (last === 'hundred' || last === 'dozen' || last === 'point' || current >= 100) break;
      current = (current || 1) * 100;
      small = 0;
      last = 'hundred';
    } else if (scaleValue !== undefined) {
      if (last === 'scale' && scaleValue > scale) {
        // `three lakh crore`
        total *= scaleValue;
      } else if (last === 'scale' || (total > 0 && scaleValue >= scale)) {
        break;
      } else {
        total += (current || 1) * scaleValue;
      }
      current = 0;
      small = 0;
      scale = scaleValue;
      last = 'scale';
    } else if (values?.dozen && (last === 'unit' || last === 'tens')) {
      current += small * 11;
      small = 0;
      last = 'dozen';
    } else if (lower === 'point' && last !== null && last !== 'point' && last !== 'dozen') {
      const decimals = readDecimalWords(text, word.end);
      if (!decimals) break;
      current += decimals.fraction;
      word = decimals.last;
      last = 'point';
    } else if (lower === 'and' && last !== null) {
      const next = wordAcross(text, word.end);
      if (!next) break;
      if (
        (last === 'hundred' || last === 'scale') &&
        (UNIT_WORDS.get(next.lower) ?? TENS_WORDS.get(next.lower)) !== undefined
      ) {
        word = next;
        continue;
      }
      const half = next.lower === 'a' ? wordAcross(text, next.end) : null;
      if ((last === 'unit' || last === 'tens') && half && half.lower === 'half') {
        current += 0.5;
        end = half.end;
        last = 'point';
        word = wordAcross(text, half.end);
        continue;
      }
      break;
    } else {
      break;
    }
    end = word.end;
    word = wordAcross(text, word.end);
  }
  if (end === first.start) return null;
  const value = total + current;
  const quantity: Quantity = {
    start,
    end,
    coreStart: first.start,
    coreEnd: end,
    value,
    scale: total > 0 ? scale : 1,
    unit: null,
    kind: 'words',
    qualifier: null,
    bare: false,
    reject: null,
  };
  const unit = unitAfter(text, end);
  if (unit) {
    quantity.unit = unit.unit;
    quantity.end = unit.end;
  }
  return quantity;
}

/** Reads one quantity starting at `at`, a digit or the start of a number word. */
function readQuantity(text: string, at: number, floor: number): Quantity | null {
  let quantity: Quantity | null;
  if (isDigit(text.charCodeAt(at))) {
    quantity = readDigits(text, at, floor);
  } else {
    const end = lettersEnd(text, at);
    if (end === at) return null;
    quantity = readWords(text, wordAt(text, at, end), floor);
  }
  if (
    quantity &&
    !quantity.reject &&
    quantity.scale === 1 &&
    quantity.unit !== null &&
    MAJOR_UNITS.has(quantity.unit)
  ) {
    addMinorUnits(text, quantity);
  }
  if (quantity && !quantity.reject && quantity.kind !== 'vague') applySign(text, quantity, floor);
  return quantity;
}

/** Words before a number that make it negative; `plus or minus 3%` is a margin, not a sign. */
const MINUS_WORD = asciiFirst(/(?<![\p{L}\p{N}])(?<!plus or )(?<!plus\/)(minus|negative)[ \u00A0]+$/iu);

/**
 * Whether spaces end at `at` after an `s` or `e` (or a letter beyond ASCII, which may case-fold to one): what
 * MINUS_WORD needs, tested before it.
 */
function mayFollowMinusWord(text: string, at: number): boolean {
  let i = at;
  if (!isSpaceOrNbsp(text.charCodeAt(i - 1))) return false;
  while (i > 0 && isSpaceOrNbsp(text.charCodeAt(i - 1))) i--;
  const last = text.charCodeAt(i - 1);
  const lower = last | 32; // lower-cases an ASCII letter
  return lower === 115 || lower === 101 || last > 127;
}

/** Whether the character code is one of `( [ { " “ ‘ '`, which may stand before a minus sign. */
const opensQuoteOrBracket = (code: number): boolean =>
  code === 40 ||
  code === 91 ||
  code === 123 ||
  code === 34 ||
  code === 0x201c ||
  code === 0x2018 ||
  code === 39;

/**
 * `-3.5%`, `fell to −2`, `minus 4 degrees`: a minus sign written against the number, or the word before it,
 * makes the value negative and joins the span. Not a dash after another number (`10 -20`), nor one joined to
 * a word (`Su-35`).
 */
function applySign(text: string, quantity: Quantity, floor: number): void {
  const at = quantity.start;
  const sign = text.charCodeAt(at - 1);
  if ((sign === 45 || sign === 0x2212) && at - 1 >= floor) {
    const before = text.charCodeAt(at - 2);
    if (at >= 2 && !isWhitespace(before) && !opensQuoteOrBracket(before)) return;
    let i = at - 2;
    while (i >= 0 && isInlineSpace(text.charCodeAt(i))) i--;
    if (i >= 0 && (isDigit(text.charCodeAt(i)) || text.charCodeAt(i) === 37)) return;
    quantity.start = at - 1;
  } else {
    const word = mayFollowMinusWord(text, at)
      ? MINUS_WORD.exec(text.slice(Math.max(floor, at - 20), at))
      : null;
    if (!word) return;
    const wordStart = at - word[0].length;
    const previous = wordBefore(text, wordStart);
    let i = wordStart;
    while (i > 0 && isInlineSpace(text.charCodeAt(i - 1))) i--;
    // `ten minus four`: a sum, not a sign
    if (i > 0 && isDigit(text.charCodeAt(i - 1))) return;
    if (previous && (UNIT_WORDS.has(previous.lower) || TENS_WORDS.has(previous.lower))) return;
    quantity.start = wordStart;
  }
  quantity.value = -quantity.value;
  quantity.bare = false;
}

const MAJOR_UNITS = new Set(['USD', 'GBP', 'EUR', 'AUD', 'CAD', 'NZD']);
const AND_JOIN = /[ \u00A0]+and(?=[ \u00A0])/iy;

/** `3 dollars 50 cents`, `thirteen dollars and forty-five cents`: adds the cents or pence to the amount. */
function addMinorUnits(text: string, quantity: Quantity): void {
  const and = stickyMatch(AND_JOIN, text, quantity.end);
  let at = quantity.end + (and ? and[0].length : 0);
  while (at < text.length && isInlineSpace(text.charCodeAt(at))) at++;
  if (at === quantity.end || !(isDigit(text.charCodeAt(at)) || isLetter(text.charCodeAt(at)))) return;
  const minor = isDigit(text.charCodeAt(at))
    ? readDigits(text, at, quantity.end)
    : readWords(text, wordAt(text, at, lettersEnd(text, at)), quantity.end);
  if (!minor || minor.reject || (minor.unit !== 'cents' && minor.unit !== 'pence') || minor.value >= 100)
    return;
  quantity.value += minor.value / 100;
  quantity.end = minor.end;
}

/** The start of a second quantity at `at`: digits, a currency symbol before digits, or a number word. */
function quantityStartAt(text: string, at: number): number {
  let i = at;
  const code = text.charCodeAt(i);
  // `from -10C to -5C`: a minus sign, which reading the quantity applies
  const minus = (text[i] === '-' || text[i] === '\u2212') && i > 0 && isInlineSpace(text.charCodeAt(i - 1));
  if (minus && isDigit(text.charCodeAt(i + 1))) {
    i++;
  } else if (currencySymbolAt(text, i) !== undefined) {
    i++;
  } else if (isUpper(code) && text.charCodeAt(i + 1) === 83 && text[i + 2] === '$') {
    i += 3;
  }
  if (isDigit(text.charCodeAt(i))) return i;
  if (i === at && isLetter(code)) {
    const end = lettersEnd(text, at);
    const lower = wordAt(text, at, end).lower;
    if (UNIT_WORDS.has(lower) || TENS_WORDS.has(lower)) return at;
  }
  return -1;
}

/** `6-4, 3-6, 7-5`: a pair next to another pair in a list is a set or game score. */
const SCORE_LIST_BEFORE = /\d[-–]\d{1,2}(?: \(\d{1,2}[-–]\d{1,2}\))?, $/;
const SCORE_LIST_AFTER = /^(?: \(\d{1,2}[-–]\d{1,2}\))?, \d{1,2}[-–]\d/;

/** A result such as `won 1-2`, `a 1-2 defeat` or `Chelsea 1-2 Arsenal`, where the pair is a score, not a range. */
function isScoreContext(text: string, low: Quantity, high: Quantity): boolean {
  let before = wordBefore(text, low.start);
  if (before && (before.lower === 'a' || before.lower === 'the')) before = wordBefore(text, before.start);
  const after = wordAfter(text, high.end);
  if (SCORE_LIST_BEFORE.test(text.slice(Math.max(0, low.start - 16), low.start))) return true;
  if (SCORE_LIST_AFTER.test(text.slice(high.end, high.end + 16))) return true;
  if (after && SCORE_WORDS.has(after.lower)) return true;
  // `won 3-1`, but `won 10-15 seats` is a range of things counted
  if (
    before &&
    SCORE_WORDS.has(before.lower) &&
    !(after && after.start === high.end + 1 && isCountNoun(text, after))
  )
    return true;
  if (isBarePairInResult(text, low, high, after)) return true;
  return (
    before !== null &&
    after !== null &&
    isUpper(text.charCodeAt(before.start)) &&
    isUpper(text.charCodeAt(after.start)) &&
    !COUNT_LEADERS.has(before.lower) &&
    !SENTENCE_OPENERS.has(before.lower)
  );
}

/** The sentence around `at`, cut at a full stop, question or exclamation mark followed by a space, or a line. */
function sentenceText(text: string, at: number): string {
  let start = at;
  while (start > 0 && at - start < 300) {
    const code = text.charCodeAt(start - 1);
    if (code === 10 || (/[.!?]/.test(text[start - 1]) && isWhitespace(text.charCodeAt(start)))) break;
    start--;
  }
  let end = at;
  while (end < text.length && end - at < 200) {
    const code = text.charCodeAt(end);
    if (
      code === 10 ||
      (/[.!?]/.test(text[end]) && (end + 1 >= text.length || isWhitespace(text.charCodeAt(end + 1))))
    )
      break;
    end++;
  }
  return text.slice(start, end);
}

/**
 * `lost to the Hawks 98-104 on Sunday`, `took 4-31 in the second innings`: two bare numbers joined by a dash
 * in a sentence of sport, or after a name in a sentence with a verb of winning or losing. Not when either has a unit or a plural noun follows the pair (`won 10-15
 * seats`), which is a range of things counted.
 */
function isBarePairInResult(text: string, low: Quantity, high: Quantity, after: Word | null): boolean {
  if (low.unit || high.unit || !low.bare || !high.bare || high.coreStart - low.coreEnd !== 1) return false;
  // the noun may follow an adjective: `3-4 yellow cards`
  const second = after ? wordAfter(text, after.end) : null;
  if (after && after.start === high.end + 1 && isCountNoun(text, after)) return false;
  if (
    after &&
    second &&
    second.start === after.end + 1 &&
    isCountNoun(text, second) &&
    !PREPOSITIONS.has(after.lower)
  )
    return false;
  const sentence = sentenceText(text, low.start);
  if (SPORT_SENTENCE_CUES.test(sentence)) return true;
  const name = wordBefore(text, low.start);
  return (
    name !== null &&
    name.end === low.start - 1 &&
    isUpper(text.charCodeAt(name.start)) &&
    !startsSentence(text, name.start) &&
    RESULT_VERBS.test(sentence)
  );
}

/** A sentence about a game's result: a word of sport, or a verb of winning or losing. */
function isResultSentence(sentence: string): boolean {
  return SPORT_SENTENCE_CUES.test(sentence) || RESULT_VERBS.test(sentence);
}

const PREPOSITIONS = new Set([
  'in',
  'on',
  'at',
  'to',
  'from',
  'after',
  'before',
  'with',
  'against',
  'for',
  'by',
  'and',
]);

/** A lower-case plural noun, as a count's unit: `seats`, `people`. */
function isCountNoun(text: string, word: Word): boolean {
  if (isUpper(text.charCodeAt(word.start))) return false;
  if (word.lower === 'people') return true;
  return word.end - word.start > 3 && word.lower.endsWith('s') && !word.lower.endsWith('ss');
}

function expressionOf(low: Quantity): NumberExpression {
  return {
    start: low.start,
    end: low.end,
    value: low.value,
    valueMax: null,
    unit: low.unit,
    qualifier: low.qualifier,
    vague: low.kind === 'vague',
  };
}

interface Reading {
  expression: NumberExpression | null;
  resumeAt: number;
}

/** Reads the expression at a candidate: one quantity, or a range or ratio of two. */
function readExpression(text: string, at: number, floor: number): Reading {
  const low = readQuantity(text, at, floor);
  if (!low) return { expression: null, resumeAt: lettersEnd(text, at) };
  if (low.reject === 'run') return { expression: null, resumeAt: runEnd(text, low.coreEnd) };
  if (low.kind === 'digits') {
    const phoneEnd = countBeforeModel(text, low) ? -1 : phoneNumberEnd(text, low);
    if (phoneEnd >= 0) return { expression: null, resumeAt: runEnd(text, phoneEnd) };
  }
  const expression = expressionOf(low);
  const high = readRatioOrRange(text, low, expression);
  return finish(text, low, high, expression, floor);
}

const isDash = (code: number): boolean => code === 45 || code === 0x2013 || code === 0x2014;

/**
 * Whether a dash, or `to`, `an`, `or` or `in` in either case, follows `at` past spaces: what every ratio, share
 * and range join needs (`-to-`, ` to one`, ` in `, ` and `), tested before their patterns run on each number
 * (`of`, `at`, `a` are common after one). `| 32` lower-cases an ASCII letter and leaves every other code
 * unequal to a lower-case letter.
 */
function mayJoinAnother(text: string, at: number): boolean {
  let i = at;
  while (isSpaceOrNbsp(text.charCodeAt(i))) i++;
  const first = text.charCodeAt(i);
  if (isDash(first)) return true;
  const letter = first | 32;
  const second = text.charCodeAt(i + 1) | 32;
  return (
    (letter === 116 && second === 111) ||
    (letter === 97 && second === 110) ||
    (letter === 111 && second === 114) ||
    (letter === 105 && second === 110)
  );
}

/**
 * Extends `expression` over a ratio (`two-to-one`, `3-to-1`, `two to one`, read as its first term) or a range
 * that follows `low`, and returns the second quantity read, if any.
 */
function readRatioOrRange(text: string, low: Quantity, expression: NumberExpression): Quantity | null {
  if (low.kind === 'vague' || !mayJoinAnother(text, low.end)) return null;
  // ` to one`: a space and a `t`, and three characters on a space and an `o`
  const toOne =
    isSpaceThenLetter(text, low.end, 116) && isSpaceThenLetter(text, low.end + 3, 111)
      ? stickyMatch(TO_ONE, text, low.end)
      : null;
  if (toOne) {
    expression.end = low.end + toOne[0].length;
    return null;
  }
  const share = readShare(text, low, expression);
  if (share) return share;
  const ratio =
    text.charCodeAt(low.end) === 45 && (text.charCodeAt(low.end + 1) | 32) === 116
      ? stickyMatch(RATIO_JOIN, text, low.end)
      : null;
  const secondAt = ratio ? quantityStartAt(text, low.end + ratio[0].length) : -1;
  const second = secondAt >= 0 ? readQuantity(text, secondAt, low.end) : null;
  if (second && !second.reject) {
    expression.end = second.end;
    return second;
  }
  return readRange(text, low, expression);
}

const IN_JOIN = /[ \u00A0]in[ \u00A0]/iy;

/** Words after `one in four` that make it a rate over a span or a set of events, not a share of a population. */
const NOT_A_POPULATION = new Set([
  'a',
  'an',
  'the',
  'separate',
  'different',
  'consecutive',
  'successive',
  'straight',
  'previous',
  'last',
  'recent',
  'other',
  'more',
  'fewer',
  'years',
  'months',
  'weeks',
  'days',
  'hours',
  'minutes',
  'seconds',
  'games',
  'matches',
  'starts',
  'appearances',
  'races',
  'attempts',
  'attacks',
  'strikes',
  'raids',
  'incidents',
  'cases',
  'seasons',
]);

/**
 * Extends `expression` over a share written as `1 in 4` or `two in five` (of a population: `1 in 4
 * patients`, `two in five named ...`), read as a percentage; returns the second quantity, or null.
 */
function readShare(text: string, low: Quantity, expression: NumberExpression): Quantity | null {
  if (low.unit !== null || low.scale !== 1 || !isSpaceThenLetter(text, low.end, 105)) return null;
  if (!stickyMatch(IN_JOIN, text, low.end)) return null;
  const highAt = quantityStartAt(text, low.end + 4);
  if (highAt < 0) return null;
  const high = readQuantity(text, highAt, low.end);
  if (!high || high.reject || high.kind !== low.kind || high.unit !== null || high.scale !== 1) return null;
  if (!(low.value >= 1 && low.value < high.value) || (high.bare && isYear(high.value))) return null;
  const next = wordAfter(text, high.end);
  if (next && next.start === high.end) return null;
  if (next && NOT_A_POPULATION.has(next.lower)) return null;
  expression.value = (low.value / high.value) * 100;
  expression.unit = 'percent';
  expression.end = high.end;
  return high;
}

/** A number and a space just before another: the numbers stand in a row, as a table's do. */
const ROW_OF_NUMBERS_BEFORE = /\d[ \t]+$/;

/** Extends `expression` into a range when a connector and a larger second quantity follow `low`. */
function readRange(text: string, low: Quantity, expression: NumberExpression): Quantity | null {
  const opener = wordBefore(text, low.start);
  const between = opener?.lower === 'between';
  const dash = stickyMatch(DASH_JOIN, text, low.end);
  const join = dash ?? stickyMatch(TO_JOIN, text, low.end);
  if (!join) return null;
  const connector = dash ? '-' : lowerCase(join[0].trim());
  if (connector === 'and' && !between) return null;
  // `four or five chances`: two counts offered as alternatives bound the count like a range
  if (connector === 'or' && (between || low.unit !== null)) return null;
  if (connector === 'to' && between) return null;
  // `fell 12p to 245p` and `rose from 10 to 12` are a change and its result, not a range
  if (connector === 'to' && opener) {
    const verb = opener.lower === 'from' ? wordBefore(text, opener.start) : opener;
    if (verb && CHANGE_VERBS.has(verb.lower)) return null;
  }
  const highAt = quantityStartAt(text, low.end + join[0].length);
  if (highAt < 0) return null;
  // a dash joins digits to digits, or repeats the currency sign: `$10-$12`, not `four-five` or `7-Eleven`
  const repeatsSign = low.unit !== null && text[low.end + join[0].length] === text[low.start];
  if (dash && (low.kind !== 'digits' || !(isDigit(text.charCodeAt(highAt)) || repeatsSign))) return null;
  const high = readQuantity(text, highAt, low.end);
  if (!high || high.reject || high.kind === 'vague') return null;
  let lowValue = low.value;
  // `15-20,000` means 15,000 to 20,000
  if (
    dash &&
    low.bare &&
    lowValue < 1000 &&
    /,000$/.test(text.slice(high.coreStart, high.coreEnd)) &&
    lowValue * 1000 < high.value
  ) {
    lowValue *= 1000;
  }
  if (
    low.scale === 1 &&
    high.scale > 1 &&
    lowValue * high.scale < high.value * 1.0000001 &&
    lowValue < high.value
  ) {
    lowValue = scaled(lowValue, high.scale);
  }
  const unit = high.unit ?? low.unit;
  if (low.unit && high.unit && low.unit !== high.unit) return null;
  if (!(lowValue < high.value)) return null;
  if (dash && isScoreContext(text, low, high)) return null;
  // `70 69 70 66 - 275`: a dash set off by spaces after a row of numbers leads to their total
  if (
    dash &&
    dash[0].length === 3 &&
    ROW_OF_NUMBERS_BEFORE.test(text.slice(Math.max(0, low.start - 4), low.start))
  )
    return null;
  expression.value = lowValue;
  expression.valueMax = high.value;
  expression.unit = unit;
  expression.qualifier = 'range';
  expression.end = high.end;
  if ((between || opener?.lower === 'from') && connector !== '-') expression.start = opener!.start;
  return high;
}

/** Applies the non-figure rules to a read expression. */
function finish(
  text: string,
  low: Quantity,
  high: Quantity | null,
  expression: NumberExpression,
  floor: number,
): Reading {
  const resumeAt = expression.end;
  if (expression.start < floor) expression.start = low.start >= floor ? low.start : low.coreStart;
  const dropped = notAFigure(text, low, high, expression);
  if (dropped === 'run') return { expression: null, resumeAt: Math.max(resumeAt, runEnd(text, low.coreEnd)) };
  if (dropped === 'year') {
    // `2019-20`, `2024/25`: the years joined to it go with it; most years stand alone
    const join = text.charCodeAt(resumeAt);
    const tailEnd = join === 45 || join === 0x2013 || join === 47 ? stickyEnd(YEAR_TAIL, text, resumeAt) : -1;
    return { expression: null, resumeAt: tailEnd >= 0 ? tailEnd : resumeAt };
  }
  if (dropped === 'labels' || dropped === 'label') {
    // `junctions 10 and 11`, `pages 12-14`: the numbers that follow are labels too
    const tail = stickyMatch(dropped === 'labels' ? LABELS_TAIL : LABEL_RANGE_TAIL, text, resumeAt);
    return { expression: null, resumeAt: resumeAt + (tail ? tail[0].length : 0) };
  }
  if (dropped) return { expression: null, resumeAt };
  if (
    !Number.isFinite(expression.value) ||
    (expression.valueMax !== null && !Number.isFinite(expression.valueMax))
  ) {
    return { expression: null, resumeAt };
  }
  return { expression, resumeAt };
}

/** Why a read expression is not a figure: `run` drops the non-space run, `year` and `label(s)` what follows too. */
type Drop = 'run' | 'year' | 'label' | 'labels' | 'expression' | null;
const LABELS_TAIL = /(?:[ \u00A0]*(?:,|&|and|or|to|-|–)[ \u00A0]*\d+[A-Za-z]?\b)+/iy;
/** A label's range or its place in a series: `pages 3 to 5`, `Image 2 of 5`, `Stage 15 of 21`. */
const LABEL_RANGE_TAIL = /(?:[ \u00A0]*(?:to|-|–|of)[ \u00A0]*\d+[A-Za-z]?\b)+/iy;

function notAFigure(text: string, low: Quantity, high: Quantity | null, expression: NumberExpression): Drop {
  if (low.reject) return low.reject;
  if (!high && isCompoundName(text, low)) return 'expression';
  if (low.kind === 'digits' || isDigit(text.charCodeAt(low.coreStart))) {
    const drop = digitShapeDrop(text, low, high);
    if (drop) return drop;
  } else if (low.kind === 'words') {
    const drop = wordShapeDrop(text, low);
    if (drop) return drop;
  }
  if (isDate(text, low, expression)) return 'expression';
  const mAfterDigits = low.kind === 'digits' && mayBeMinutesOrMillimetres(text, low.coreEnd);
  if (mAfterDigits && stickyMatch(READING_TIME_AFTER, text, low.coreEnd)) return 'expression';
  if (isAge(text, low, expression)) return 'expression';
  if (mAfterDigits && stickyMatch(CALIBRE_AFTER, text, low.coreEnd)) return 'expression';
  // `Article 5`, `page 119`, `junctions 10 and 11`; but `the top 1%` is a share, `volume 3 million` an amount
  // and `the game 3-1` a score
  const plain = expression.unit === null && low.scale === 1 && (low.kind === 'words' || low.bare);
  const before = plain ? wordBefore(text, low.start, true) : null;
  if (
    before &&
    DESIGNATOR_SHAPES.mayHold(before.lower) &&
    DESIGNATORS.has(before.lower) &&
    !isPeriodBefore(text, before) &&
    !isDescendingPair(text, low) &&
    !(
      before.lower === 'top' && TOP_VERB_BEFORE.test(text.slice(Math.max(0, before.start - 30), before.start))
    )
  ) {
    const plural = before.lower.endsWith('s') && DESIGNATORS.has(before.lower.slice(0, -1));
    return plural ? 'labels' : 'label';
  }
  if (before?.lower === 'day' && isDayOfAnEvent(text, expression.end)) return 'expression';
  const leader = wordBefore(text, expression.start)?.lower;
  // "$1.12 per $100 of assessed value", "9 deaths per 100,000 people", "25p to every £1": the base of a
  // rate counts nothing.
  if (leader === 'per') return 'expression';
  if (leader === 'every' && expression.unit !== null && MONEY_UNIT.test(expression.unit)) return 'expression';
  // "call 999", "dial 112", "Text WARM to 70085": a number to ring or text.
  if (
    (leader === 'call' || leader === 'dial' || leader === 'ring') &&
    low.bare &&
    low.coreEnd - low.coreStart >= 3 &&
    !CALL_AS_NOUN_BEFORE.test(text.slice(Math.max(0, expression.start - 16), expression.start))
  )
    return 'expression';
  if (
    leader === 'to' &&
    low.bare &&
    TEXT_TO_BEFORE.test(text.slice(Math.max(0, expression.start - 32), expression.start))
  )
    return 'expression';
  if (isStreetNumber(text, expression)) return 'expression';
  if (isSwimmingEvent(text, low)) return 'expression';
  // "a header on 31 minutes": the minute of a match something happened at; not "went on 31 minutes longer".
  if (leader === 'on' && low.bare && low.value <= MAX_MINUTE) {
    const next = wordAfter(text, expression.end);
    if (next?.lower === 'minutes' && MINUTE_ENDS_PHRASE.test(text.slice(next.end, next.end + 12)))
      return 'expression';
  }
  if (isInCitation(text, low)) return 'expression';
  if (isSlideCounter(text, low)) return 'expression';
  return null;
}

/** A gallery's counter, a line of its own: "1 of 8", "Photo 3 of 12", "Slide 4/10". */
const SLIDE_COUNTER = /^(?:(?:image|photo|picture|slide)\s+)?\d{1,3}\s*(?:of|\/)\s*\d{1,3}$/i;

/** The longest line a gallery's counter fills. */
const SLIDE_COUNTER_LENGTH = 20;

/** Whether `low` is a number of a gallery's counter, which counts no figure. */
function isSlideCounter(text: string, low: Quantity): boolean {
  // The line's start lies near, or the number is in no counter: look no further back than that.
  let start = low.start;
  while (start > 0 && text.charCodeAt(start - 1) !== 10) {
    if (low.start - start >= SLIDE_COUNTER_LENGTH) return false;
    start--;
  }
  const lineEnd = text.indexOf('\n', low.end);
  const end = lineEnd === -1 ? text.length : lineEnd;
  return end - start <= SLIDE_COUNTER_LENGTH && SLIDE_COUNTER.test(text.slice(start, end).trim());
}

/** A journal's volume, issue and pages in a reference: "J Ageing Res 2026; 14(3): 211-224". */
const CITATION = /\d{1,4}\(\d{1,3}\):\s?\d+(?:[-–]\d+)?/g;

/** Characters around a number within which the citation holding it may start and end. */
const CITATION_REACH = 16;

/** Whether "):" stands just before `at`, past a space perhaps: the end of an issue before its pages. */
function closesIssueBefore(text: string, at: number): boolean {
  const colon = text.charCodeAt(at - 1) === 32 ? at - 2 : at - 1;
  return text.charCodeAt(colon) === 58 && text.charCodeAt(colon - 1) === 41;
}

/** Whether `low` is part of a citation's volume, issue and pages, which count nothing. */
function isInCitation(text: string, low: Quantity): boolean {
  // A volume before its issue's bracket, an issue inside it, or pages after its "): ".
  if (
    text.charCodeAt(low.end) !== 40 &&
    text.charCodeAt(low.start - 1) !== 40 &&
    !closesIssueBefore(text, low.start)
  )
    return false;
  const from = Math.max(0, low.start - CITATION_REACH);
  const near = text.slice(from, low.end + CITATION_REACH);
  if (!near.includes('):')) return false;
  CITATION.lastIndex = 0;
  for (let match = CITATION.exec(near); match !== null; match = CITATION.exec(near)) {
    if (from + match.index <= low.start && low.end <= from + match.index + match[0].length) return true;
  }
  return false;
}

/** A stroke after a distance, which names a swimming event: "the 200 free", "women's 100 butterfly". */
const STROKE_AFTER =
  /[ \u00A0](?:free(?:style)?|fly|butterfly|back(?:stroke)?|breast(?:stroke)?|IM|individual medley|medley relay)\b/y;

/** Who or what a swimming event is named for, just before its distance. */
const EVENT_OWNER_BEFORE = /\b(?:the|(?:wo)?men['’]s|mixed)\s+$/i;

/** Whether the plain distance `low` and the stroke after it name a swimming event, which counts nothing. */
function isSwimmingEvent(text: string, low: Quantity): boolean {
  // A space and the first letter of a stroke first: most numbers are followed by neither.
  const stroke = text.charCodeAt(low.end + 1) | 32;
  return (
    (stroke === 102 || stroke === 98 || stroke === 105 || stroke === 109) && // f b i m
    low.unit === null &&
    low.scale === 1 &&
    stickyMatch(STROKE_AFTER, text, low.end) !== null &&
    EVENT_OWNER_BEFORE.test(text.slice(Math.max(0, low.start - 10), low.start))
  );
}

/** "a call 145 minutes later": "call" as a noun, which no number to ring follows. */
const CALL_AS_NOUN_BEFORE = /\b(?:a|the|one|his|her|their|its|that|this)\s+(?:call|ring)\s+$/i;

/** "Text WARM to": the short code a text is sent to. */
const TEXT_TO_BEFORE = /\btext\s+\S+\s+to\s+$/i;

/** Words after "day N" that go on with the sentence, not a noun that N counts: "on day five at tea". */
const AFTER_DAY_NUMBER: ReadonlySet<string> = new Set(
  'of at in on and as when after before with for to was is saw brought began ended started'.split(' '),
);

/**
 * Whether "day" and the number ending at `end` name a day of an event by its number ("on day five", "day
 * 12 of the trial"): nothing follows, or a word that goes on with the sentence; not "the day 12 people died".
 */
function isDayOfAnEvent(text: string, end: number): boolean {
  const next = wordAfter(text, end);
  if (next === null) return true;
  return AFTER_DAY_NUMBER.has(next.lower);
}

const DESIGNATOR_SHAPES = new WordShapes(DESIGNATORS);

/** A web page's reading time, which counts nothing in the story: `4 min read`. */
const READING_TIME_AFTER = /[ \u00A0-]?(?:min|mins|minutes?)[ \u00A0]+read\b/iy;

/** Words that make a designator a span of time: "in the past week 40 people died", "this season 12". */
const PERIOD_LEADERS = new Set([
  'past',
  'last',
  'this',
  'next',
  'every',
  'each',
  'per',
  'same',
  'whole',
  'entire',
]);
const PERIOD_DESIGNATORS = new Set(['week', 'season', 'round', 'stage', 'lap', 'phase', 'game']);

/** Whether the designator `word` names a span of time ("the past week") rather than one by number. */
function isPeriodBefore(text: string, word: Word): boolean {
  if (!PERIOD_DESIGNATORS.has(word.lower)) return false;
  const leader = wordBefore(text, word.start);
  return leader !== null && PERIOD_LEADERS.has(leader.lower);
}

/**
 * Whether an `m` follows digits ending at `at`, glued or after a space or hyphen: where a reading time
 * (`4 min read`) or a calibre (`30mm`) may be.
 */
function mayBeMinutesOrMillimetres(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  // `| 32` lower-cases an ASCII capital: 109 is `m`.
  if ((code | 32) === 109) return true;
  return (code === 45 || isInlineSpace(code)) && (text.charCodeAt(at + 1) | 32) === 109;
}

/** A calibre, which names a weapon or its rounds: "30mm cannon fire", "155mm shells", "a 120-mm mortar". */
const CALIBRE_AFTER =
  /(?:-|[ \u00A0])?(?:mm|millimet(?:re|er))[ \u00A0-](?:cannons?|guns?|rounds?|shells?|mortars?|howitzers?|artillery|ammunition|rifles?|machine[ -]guns?|rockets?)\b/iy;

/** `three-pointers`, `a 2-seater`: a number joined by a hyphen to a noun that names a kind of thing. */
function isCompoundName(text: string, low: Quantity): boolean {
  if (text.charCodeAt(low.end) !== 45 || low.unit !== null) return false;
  const word = wordAfter(text, low.end + 1, true);
  if (!word || isLetter(text.charCodeAt(word.end)) || text.charCodeAt(word.end) === 45) return false;
  const singular = word.lower.endsWith('s') ? word.lower.slice(0, -1) : word.lower;
  return NUMBER_COMPOUND_NOUNS.has(singular);
}

/** Whether the character before digits joins them into a path, time, tag or address: `/ : # @ _ = & ? \ .` */
const joinsDigitsAfter = (code: number): boolean =>
  code === 47 ||
  code === 58 ||
  code === 35 ||
  code === 64 ||
  code === 95 ||
  code === 61 ||
  code === 38 ||
  code === 63 ||
  code === 92 ||
  code === 46;

/**
 * A telephone number: `555-0142`, `555-867-5309`, `(202) 555-0187`; not a range such as `300-1000`, whose
 * second part does not start with a nought.
 */
const PHONE_NUMBER = /(?:\(\d{3}\)[ \u00A0]?\d{3}-\d{4}|\d{3}-\d{3}-\d{4}|\d{3}-0\d{3})(?!\d)/y;

/** A team's formation, single digits joined by hyphens: `4-3-3`, `4-2-3-1`. */
const FORMATION = /(?<![\d-])\d-\d(?:-\d)+(?![\d-])/y;

/** Whether the digit at `at` is one of a formation's: the chain of digits and hyphens around it is one. */
function isFormation(text: string, at: number): boolean {
  let start = at;
  while (start >= 2 && text.charCodeAt(start - 1) === 45 && isDigit(text.charCodeAt(start - 2))) start -= 2;
  return stickyMatch(FORMATION, text, start) !== null;
}

/** Rules that read the characters around digits: codes, clock times, years, phone numbers, designations. */
function digitShapeDrop(text: string, low: Quantity, high: Quantity | null): Drop {
  const at = low.coreStart;
  // character codes; NaN before the start or past the end of the text, unequal to any character
  const previous = text.charCodeAt(at - 1);
  const beforePrevious = text.charCodeAt(at - 2);
  if (low.unit === null || low.start === low.coreStart) {
    // a letter of any script joined to the digits: `Су-57` is as much a designation as `Su-57`
    if (at > 0 && isAnyLetter(text, at - 1)) return 'run';
    const joinedToLetter = at > 1 && isAnyLetter(text, at - 2);
    if ((previous === 45 || previous === 47 || previous === 46) && joinedToLetter) return 'run';
  }
  // `(n=1,250)`: a sample's size, not a code after an equals sign.
  const sampleSize =
    previous === 61 &&
    (beforePrevious | 32) === 110 &&
    (at === 2 || text.charCodeAt(at - 3) === 40 || isWhitespace(text.charCodeAt(at - 3)));
  if (joinsDigitsAfter(previous) && !sampleSize) return 'run';
  const next = text.charCodeAt(low.coreEnd);
  if ((next === 45 || next === 46 || next === 47) && stickyMatch(NUMERIC_DATE, text, at)) return 'run';
  if ((next === 45 || previous === 45) && isFormation(text, at)) return 'run';
  if (previous === 46 && isDigit(beforePrevious)) return 'run';
  // `Paris ’24`, `the class of '92`: a year cut to two digits
  if ((previous === 0x2019 || previous === 39) && low.bare && low.coreEnd - at === 2) return 'run';
  const afterNext = text.charCodeAt(low.coreEnd + 1);
  if ((next === 58 || next === 47 || next === 46) && isDigit(afterNext)) return 'run';
  // `1. Verstappen`, `2) Norris`, `(3) Piastri`: a list marker at the start of a line or sentence; not a
  // figure in brackets after another, `Ships: 6 (11)`
  if (
    (next === 46 || next === 41) &&
    isWhitespace(afterNext) &&
    low.bare &&
    startsSentence(text, previous === 40 ? at - 1 : at)
  ) {
    return 'expression';
  }
  if (isPlaceOrNameInSport(text, at, low, next)) return 'expression';
  // `a 29-second video`: the length of a recording, which the gold README names as no figure; `the 76-plate`
  if (next === 45 && stickyMatch(NAMED_BY_HYPHEN_AFTER, text, low.coreEnd)) return 'expression';
  // `(January 2015 = 100)`: the base of an index
  if (
    previous === 32 &&
    beforePrevious === 61 &&
    INDEX_BASE_BEFORE.test(text.slice(Math.max(0, at - 12), at))
  )
    return 'expression';
  if (isInningsOfLineScore(text, at)) return 'expression';
  // `7-Eleven`: digits joined to a capitalised word make a name
  if (next === 45 && isUpper(afterNext) && low.end === low.coreEnd) return 'run';
  if (mayBeClockAfter(text, low.end) && stickyMatch(CLOCK_AFTER, text, low.end)) return 'expression';
  if (isDottedClockTime(text, low)) return 'expression';
  if (low.bare && isTimeZoneAfter(text, low.end)) return 'expression';
  const digits = low.coreEnd - low.coreStart;
  if (low.bare && digits > 1 && text.charCodeAt(at) === 48) return 'run';
  if (
    digits === 3 &&
    (next === 45 || previous === 41) &&
    stickyMatch(PHONE_NUMBER, text, previous === 41 ? at - 1 : at)
  )
    return 'run';
  if (low.bare && digits === 4 && isYear(low.value) && !high && !isCountNotYear(text, low)) return 'year';
  if (high && high.kind === 'digits' && high.bare && low.bare && digits === 4 && isYear(low.value))
    return 'year';
  if (isModelNumber(text, low)) return 'run';
  if (low.bare && !high && isNamedNumber(text, low)) return 'expression';
  return null;
}

/**
 * Whether CLOCK_AFTER may match at `at`, after a space or not: `a.`, `am`, `p.`, `pm`, `o'`, `no` or `mi`
 * in either case (`of`, `and`, `people` are not).
 */
function mayBeClockAfter(text: string, at: number): boolean {
  const i = isSpaceOrNbsp(text.charCodeAt(at)) ? at + 1 : at;
  const first = text.charCodeAt(i) | 32;
  const second = text.charCodeAt(i + 1);
  if (first === 97 || first === 112) return second === 46 || (second | 32) === 109;
  if (first === 111) return second === 39 || second === 0x2019;
  if (first === 110) return (second | 32) === 111;
  return first === 109 && (second | 32) === 105;
}

const SCORE_AFTER = /^[-–]\d|^ (?:[A-Z][\w'’.&-]* ){1,3}\d{1,2}\b/;
const SCORE_BEFORE = /(?<![\d.,])\b\d{1,2} (?:[A-Z][\w'’.&-]* ){0,2}$/;
const WEEKDAY = /^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$/;

/** Where the line holding `at` starts, if only spaces or tabs stand between; else -1. */
function lineStartBefore(text: string, at: number): number {
  let i = at;
  while (i > 0 && isLineSpace(text.charCodeAt(i - 1))) i--;
  return i === 0 || text.charCodeAt(i - 1) === 10 ? i : -1;
}

/**
 * Whether the line starting at `lineStart` opens with the rank `rank` and a name: `2 Wexmoor Rovers 8, 15`,
 * or a rank shared, as a leaderboard marks a tie: `T2 T Ekdahl`, `=2 Osprey`.
 */
function opensWithRank(text: string, lineStart: number, rank: number): boolean {
  if (rank < 1) return false;
  let i = lineStart;
  while (isLineSpace(text.charCodeAt(i))) i++;
  if (text.charCodeAt(i) === 84 || text.charCodeAt(i) === 61) i++;
  const digits = String(rank);
  return text.startsWith(digits, i) && isRankedName(text, i + digits.length);
}

/**
 * A basketball shot or its line, named by its points: `3-point range`, `a 3-pointer`, `2-point shots`, a
 * box score's `3-pt:` line.
 */
const SHOT_NAMED_BY_POINTS =
  /-(?:point(?:ers?\b|\s+(?:range|line|shots?|attempts?|baskets?|field goals?|plays?|arc)\b)|pt\b)/iy;

/** The label of a football match's scorers, whose numbers are the minutes of their goals. */
const SCORERS_LABEL = /^[ \t]*(?:Scorers?|Goalscorers?)\s*(?:\([^)\n]*\))?:/i;

/** What may follow the minute of a match: the end of the phrase. */
const MINUTE_ENDS_PHRASE = /^(?:\s*[,.;:)]|\s*$|\s+(?:and|but|to|when|before|after|as|in|from|with)\b)/;

/** The latest minute a goal is written at, extra time and stoppage time included. */
const MAX_MINUTE = 130;

/**
 * `Scorers: Okoro 23, 67; Dane 81`: a minute of a goal, in the line that names the scorers. Asked only of a
 * number after a name or after another number and a comma, as the minutes of such a line stand.
 */
function isMinuteOfGoal(text: string, at: number): boolean {
  if (text.charCodeAt(at - 1) !== 32) return false;
  const before = text.charCodeAt(at - 2);
  if (before === 44) {
    if (!isDigit(text.charCodeAt(at - 3))) return false;
  } else {
    let wordStart = at - 1;
    while (wordStart > 0 && isAsciiLetter(text.charCodeAt(wordStart - 1))) wordStart--;
    if (wordStart === at - 1 || !isUpper(text.charCodeAt(wordStart))) return false;
  }
  // A line of scorers is short: its start lies near, or it is none.
  const floor = Math.max(0, at - MAX_SCORERS_REACH);
  let lineStart = at;
  while (lineStart > floor && text.charCodeAt(lineStart - 1) !== 10) lineStart--;
  if (lineStart > 0 && text.charCodeAt(lineStart - 1) !== 10) return false;
  return SCORERS_LABEL.test(text.slice(lineStart, at));
}

/** How far into its line of scorers a minute of a goal may stand. */
const MAX_SCORERS_REACH = 160;

/**
 * The numbers of sport's tables, results and terms that count nothing: a rank or a place, a minute of a
 * goal, a kind of shot or a race named by its points or distance. `next` is the character after the digits.
 */
function isPlaceOrNameInSport(text: string, at: number, low: Quantity, next: number): boolean {
  if (low.bare) {
    if (isRankInTable(text, at, low) || isPlaceBeforeInitialledName(text, at, low)) return true;
    if (low.value <= MAX_MINUTE && isMinuteOfGoal(text, at)) return true;
  }
  if (low.value <= 4 && next === 45 && stickyMatch(SHOT_NAMED_BY_POINTS, text, low.coreEnd)) return true;
  return isRaceNamedByUnit(text, low);
}

/** A place in a list of results, before a name with an initial: `1 D Brennan`, `2 S. Oduya`. */
const RANK_BEFORE_INITIALLED_NAME = /[ \t]+[A-Z]\.? [A-Z][a-z]/y;

/** What stands before a place in a list of results: the start of a line, a label's colon, or a comma. */
const RESULTS_ITEM_BEFORE = /(?:^|\n|[:,])[ \t]*$/;

/** `Men: 1 E Matthiessen 2:04:31, 2 S Oduya 2:04:42`: a finishing place in a list of results. */
function isPlaceBeforeInitialledName(text: string, at: number, low: Quantity): boolean {
  return (
    low.value < 1000 &&
    // Cheap test first: a capital, then a space or a full stop, two characters on.
    isUpper(text.charCodeAt(low.coreEnd + 1)) &&
    (text.charCodeAt(low.coreEnd + 2) === 32 || text.charCodeAt(low.coreEnd + 2) === 46) &&
    stickyMatch(RANK_BEFORE_INITIALLED_NAME, text, low.coreEnd) !== null &&
    RESULTS_ITEM_BEFORE.test(text.slice(Math.max(0, at - 4), at))
  );
}

/** Spaces, then a name written with a capital: what follows a rank in a table. */
function isRankedName(text: string, at: number): boolean {
  let i = at;
  while (isLineSpace(text.charCodeAt(i))) i++;
  return i > at && isUpper(text.charCodeAt(i));
}

/**
 * `1 Brackenford Town 8, 20`: a place in a table written as lines, each opening with its rank and a name, the
 * line before or after holding the rank next to it. Counts in such lines come after the name.
 */
function isRankInTable(text: string, at: number, low: Quantity): boolean {
  if (!Number.isInteger(low.value) || !isRankedName(text, low.coreEnd)) return false;
  const lineStart = lineStartBefore(text, at);
  if (lineStart === -1) return false;
  const nextLine = text.indexOf('\n', low.coreEnd);
  if (nextLine !== -1 && opensWithRank(text, nextLine + 1, low.value + 1)) return true;
  if (lineStart === 0) return false;
  const previousLine = text.lastIndexOf('\n', lineStart - 2) + 1;
  return opensWithRank(text, previousLine, low.value - 1);
}

/**
 * `Boeing 737`, `FTSE 100`, `iPhone 16`: a plain number right after a word written with a capital, inside a
 * sentence. Not a score line such as `City 4-2` or `Leeds 2 Hull City 1`, nor a title-case headline.
 */
function isNamedNumber(text: string, low: Quantity): boolean {
  const before = wordBefore(text, low.start);
  if (!before || before.end !== low.start - 1) return false;
  const name = before.original;
  if (!hasAsciiCapital(name) || isCurrencyCode(name) || isMonthName(name) || WEEKDAY.test(name)) return false;
  if (startsSentence(text, before.start) && isUpper(name.charCodeAt(0))) return false;
  if (isTitleCaseLine(text, low.start)) return false;
  // `beat the Storm 104-98`: a three-figure score after a team's name
  if (/^[-–]\d/.test(text.slice(low.end, low.end + 2)) && isResultSentence(sentenceText(text, low.start)))
    return false;
  if (low.value < 100) {
    if (SCORE_AFTER.test(text.slice(low.end, low.end + 40))) return false;
    if (SCORE_BEFORE.test(text.slice(Math.max(0, before.start - 40), before.start))) return false;
  }
  // A player's or a driver's line of a table or a list: `Marr 22 pts, 11 reb`, `Ekdahl 68 71 69 67`,
  // `Valk 124 points, Sato 122`
  const after = text.slice(low.end, low.end + 12);
  if (STAT_AFTER.test(after) || NUMBER_AFTER.test(after)) return false;
  return !LIST_ITEM_BEFORE.test(text.slice(Math.max(0, before.start - 24), before.start));
}

/** What a player's or a team's count is of, in a box score or a standings line. */
const STAT_AFTER =
  /^ (?:pts|points|reb|rebounds|ast|assists|stl|steals|blk|blocks|goals|tries|runs|wickets|laps|yds|yards)\b/;

/** Another number after a space: a row of a table. */
const NUMBER_AFTER = /^[ \t]+\d/;

/** The item before in a list of names with their numbers: `Valk 124 points, ` before `Sato 122`. */
const LIST_ITEM_BEFORE = /\d(?: [a-z]+)?[,;] $/;

/** Whether `word` has a capital A to Z anywhere: `Boeing`, `iPhone`. */
function hasAsciiCapital(word: string): boolean {
  for (let i = 0; i < word.length; i++) if (isUpper(word.charCodeAt(i))) return true;
  return false;
}

/**
 * A plain number that could be a year is a count after a quantity word or a verb that takes a count (`about
 * 2000`, `killed 2000`), before a noun of people or things counted (`2000 people marched`), or after any other
 * word but a time word when a plural noun follows (`sent 2000 troops`, but `in 2024 elections`, `his 2019
 * remarks`).
 */
function isCountNotYear(text: string, low: Quantity): boolean {
  const leader = wordBefore(text, low.start);
  // "rents will rise by 3% over 2026.": "over" before a year that ends its clause spans the year.
  if (leader?.lower === 'over' && !isWhitespace(text.charCodeAt(low.end))) return false;
  if (leader && (COUNT_LEADERS.has(leader.lower) || COUNT_VERBS.has(leader.lower))) return true;
  if (leader && leader.lower !== 'the' && YEAR_LEADERS.has(leader.lower)) return false;
  const next = wordAfter(text, low.end);
  // `2000 people marched`, `the 1900 staff`, but not `the 2020 women's final`
  if (
    next !== null &&
    next.start === low.end + 1 &&
    COUNTED_NOUNS.has(next.lower) &&
    !/['’]/.test(text[next.end] ?? '')
  ) {
    return true;
  }
  if (!leader || leader.lower === 'the') return false;
  return (
    next !== null &&
    next.start > low.end &&
    next.end - next.start > 3 &&
    text[next.end - 1] === 's' &&
    !isUpper(text.charCodeAt(next.start))
  );
}

const DOTTED_TIME = /^(?:[01]?\d|2[0-4])\.[0-5]\d$/;

/** How the units of RACE_DISTANCE_UNIT start, in lower case. */
const DISTANCE_UNIT_STARTS = ['yard', 'yd', 'metre', 'meter', 'mile', 'km', 'kilomet'];

/** Whether `text` holds `lower` at `at`, ASCII case aside. */
function startsWithFolded(text: string, at: number, lower: string): boolean {
  for (let i = 0; i < lower.length; i++)
    if ((text.charCodeAt(at + i) | 32) !== lower.charCodeAt(i)) return false;
  return true;
}

/** A distance with its unit apart from the digits, which may name a race: `40-yard`, `200 metres`. */
const RACE_DISTANCE_UNIT =
  /(?:-|[ \u00A0]?)(?:yards?|yd|metres?|meters?|miles?|km|kilometres?|kilometers?)\b/iy;

/**
 * Whether the number names a race by its distance, with a unit apart from the digits: "the 40-yard dash",
 * "her 200 metres freestyle" (`400m hurdles` is read with the `m`). The distance counts nothing.
 */
function isRaceNamedByUnit(text: string, low: Quantity): boolean {
  // Cheap tests first: a hyphen or a space, then the start of a unit of distance ("million" is none).
  const after = text.charCodeAt(low.coreEnd);
  const at = after === 45 || isSpaceOrNbsp(after) ? low.coreEnd + 1 : low.coreEnd;
  const first = text.charCodeAt(at) | 32;
  if (first !== 121 && first !== 109 && first !== 107) return false;
  let unitStart = false;
  for (const start of DISTANCE_UNIT_STARTS) if (startsWithFolded(text, at, start)) unitStart = true;
  if (!unitStart) return false;
  const unit = stickyMatch(RACE_DISTANCE_UNIT, text, low.coreEnd);
  if (unit === null) return false;
  const event = wordAfter(text, low.coreEnd + unit[0].length);
  return event !== null && DISTANCE_EVENTS.has(event.lower);
}

/**
 * What a number joined by a hyphen names rather than counts: the length of a recording (`29-second video`,
 * `a 3-minute clip`) or a British number plate's age (`the 76-plate`).
 */
const NAMED_BY_HYPHEN_AFTER =
  /-(?:(?:seconds?|minutes?|hours?)\s+(?:videos?|clips?|footage|films?|recordings?|adverts?|trailers?|ads?)|plates?)\b/iy;

/** A year and an equals sign before the base of an index: `(January 2015 = 100)`, `(2020=100)`. */
const INDEX_BASE_BEFORE = /(?:19|20)\d\d\s?=\s?$/;

/**
 * Baseball's line score: the runs of each inning in groups of three (an `x` for one not played), then a dash
 * and the runs, hits and errors, which are figures: `Dunmore 000 200 001 — 3 7 1`.
 */
const INNINGS_OF_LINE_SCORE =
  /(?:[0-9xX]{1,3}[ \t]+){0,5}[0-9xX]{1,3}[ \t]+[—–-][ \t]+\d{1,2}[ \t]+\d{1,2}[ \t]+\d{1,2}[ \t]*(?:\n|$)/y;

/** Whether the number at `at` is an inning's runs in a line score: a group of three digits, the last `x`. */
function isInningsOfLineScore(text: string, at: number): boolean {
  // Cheap test first: three digits (the last may be an `x`), then a space.
  const third = text.charCodeAt(at + 2);
  if (!isDigit(text.charCodeAt(at + 1)) || (!isDigit(third) && (third | 32) !== 120)) return false;
  const after = text.charCodeAt(at + 3);
  if (after !== 32 && after !== 9) return false;
  return stickyMatch(INNINGS_OF_LINE_SCORE, text, at) !== null;
}

/** A service named by the time it leaves, after "the": "the 22.15 to Carrow", "the 07.42 from Dunstow". */
const SERVICE_ROUTE_AFTER = /\s+(?:to|from)\s+[A-Z]/y;

/**
 * `at 10.30`, `until 9.15`: a British clock time, hours and minutes joined by a full stop after a time
 * word; or written with two digits of hours from `0` (`07.42`), as no decimal is, or before a time zone
 * (`11.20 GMT`); or naming a train or a bus by when it leaves (`the 22.15 to Carrow`).
 */
function isDottedClockTime(text: string, low: Quantity): boolean {
  // the full stop stands before the last two digits
  if (
    low.unit !== null ||
    low.scale !== 1 ||
    text.charCodeAt(low.coreEnd - 3) !== 46 ||
    !DOTTED_TIME.test(text.slice(low.coreStart, low.coreEnd))
  )
    return false;
  if (low.coreEnd - low.coreStart === 5 && text.charCodeAt(low.coreStart) === 48) return true;
  if (isTimeZoneAfter(text, low.end)) return true;
  const before = wordBefore(text, low.start);
  if (before === null) return false;
  if (CLOCK_LEADERS.has(before.lower)) return true;
  return before.lower === 'the' && stickyMatch(SERVICE_ROUTE_AFTER, text, low.end) !== null;
}

/**
 * Whether a time zone follows `at`: `1400 GMT`, `11.20 GMT`. Zones are written in capitals, which keeps the
 * word `est` and friends out.
 */
function isTimeZoneAfter(text: string, at: number): boolean {
  const zone = wordAfter(text, at);
  return (
    zone !== null &&
    isUpper(text.charCodeAt(zone.start)) &&
    TIME_ZONES.has(zone.lower) &&
    zone.original === zone.lower.toUpperCase()
  );
}

function isYear(value: number): boolean {
  return value >= 1800 && value <= 2099;
}

/**
 * End of a phone number starting at the digits, or -1: seven or more digits in groups that are not thousands,
 * two or more groups after `+` or `(` (`+44 20 7946 0000`, `(555) 123-4567`), three or more otherwise
 * (`0800 123 4567`).
 */
function phoneNumberEnd(text: string, low: Quantity): number {
  const previous = text.charCodeAt(low.coreStart - 1);
  const international = previous === 43 || previous === 40; // + (
  let groups = 1;
  let digits = low.coreEnd - low.coreStart;
  let i = low.coreEnd;
  let end = i;
  while (i < text.length) {
    const separator = text.charCodeAt(i);
    if (separator !== 45 && separator !== 32 && separator !== 41) break; // - space )
    let j = i + 1;
    if (separator === 41 && text.charCodeAt(j) === 32) j++;
    // An area code or trunk prefix in brackets after a country code: `+1 (800) 555-0199`, `+44 (0)20`.
    const bracketed = international && separator === 32 && text.charCodeAt(j) === 40;
    if (bracketed) j++;
    const digitsStart = j;
    while (j < text.length && isDigit(text.charCodeAt(j))) j++;
    // After a country code a group may be one digit: Brussels is `+32 2 555 0147`.
    if (j - digitsStart < (bracketed || international ? 1 : 3)) break;
    groups++;
    digits += j - digitsStart;
    i = j;
    end = j;
  }
  return digits >= 7 && groups >= (international ? 2 : 3) ? end : -1;
}

const ORDINAL_OR_FRACTION_SHAPES = new WordShapes(ORDINAL_WORDS, [...FRACTION_DENOMINATORS.keys()]);

/** Rules for number words: ordinals (`twenty-first`), names (`Air Force One`), `one` as a pronoun, compounds. */
function wordShapeDrop(text: string, low: Quantity): Drop {
  const after = text.charCodeAt(low.coreEnd);
  const nextWord = wordAfter(text, low.coreEnd + (after === 45 ? 1 : 0), after === 45);
  // `twenty-first`, `two-thirds`, `three quarters`: ordinals and fractions are not counts
  if (
    nextWord &&
    ORDINAL_OR_FRACTION_SHAPES.mayHold(nextWord.lower) &&
    (ORDINAL_WORDS.has(nextWord.lower) || FRACTION_DENOMINATORS.get(nextWord.lower))
  )
    return 'expression';
  // `Air Force One`, `the Big Three`; but in a title-case headline every word has a capital
  const firstIsCapital = isUpper(text.charCodeAt(low.coreStart));
  if (
    firstIsCapital &&
    low.start === low.coreStart &&
    !startsSentence(text, low.coreStart) &&
    !isTitleCaseLine(text, low.coreStart)
  ) {
    return 'expression';
  }
  const word = low.coreEnd - low.coreStart <= 4 ? wordAt(text, low.coreStart, low.coreEnd).lower : '';
  if (word === 'zero') return isZeroIdiom(text, low, nextWord) ? 'expression' : null;
  if (word !== 'one') return null;
  if (after === 45) return nextWord && PRONOUN_ONE_COMPOUNDS.has(nextWord.lower) ? 'expression' : null;
  if (after === 39 || after === 0x2019) return 'expression';
  const before = wordBefore(text, low.coreStart);
  if (before && PRONOUN_ONE_BEFORE.has(before.lower)) return 'expression';
  if (nextWord && PRONOUN_ONE_AFTER.has(nextWord.lower) && low.end === low.coreEnd) return 'expression';
  return null;
}

/** Whether a word of a line goes on with the character: an ASCII letter, an apostrophe or a hyphen. */
const continuesLineWord = (code: number): boolean =>
  isAsciiLetter(code) || code === 39 || code === 0x2019 || code === 45;

/**
 * Whether the line around `at` is a title-case headline: no word in lower case but short function words. Read
 * word by word, since the first other word in lower case, most often among the first few, settles it.
 */
function isTitleCaseLine(text: string, at: number): boolean {
  const lineStart = Math.max(text.lastIndexOf('\n', at) + 1, at - 200);
  let lineEnd = text.indexOf('\n', at);
  if (lineEnd < 0 || lineEnd > at + 200) lineEnd = Math.min(text.length, at + 200);
  let capitalised = 0;
  let i = lineStart;
  while (i < lineEnd) {
    const first = text.charCodeAt(i);
    if (!isAsciiLetter(first)) {
      i++;
      continue;
    }
    let end = i + 1;
    while (end < lineEnd && continuesLineWord(text.charCodeAt(end))) end++;
    if (isUpper(first)) capitalised++;
    else if (!TITLE_CASE_SMALL_WORDS.has(text.slice(i, end))) return false;
    i = end;
  }
  return capitalised >= 4;
}

/** `zero tolerance`, `zero-sum`, `net zero`, `Ground Zero`: zero that counts nothing. */
function isZeroIdiom(text: string, low: Quantity, next: Word | null): boolean {
  if (next && ZERO_IDIOMS_AFTER.has(next.lower)) return true;
  const before = wordBefore(text, low.coreStart);
  return before !== null && ZERO_IDIOMS_BEFORE.has(before.lower);
}

const MONTH_AFTER = /(?:st|nd|rd|th)?[ \u00A0](?:of[ \u00A0])?([A-Z][a-z]{2,8}|[A-Z]{3,9})\b/y;

/**
 * Whether MONTH_AFTER may match at `at`: `s`, `n`, `r` or `t` of an ordinal suffix, or a space and then a
 * capital or the `o` of `of`.
 */
function mayBeMonthAfter(text: string, at: number): boolean {
  const first = text.charCodeAt(at);
  if (!isSpaceOrNbsp(first)) return first === 115 || first === 110 || first === 114 || first === 116;
  const second = text.charCodeAt(at + 1);
  return isUpper(second) || second === 111;
}

/** `16 October`, `December 16`, `10-12 October`. */
function isDate(text: string, low: Quantity, expression: NumberExpression): boolean {
  if (low.kind !== 'digits' || !Number.isInteger(low.value) || low.value < 1 || low.value > 31 || low.unit)
    return false;
  const before = wordBefore(text, expression.start, true);
  if (before && isMonthName(before.original)) return true;
  const month = mayBeMonthAfter(text, expression.end) ? stickyMatch(MONTH_AFTER, text, expression.end) : null;
  if (month !== null) return isMonthName(month[1]);
  // The first of two days of one month: "on 3 and 4 October", "3-4 October".
  const pair = mayBeDayPairAfter(text, expression.end)
    ? stickyMatch(DAY_PAIR_MONTH, text, expression.end)
    : null;
  if (pair !== null && isMonthName(pair[1])) return true;
  // The second of two days after their month, a few days after the first: "on April 14 and 15"; not "six
  // since June 1 and 14 this season".
  if (before === null || !DAY_PAIR_JOINS.has(before.lower)) return false;
  const first = MONTH_DAY_BEFORE.exec(text.slice(Math.max(0, before.start - 16), before.start));
  return first !== null && low.value > Number(first[1]) && low.value - Number(first[1]) <= MAX_DAY_PAIR_GAP;
}

/** How many days apart two days told as a pair may be: "14 and 15", "3 to 6". */
const MAX_DAY_PAIR_GAP = 7;

/** What joins two days of one month: "April 14 and 15", "April 14 to 16". */
const DAY_PAIR_JOINS: ReadonlySet<string> = new Set(['and', 'to', 'or', 'through']);

/** A month and a day just before the joining word: "April 14 ", "Oct. 3 ". */
const MONTH_DAY_BEFORE = new RegExp(
  `\\b(?:${FULL_MONTH_NAMES.join('|')}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.? (\\d{1,2})(?:st|nd|rd|th)? $`,
);

/** Another day and a month after a day: " and 4 October", "-4 October", " to 4th of October". */
const DAY_PAIR_MONTH = new RegExp(`[ \\u00A0]?(?:-|–|and|to|&)[ \\u00A0]?\\d{1,2}${MONTH_AFTER.source}`, 'y');

/** Whether DAY_PAIR_MONTH may match at `at`: a digit stands within the next five characters. */
function mayBeDayPairAfter(text: string, at: number): boolean {
  for (let i = at + 1; i <= at + 5 && i < text.length; i++) if (isDigit(text.charCodeAt(i))) return true;
  return false;
}

/** `aged 23 and 27`, `aged 8, 11 or 14`: the ages after the first in a list of them. */
const AGES_BEFORE =
  /\bage[ds]?[ \u00A0]+\d{1,3}(?:[ \u00A0]*,[ \u00A0]*\d{1,3})*[ \u00A0]*(?:,|and|or|to)[ \u00A0]*$/i;

/**
 * Whether digits and then a comma, `and`, `or` or `to` end before `at`: what AGES_BEFORE needs, tested before
 * it. Only the last letter of the word is looked at.
 */
function mayFollowAgeList(text: string, at: number): boolean {
  let i = at;
  while (i > 0 && isSpaceOrNbsp(text.charCodeAt(i - 1))) i--;
  const last = text.charCodeAt(i - 1);
  const lower = last | 32; // lower-cases an ASCII letter
  if (last === 44) i -= 1;
  else if (lower === 100) i -= 3;
  else if (lower === 114 || lower === 111) i -= 2;
  else return false;
  while (i > 0 && isSpaceOrNbsp(text.charCodeAt(i - 1))) i--;
  return isDigit(text.charCodeAt(i - 1));
}

/** `over`, `under`, `above`, `below`: compared, where a lookup would first hash a word just cut from the text. */
const isAgeBoundWord = (word: string): boolean =>
  word === 'over' || word === 'under' || word === 'above' || word === 'below';

/**
 * `aged over 65`, `voters under 30`, `those over 65 backed it`: a bound on age after `aged` or a plural noun
 * for people, with no counted noun after it (`people over 500 metres` is a distance).
 */
function isAgeBound(text: string, low: Quantity, expression: NumberExpression, before: Word): boolean {
  if (!low.bare || low.value > 100 || expression.valueMax !== null || !isAgeBoundWord(before.lower))
    return false;
  const group = wordBefore(text, before.start);
  if (!group) return false;
  if (group.lower === 'aged') return true;
  if (!AGE_GROUP_NOUNS.has(group.lower)) return false;
  const after = wordAfter(text, expression.end);
  return after === null || after.start === expression.end || !isCountNoun(text, after);
}

/**
 * The youngest or oldest of a group, then their age: "the youngest victim was 66", "the oldest 98", "the
 * youngest of those killed was 16".
 */
const SUPERLATIVE_AGE_BEFORE = asciiFirst(
  /\b(?:youngest|oldest)(?: [\p{L}-]+){0,3}? (?:(?:was|is|were|are|aged) )?$/iu,
);

/** Whether `est`, as in `youngest` and `oldest`, stands between `from` and `to`: tested before the text is cut. */
function hasEst(text: string, from: number, to: number): boolean {
  for (let i = from; i + 3 <= to; i++) {
    if (text.charCodeAt(i) === 101 && text.charCodeAt(i + 1) === 115 && text.charCodeAt(i + 2) === 116)
      return true;
  }
  return false;
}

/** An age told of the youngest or oldest: a bare number that no noun follows. */
function isSuperlativeAge(text: string, low: Quantity, expression: NumberExpression): boolean {
  if (low.kind !== 'digits' || !low.bare || low.value > 120) return false;
  // most numbers have a noun after them, tested before the text before is cut
  const next = wordAfter(text, expression.end);
  if (next !== null && next.lower !== 'and' && next.lower !== 'or' && next.start === expression.end + 1)
    return false;
  const from = Math.max(0, expression.start - 40);
  return (
    hasEst(text, from, expression.start) && SUPERLATIVE_AGE_BEFORE.test(text.slice(from, expression.start))
  );
}

/**
 * Whether an age set off by a comma ends at `end`: another comma (`Smith, 17, said`) or the sentence's full
 * stop (`said his sister, Marisol Reyes, 41.`).
 */
function closesAside(text: string, end: number): boolean {
  if (text[end] === ',') return true;
  return text[end] === '.' && (end + 1 >= text.length || /[\s"”’']/.test(text[end + 1]));
}

/** A person's age after "was": "since I was eight", "when she was 17"; not "when they were 40 points behind". */
const WAS_AGE_BEFORE = /\b(?:since|when|until|till) (?:I|you|he|she|we|they) (?:was|were) $/;

/** An age bound told of people: "most of the dead were over 75", "a third of members are over 60". */
const AGE_BOUND_BEFORE = /\b(?:are|were|is|was|be|been|aged)\s+(?:over|under)\s+$/i;
const PEOPLE_BEFORE =
  /\b(?:dead|people|members|victims|residents|men|women|patients|voters|pensioners|volunteers|survivors|workers|children|adults)\b/i;

/**
 * Whether the number after `before` ("was", "were", "over", "under") is an age told of people, with no
 * count noun after it: "since I was eight", "most of the dead were over 75".
 */
function isAgeToldOfPeople(text: string, expression: NumberExpression, before: Word | null): boolean {
  const word = before?.lower;
  const afterWas = word === 'was' || word === 'were';
  if (!afterWas && word !== 'over' && word !== 'under') return false;
  const leading = text.slice(Math.max(0, expression.start - 80), expression.start);
  // After "over" or "under" the people are named in the same sentence, so their search stops at the full
  // stop before it.
  const told = afterWas
    ? WAS_AGE_BEFORE.test(leading)
    : AGE_BOUND_BEFORE.test(leading) && PEOPLE_BEFORE.test(leading.slice(leading.lastIndexOf('. ') + 1));
  if (!told) return false;
  const next = wordAfter(text, expression.end);
  return next === null || next.start !== expression.end + 1 || !isCountNoun(text, next);
}

/** `aged 17`, `17 years old`, `a 17-year-old`, `Smith, 17, said`, `the oldest was 98`. */
function isAge(text: string, low: Quantity, expression: NumberExpression): boolean {
  if (low.unit || low.scale > 1) return false;
  const before = wordBefore(text, expression.start);
  if (before && (before.lower === 'aged' || before.lower === 'age' || before.lower === 'ages')) return true;
  // ` years old`, `-year-old`: a space or hyphen, then `y`
  const ageAfter = isSpaceThenLetter(text, expression.end, 121) || text.charCodeAt(expression.end) === 45;
  if (ageAfter && stickyMatch(AGE_AFTER, text, expression.end)) return true;
  if (before && isAgeBound(text, low, expression, before)) return true;
  if (expression.valueMax === null && isSuperlativeAge(text, low, expression)) return true;
  if (
    mayFollowAgeList(text, expression.start) &&
    AGES_BEFORE.test(text.slice(Math.max(0, expression.start - 40), expression.start))
  )
    return true;
  if (expression.valueMax === null && low.value <= 110 && isAgeToldOfPeople(text, expression, before))
    return true;
  if (low.kind === 'digits' && low.bare && low.value <= 120 && expression.valueMax === null) {
    const start = expression.start;
    if (
      text.charCodeAt(start - 1) === 32 &&
      text.charCodeAt(start - 2) === 44 &&
      closesAside(text, expression.end)
    ) {
      const name = wordBefore(text, start - 2);
      return (
        name !== null &&
        name.end === start - 2 &&
        (isUpper(text.charCodeAt(name.start)) ||
          PERSON_NOUNS.has(name.lower) ||
          /.(?:wo)?man$/.test(name.lower))
      );
    }
  }
  return false;
}

const DASH_NUMBER = /[ \u00A0]?[-–][ \u00A0]?(\d{1,3})(?!\d)/y;

/** `3-1`: digits followed by a dash and a smaller number, as in a score. */
function isDescendingPair(text: string, low: Quantity): boolean {
  const pair = stickyMatch(DASH_NUMBER, text, low.end);
  return pair !== null && Number(pair[1]) < low.value;
}

/** `10 Downing Street`: a number followed by one or two capitalised words and a street word. */
function isStreetNumber(text: string, expression: NumberExpression): boolean {
  let word = wordAfter(text, expression.end);
  for (let taken = 0; word && taken < 3; taken++) {
    if (!isUpper(text.charCodeAt(word.start))) return false;
    if (taken > 0 && STREET_WORDS.has(word.lower)) return true;
    word = wordAfter(text, word.end);
  }
  return false;
}

/**
 * Every number expression in `text` that can be a figure, sorted by start and non-overlapping.
 * Dates, years, clock times, ordinals, ages, designations, codes and `one` as a pronoun are left out.
 */
export function findNumbers(text: string): NumberExpression[] {
  return readCandidates(text, findCandidates(text));
}

/**
 * Where each candidate of `text` ends: a run of digits, or a number word. The scan is a stage of its own,
 * run over a whole batch of articles before any candidate is read: the scanner and the readers each stay
 * in the processor's instruction cache.
 */
export function findCandidates(text: string): number[] {
  const ends: number[] = [];
  if (typeof text !== 'string') return ends;
  const candidates = CANDIDATES;
  candidates.lastIndex = 0;
  while (candidates.test(text)) ends.push(candidates.lastIndex);
  return ends;
}

/** The number expressions read at the candidates of `text` that end at `ends`, in order. */
export function readCandidates(text: string, ends: readonly number[]): NumberExpression[] {
  const found: NumberExpression[] = [];
  if (typeof text !== 'string' || text.length === 0) return found;
  forgetWords();
  // A reading may start at any digit of a run, or at a number word; a place that a reading passed over is
  // skipped, as a scan resumed after that reading would skip it (no candidate starts inside a number word).
  let floor = 0;
  let resume = 0;
  for (const end of ends) {
    const start = candidateStart(text, end);
    // A number word is read at its start only; a run of digits at each digit not yet passed over.
    const last = isDigit(text.charCodeAt(start)) ? end - 1 : start;
    for (let at = Math.max(start, resume); at <= last; at = Math.max(at + 1, resume)) {
      const reading = readExpression(text, at, floor);
      if (reading.expression) {
        found.push(reading.expression);
        floor = reading.expression.end;
      }
      resume = Math.max(reading.resumeAt, at + 1);
    }
  }
  scaleTables(text, found);
  return found;
}

/**
 * A table's heading that gives the scale of its sums and counts: "Highlights (in millions, except
 * per-share figures)", "Results (£m)", "($ in thousands)".
 */
const TABLE_SCALE =
  /\((?:(?:US)?([$£€])\s*)?(?:in\s+)?(?:(thousands|millions|billions)\b|(?:US)?([$£€])(k|m|bn)\))/iy;
const TABLE_SCALES: Readonly<Record<string, number>> = {
  thousands: 1e3,
  millions: 1e6,
  billions: 1e9,
  k: 1e3,
  m: 1e6,
  bn: 1e9,
};

/** Digits with no scale of their own, after a currency sign perhaps: `$1,421`, `212`. */
const UNSCALED = /^(?:(?:[$£€]|US\$)\s*)?[\d.,]+$/;

/** A label that makes its line's figure a rate, which no table scale multiplies: "Earnings per share:". */
const RATE_LABEL = /\b(?:per|average|avg)\b/i;

/**
 * Multiplies the figures of a table by the scale its heading gives, up to the first blank line: "(in
 * millions, except per-share figures and percentages)" makes "Revenue: $1,421" $1,421m, and "(£m)" makes
 * "Revenue: 1,204" £1,204m. Percentages, figures with a scale of their own, and rates (a label with "per"
 * or "average") keep their value.
 */
function scaleTables(text: string, found: NumberExpression[]): void {
  // Each bracket is tried, not each line: most lines hold none, and a search for "(" skips them fastest.
  for (let open = text.indexOf('('); open !== -1; open = text.indexOf('(', open + 1)) {
    TABLE_SCALE.lastIndex = open;
    const heading = TABLE_SCALE.exec(text);
    if (heading === null) continue;
    const at = text.lastIndexOf('\n', open) + 1;
    const lineEnd = text.indexOf('\n', open);
    const start = lineEnd === -1 ? text.length : lineEnd;
    // A heading's rows are scaled once, whatever else its line says.
    open = start;
    if (text.slice(at, start).trimEnd().endsWith('.')) continue;
    const scale = TABLE_SCALES[lowerCase(heading[2] ?? heading[4])];
    // "Results (£m)": the heading's currency is that of its rows' sums.
    const currency = CURRENCY_SYMBOLS.get(heading[1] ?? heading[3] ?? '') ?? null;
    // "in millions" names the scale; it is no vague amount.
    const named = found.findIndex((e) => e.vague && e.start > at && e.start < start);
    if (named !== -1) found.splice(named, 1);
    const blank = text.indexOf('\n\n', start);
    const end = blank === -1 ? text.length : blank;
    for (const expression of found) {
      if (expression.start < start || expression.end > end) continue;
      if (expression.unit === 'percent' || expression.unit === 'percentage points') continue;
      if (!UNSCALED.test(text.slice(expression.start, expression.end))) continue;
      const lineStart = text.lastIndexOf('\n', expression.start) + 1;
      if (RATE_LABEL.test(text.slice(lineStart, expression.start))) continue;
      expression.value = scaled(expression.value, scale);
      expression.unit ??= currency;
      if (expression.valueMax !== null) expression.valueMax = scaled(expression.valueMax, scale);
    }
  }
}

/**
 * The value of a standalone number expression (`one hundred and five`, `$1.2bn`, `70%`, `420 million yen`), or
 * null when `s` holds no number or more than one. Words around the number are allowed; the non-figure rules
 * (years, designations) are not applied, since the caller has already chosen the expression.
 */
export function parseNumberText(s: string): number | null {
  if (typeof s !== 'string') return null;
  forgetWords();
  const candidates = CANDIDATES;
  candidates.lastIndex = 0;
  let value: number | null = null;
  for (let match = candidates.exec(s); match !== null; match = candidates.exec(s)) {
    const low = readQuantity(s, match.index, 0);
    if (!low || low.reject === 'run') {
      // On from the next character: the next digit of a run may start a number.
      candidates.lastIndex = Math.max(match.index + 1, low ? runEnd(s, low.coreEnd) : 0);
      continue;
    }
    if (value !== null) return null;
    const expression = expressionOf(low);
    readRatioOrRange(s, low, expression);
    value = expression.value;
    candidates.lastIndex = Math.max(expression.end, match.index + 1);
  }
  return value !== null && Number.isFinite(value) ? value : null;
}
