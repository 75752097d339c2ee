// Sentence bounds, found only around a position of interest: scanning a whole article with a segmenter
// costs more than the rest of the pipeline, and most sentences hold no figure.
import { lowerCase } from './lexicon.ts';

export interface Span {
  start: number;
  end: number;
}

/** Beyond this many characters either side of a position a sentence is cut, so cost stays linear. */
const MAX_REACH = 600;

/** Words that end with a period without ending the sentence (compared lower-case, without the period). */
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'st',
  'sr',
  'jr',
  'gen',
  'lt',
  'col',
  'capt',
  'cpt',
  'sgt',
  'maj',
  'adm',
  'cmdr',
  'rep',
  'sen',
  'gov',
  'pres',
  'rev',
  'hon',
  'no',
  'nos',
  'vs',
  'approx',
  'est',
  'fig',
  'ft',
  'mt',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
]);

const LONGEST_ABBREVIATION = Math.max(...[...ABBREVIATIONS].map((word) => word.length));

/** After a dotted acronym (`U.S.`) only these words show that a new sentence has begun. */
const SENTENCE_OPENERS = new Set([
  'a',
  'an',
  'the',
  'he',
  'she',
  'it',
  'they',
  'we',
  'i',
  'you',
  'this',
  'that',
  'these',
  'those',
  'there',
  'but',
  'and',
  'in',
  'on',
  'at',
  'after',
  'its',
  'his',
  'her',
  'their',
  'our',
]);

const CLOSERS = new Set(['"', "'", '”', '’', ')', ']', '»']);

function isSpace(ch: string): boolean {
  return ch === ' ' || ch === '\t' || ch === '\u00a0' || ch === '\u2009' || ch === '\u202f';
}

function isLineBreak(ch: string): boolean {
  return ch === '\n' || ch === '\r' || ch === '\u2028' || ch === '\u2029';
}

/** A line break or a sentence terminator: the only characters a scan for bounds must look at. */
const MAY_BOUND = /[.!?\n\r\u2026\u2028-\uffff]/g;

/** What MAY_BOUND matches, for the scan backward. */
function mayBound(code: number): boolean {
  // Letters and most punctuation lie between `?` and `…`: one comparison rules them out.
  if (code > 63) return code === 0x2026 || code >= 0x2028;
  return code === 46 || code === 33 || code === 63 || code === 10 || code === 13;
}

/** What isSpace or isLineBreak accepts, by character code: the trim of a sentence reads no strings. */
function isSpaceOrLineBreak(code: number): boolean {
  return (
    code === 32 ||
    code === 10 ||
    code === 13 ||
    code === 9 ||
    code === 0xa0 ||
    code === 0x2009 ||
    code === 0x202f ||
    code === 0x2028 ||
    code === 0x2029
  );
}

const LETTER = /\p{L}/u;

/** Whether the UTF-16 unit at `i` is a letter; ASCII is decided without the regular expression. */
function isLetterAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 128) return (code | 0x20) >= 97 && (code | 0x20) <= 122;
  return LETTER.test(text[i]);
}

/** The word (letters and inner periods) that ends just before `dot`. */
function wordBefore(text: string, dot: number): string {
  let i = dot;
  while (i > 0 && (text.charCodeAt(i - 1) === 46 || isLetterAt(text, i - 1))) i--;
  return text.slice(i, dot);
}

function wordAfter(text: string, from: number): string {
  let i = from;
  while (i < text.length && isSpace(text[i])) i++;
  let j = i;
  while (j < text.length && isLetterAt(text, j)) j++;
  return text.slice(i, j);
}

/**
 * If a sentence ends at the terminator `text[i]`, the index just after it (and any closing quotes or
 * brackets); otherwise -1.
 */
function sentenceEndAt(text: string, i: number): number {
  const ch = text[i];
  if (ch !== '.' && ch !== '!' && ch !== '?' && ch !== '…') return -1;
  let after = i + 1;
  while (after < text.length && CLOSERS.has(text[after])) after++;
  if (after < text.length && !isSpace(text[after]) && !isLineBreak(text[after])) return -1;
  if (ch !== '.') return after;
  const next = wordAfter(text, after);
  // A lower-case continuation means the period belonged to an abbreviation or initial.
  if (next && isLowerCase(next[0])) return -1;
  const word = wordBefore(text, i);
  // Lower-casing never shortens a word, so a longer one is no abbreviation.
  if (word.length <= LONGEST_ABBREVIATION && ABBREVIATIONS.has(lowerCase(word))) return -1;
  const dottedAcronym = word.includes('.') || isUpperCaseLetter(word);
  if (dottedAcronym && !SENTENCE_OPENERS.has(lowerCase(next))) return -1;
  return after;
}

/** Whether `ch` has an upper case of its own and is not it; ASCII is decided without case mapping. */
function isLowerCase(ch: string): boolean {
  const code = ch.charCodeAt(0);
  if (code < 128) return code >= 97 && code <= 122;
  return ch === ch.toLowerCase() && ch !== ch.toUpperCase();
}

const UPPER_CASE_LETTER = /^\p{Lu}$/u;

/** Whether `word` is a single upper-case letter; ASCII is decided without the regular expression. */
function isUpperCaseLetter(word: string): boolean {
  if (word.length === 1 && word.charCodeAt(0) < 128)
    return word.charCodeAt(0) >= 65 && word.charCodeAt(0) <= 90;
  return UPPER_CASE_LETTER.test(word);
}

/**
 * The sentence around `position`: line breaks are hard bounds (headlines and captions stand on their
 * own lines), and `.`, `!`, `?` end a sentence unless they close an abbreviation, an initial or a
 * dotted acronym, or sit inside a number. Leading and trailing spaces are trimmed.
 */
export function sentenceAround(text: string, position: number): Span {
  const at = Math.max(0, Math.min(position, text.length));
  const floor = Math.max(0, at - MAX_REACH);
  const ceiling = Math.min(text.length, at + MAX_REACH);

  let start = floor;
  for (let i = at - 1; i >= floor; i--) {
    if (!mayBound(text.charCodeAt(i))) continue;
    if (isLineBreak(text[i])) {
      start = i + 1;
      break;
    }
    const end = sentenceEndAt(text, i);
    if (end !== -1 && end <= at) {
      start = end;
      break;
    }
  }

  // Forward, the regular-expression engine finds the characters to look at far faster than a loop.
  let end = ceiling;
  const ahead = text.slice(at, ceiling);
  MAY_BOUND.lastIndex = 0;
  for (let match = MAY_BOUND.exec(ahead); match !== null; match = MAY_BOUND.exec(ahead)) {
    const i = at + match.index;
    if (isLineBreak(text[i])) {
      end = i;
      break;
    }
    const after = sentenceEndAt(text, i);
    if (after !== -1) {
      end = after;
      break;
    }
  }

  while (start < end && isSpaceOrLineBreak(text.charCodeAt(start))) start++;
  while (end > start && isSpaceOrLineBreak(text.charCodeAt(end - 1))) end--;
  if (start > at || end < at) return { start: at, end: at };
  return { start, end };
}
