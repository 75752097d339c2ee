// Qualifier words around a number ("at least 95", "nearly 15 000", "50 or more") widen its span and
// say how the number bounds the true count.
import { isSpace } from './context.ts';
import {
  asciiFirst,
  isAsciiLetter,
  lowerCase,
  MONEY_UNIT,
  TOP_VERB_BEFORE,
  WordShapes,
  wordTable,
} from './lexicon.ts';
import type { NumberExpression } from './numbers.ts';
import type { Span } from './sentences.ts';
import type { Qualifier } from './types.ts';

export interface QualifiedSpan {
  start: number;
  end: number;
  qualifier: Qualifier;
}

/** Phrases written before a number, each with the qualifier it gives. */
const BEFORE: Record<Exclude<Qualifier, 'exact' | 'range'>, string[]> = {
  at_least: [
    'at least',
    'no fewer than',
    'no less than',
    'not less than',
    'not fewer than',
    'a minimum of',
    'no lower than',
    'no cooler than',
  ],
  more_than: [
    'more than',
    'over',
    'above',
    'upwards of',
    'upward of',
    'in excess of',
    'greater than',
    'exceeding',
    'well over',
    'slightly more than',
    'far more than',
    'many more than',
    'past',
  ],
  approximately: [
    'nearly',
    'almost',
    'about',
    'around',
    'roughly',
    'some',
    'approximately',
    'approx.',
    'an estimated',
    'estimated',
    'close to',
    'closer to',
    'approaching',
    'circa',
    'more or less',
    'somewhere around',
    'something like',
    'in the region of',
    'an approximate',
    // "just under" and "just over" are a little either side: approximations, as the blind annotators read
    // them (two of three for "just under", every one that coded "just over").
    'just under',
    'just below',
    'just over',
    'just above',
  ],
  at_most: [
    'up to',
    'as many as',
    'at most',
    'no more than',
    'no higher than',
    'no warmer than',
    'not more than',
    'a maximum of',
    'as much as',
    'as high as',
    'as deep as',
    'as large as',
    'within',
  ],
  less_than: ['fewer than', 'less than', 'under', 'below', 'slightly less than'],
};

/** Phrases written after a number: "50 or more", "20 or so", "40-odd", "100-plus", "100+". */
const AFTER = asciiFirst(
  /^(?:\s+or\s+(more|higher|greater|above|fewer|less|lower|below|so)|-(odd|plus)|(\+))(?![\p{L}\p{N}])/iu,
);

/**
 * Whether `after` can open a phrase of AFTER (spaces then "or", a hyphen, a plus): a cheap test, as most
 * numbers are followed by a word. No character outside ASCII folds onto `o` or `r`.
 */
function mayOpenAfter(after: string): boolean {
  const first = after.charCodeAt(0);
  if (first === 45 || first === 43) return true;
  let i = 0;
  while (i < after.length && isSpace(after.charCodeAt(i))) i++;
  return i > 0 && (after.charCodeAt(i) | 0x20) === 111 && (after.charCodeAt(i + 1) | 0x20) === 114;
}

const AFTER_MEANING: ReadonlyMap<string, Qualifier> = wordTable({
  more: 'at_least',
  higher: 'at_least',
  greater: 'at_least',
  above: 'at_least',
  fewer: 'at_most',
  less: 'at_most',
  lower: 'at_most',
  below: 'at_most',
  so: 'approximately',
  odd: 'approximately',
  plus: 'more_than',
  '+': 'more_than',
});

const BEFORE_MEANING = new Map<string, Qualifier>(
  Object.entries(BEFORE).flatMap(([qualifier, phrases]) =>
    phrases.map((phrase) => [phrase, qualifier as Qualifier] as const),
  ),
);

function phrasePattern(phrase: string): string {
  return phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
}

/**
 * Phrases in one pattern anchored at the number. The match that starts leftmost wins, so the longer
 * phrase does: "no more than" over "more than".
 */
function phrasesPattern(phrases: string[]): RegExp {
  return asciiFirst(
    new RegExp(
      `(?<![\\p{L}\\p{N}])(${[...phrases]
        .sort((a, b) => b.length - a.length)
        .map(phrasePattern)
        .join('|')})\\s+$`,
      'iu',
    ),
  );
}

/** Every phrase, for a last word outside ASCII (case-insensitive matching folds `ſ` onto `s`). */
const BEFORE_PATTERN = phrasesPattern([...BEFORE_MEANING.keys()]);

/**
 * The phrases by their last word, lower case: only the word before a number can end its phrase, and a
 * pattern of the few phrases it ends costs a fraction of one of them all.
 */
const BEFORE_PATTERN_BY_LAST_WORD = patternsByLastWord(BEFORE_MEANING.keys());

/** The shapes of those last words, which rule out most words before a number before one is cut and looked up. */
const LAST_WORD_SHAPES = new WordShapes(BEFORE_PATTERN_BY_LAST_WORD.keys());

function patternsByLastWord(phrases: Iterable<string>): Map<string, RegExp> {
  const grouped = new Map<string, string[]>();
  for (const phrase of phrases) {
    const word = phrase.slice(phrase.lastIndexOf(' ') + 1);
    grouped.set(word, [...(grouped.get(word) ?? []), phrase]);
  }
  return new Map([...grouped].map(([word, group]) => [word, phrasesPattern(group)]));
}

/**
 * The pattern of the phrases that the word before the trailing spaces of `before` can end, or null when
 * it ends none: a cheap test that spares most numbers a pattern. A word with a character outside ASCII
 * can end any, since case-insensitive matching folds some of them onto ASCII letters (`ſ`, the Kelvin
 * sign).
 */
function phrasesEndingBefore(before: string): RegExp | null {
  let end = before.length;
  while (end > 0 && isSpace(before.charCodeAt(end - 1))) end--;
  let start = end > 0 && before[end - 1] === '.' ? end - 1 : end;
  for (; start > 0; start--) {
    const code = before.charCodeAt(start - 1);
    if (code >= 128) return BEFORE_PATTERN;
    if (!isAsciiLetter(code)) break;
  }
  // `| 32` lower-cases the ASCII letter the word starts with, as the keys are
  if (!LAST_WORD_SHAPES.mayHoldShape(before.charCodeAt(start) | 32, end - start)) return null;
  return BEFORE_PATTERN_BY_LAST_WORD.get(lowerCase(before.slice(start, end))) ?? null;
}

/** "between 10 and 12", "from 10 to 12": the lead word belongs to the range's text. */
const RANGE_LEAD = asciiFirst(/(?<![\p{L}\p{N}])(?:between|from)\s+$/iu);

/**
 * A verb of crossing a threshold right before the number, past an optional `the` when a threshold word
 * follows the number: "the toll passed 1,000", "sales topped $2bn", "crossed the 5,000 mark". The count
 * is then more than the number; the verb is not part of the figure's text.
 */
const CROSSING_VERB = asciiFirst(
  /(?<![\p{L}\p{N}'’])(?:(pass(?:es|ed|ing)?|cross(?:es|ed|ing)?)|(top)|tops|topped|topping|exceed(?:s|ed)?|surpass(?:es|ed|ing)?)\s+(the\s+)?$/iuy,
);

const LETTER = /\p{L}/u;

/** Where the run of letters ending at `end` starts; ASCII is decided without the regular expression. */
function lettersStart(text: string, end: number): number {
  let i = end;
  for (; i > 0; i--) {
    const code = text.charCodeAt(i - 1);
    if (code < 128 ? !isAsciiLetter(code) : !LETTER.test(text[i - 1])) break;
  }
  return i;
}

/** Whether `text` spells "the", in any case, from `at`. */
function isThe(text: string, at: number): boolean {
  return (
    (text.charCodeAt(at) | 0x20) === 116 &&
    (text.charCodeAt(at + 1) | 0x20) === 104 &&
    (text.charCodeAt(at + 2) | 0x20) === 101
  );
}

/** How every crossing verb begins, lower case. */
const CROSSING_VERB_OPENINGS = ['pas', 'cro', 'top', 'exc', 'sur'];

/**
 * Whether a crossing verb can begin at `start`: a cheap test that spares most words the pattern. A
 * character outside ASCII always can, since case-insensitive matching folds `ſ` onto `s`. `| 32`
 * lower-cases an ASCII letter and leaves every other code unequal to a lower-case letter.
 */
function mayOpenCrossingVerb(before: string, start: number): boolean {
  const first = before.charCodeAt(start);
  const second = before.charCodeAt(start + 1);
  const third = before.charCodeAt(start + 2);
  if (first >= 128 || second >= 128 || third >= 128) return true;
  for (const opening of CROSSING_VERB_OPENINGS) {
    if (
      (first | 32) === opening.charCodeAt(0) &&
      (second | 32) === opening.charCodeAt(1) &&
      (third | 32) === opening.charCodeAt(2)
    )
      return true;
  }
  return false;
}

/**
 * CROSSING_VERB's match in `before`, tried only where it can start. The verb is a whole word (letters
 * after no letter) with only spaces and a "the" after it, so it starts at the last word or at the word
 * before a last "the": one sticky match there instead of a search from every position.
 */
function crossingVerb(before: string): RegExpExecArray | null {
  let end = before.length;
  while (end > 0 && isSpace(before.charCodeAt(end - 1))) end--;
  if (end === before.length) return null;
  let start = lettersStart(before, end);
  if (end - start === 3 && isThe(before, start)) {
    end = start;
    while (end > 0 && isSpace(before.charCodeAt(end - 1))) end--;
    start = lettersStart(before, end);
  }
  if (!mayOpenCrossingVerb(before, start)) return null;
  CROSSING_VERB.lastIndex = start;
  return CROSSING_VERB.exec(before);
}

/** Words after the number that make it a threshold: "passed the 1,000 mark". */
const THRESHOLD_AFTER = /^\s+(?:mark|threshold|barrier|milestone|level)\b/i;

/** A plain word after the number: "passed 12 bills" passes things, it does not cross a threshold. */
const OBJECT_AFTER =
  /^\s+(?!(?:on|in|at|by|for|last|this|and|or|but|after|before|since|as|when|with|within|earlier|mark|threshold|barrier|milestone|level)\b)\p{Ll}/u;

const DISTANCE_AFTER = /^\s*(?:km|kms|kilomet(?:re|er)s?|miles?|met(?:re|er)s?|m|feet|ft|yards)\b/i;

/**
 * Whether a crossing verb makes the number a lower bound. `pass` and `cross` also take things counted as
 * their object (`passed 12 bills`, `crossed 3 rivers`), so with them a small plain number followed by a
 * word is read as that count.
 */
function crossesThreshold(before: string, after: string, number: NumberExpression): boolean {
  const verb = crossingVerb(before);
  if (!verb) return false;
  // `passed 52-48`: one side of a vote or a score
  if (/^[-–]\d/.test(after)) return false;
  if (verb[3] && !THRESHOLD_AFTER.test(after)) return false;
  if (verb[2] && !TOP_VERB_BEFORE.test(before.slice(0, verb.index))) return false;
  if (verb[1] && number.unit === null && number.value < 100 && OBJECT_AFTER.test(after)) return false;
  // `council passes $1.84 billion budget`: a sum before a noun names the thing passed.
  if (verb[1] && number.unit !== null && MONEY_UNIT.test(number.unit) && OBJECT_AFTER.test(after))
    return false;
  // `crossed 200 km of desert`, `passed 300 metres from the gate`: a distance travelled
  if (verb[1] && DISTANCE_AFTER.test(after)) return false;
  return true;
}

/** A verb whose particle is "over" ("handed over 40 prisoners"): the "over" bounds nothing. */
/** "up to", and a verb of going before it that takes its "up": "will go up to £10,924". */
const UP_TO = /^up\s+to$/i;
const GO_BEFORE = /\b(?:go|goes|going|gone|went)\s+$/i;

const OVER_PARTICLE_VERB = asciiFirst(/(?<![\p{L}\p{N}])(?:hand|turn|sign)(?:s|ed|ing)?\s+$/iu);

/**
 * What "past" must follow to bound a number, as a count or a level moves beyond it: "taking the toll past
 * 400", "climbed past 50"; not "the past 10 years" nor "ran past 3 houses".
 */
const PAST_MOVED_BEFORE = asciiFirst(
  /(?<![\p{L}\p{N}])(?:toll|total|tally|count|number|rose|risen|rises|rising|climb\w*|jump\w*|surg\w*|push\w*|took|tak(?:e|es|en|ing)|lift\w*)\s+$/iu,
);

/** How far left a qualifier phrase may start. */
const REACH = 24;

const LETTER_OR_PERIOD = /[\p{L}.]/u;

/** Whether a word ends just before `position`, past spaces: only then can a phrase qualify the number. */
function wordEndsBefore(text: string, position: number, floor: number): boolean {
  let i = position - 1;
  if (i < floor || !isSpace(text.charCodeAt(i))) return false;
  while (i > floor && isSpace(text.charCodeAt(i))) i--;
  const code = text.charCodeAt(i);
  if (code < 128) return isAsciiLetter(code) || code === 46;
  return LETTER_OR_PERIOD.test(text[i]);
}

/**
 * The span of a number with the qualifier words around it, and the qualifier they give. The number's
 * own reading (a range, a vague plural) stands unless the words say more; a range stays a range.
 */
export function qualify(text: string, number: NumberExpression, sentence: Span): QualifiedSpan {
  const own: Qualifier = number.qualifier ?? 'exact';
  const windowStart = Math.max(sentence.start, number.start - REACH);
  const before = text.slice(windowStart, number.start);
  const after = text.slice(number.end, Math.min(sentence.end, number.end + 16));

  if (own === 'range') {
    const lead = RANGE_LEAD.exec(before);
    return { start: lead ? windowStart + lead.index : number.start, end: number.end, qualifier: 'range' };
  }

  let start = number.start;
  let end = number.end;
  let qualifier: Qualifier = own;
  const phrases = wordEndsBefore(text, number.start, windowStart) ? phrasesEndingBefore(before) : null;
  let match = phrases?.exec(before) ?? null;
  if (match && lowerCase(match[1]) === 'over' && OVER_PARTICLE_VERB.test(before.slice(0, match.index))) {
    match = null;
  }
  if (match && lowerCase(match[1]) === 'past' && !PAST_MOVED_BEFORE.test(before.slice(0, match.index))) {
    match = null;
  }
  // "will go up to £10,924": "up" is the verb's, and the figure is where it goes.
  if (match && UP_TO.test(match[1]) && GO_BEFORE.test(before.slice(0, match.index))) match = null;
  if (match) {
    start = windowStart + match.index;
    // Most phrases are written as listed, in lower case with single spaces: then no case mapping or replace.
    const phrase = lowerCase(match[1]);
    qualifier = BEFORE_MEANING.get(phrase) ?? BEFORE_MEANING.get(phrase.replace(/\s+/g, ' ')) ?? own;
  }
  if (!match && number.qualifier === null && crossesThreshold(before, after, number)) qualifier = 'more_than';
  const following = mayOpenAfter(after) ? AFTER.exec(after) : null;
  if (following) {
    end = number.end + following[0].length;
    const word = lowerCase(following[1] ?? following[2] ?? following[3]);
    if (!match) qualifier = AFTER_MEANING.get(word) as Qualifier;
  }
  return { start, end, qualifier };
}
