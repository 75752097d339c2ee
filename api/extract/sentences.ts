// Sentence bounds, found only around a position of interest: scanning a whole article with a segmenter
// costs more than the rest of the pipeline, and most sentences hold no figure.
import { asciiFirst, isAsciiLetter, lowerCase } from './lexicon.ts';

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

/** Closing quotes and brackets, which stay with the sentence they close: `"` `'` `”` `’` `)` `]` `»`. */
function isCloser(code: number): boolean {
  return (
    code === 34 ||
    code === 39 ||
    code === 0x201d ||
    code === 0x2019 ||
    code === 41 ||
    code === 93 ||
    code === 0xbb
  );
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 0xa0 || code === 0x2009 || code === 0x202f;
}

function isLineBreak(code: number): boolean {
  return code === 10 || code === 13 || code === 0x2028 || code === 0x2029;
}

function isSpaceOrLineBreak(code: number): boolean {
  return isSpace(code) || isLineBreak(code);
}

/** A line break or a sentence terminator: the only characters a scan for bounds must look at. */
const MAY_BOUND = /[.!?\n\r\u2026\u2028-\uffff]/g;

/** What MAY_BOUND matches, for the scan backward. */
function mayBound(code: number): boolean {
  // Letters and most punctuation lie between `?` and `…`: one comparison rules them out.
  if (code > 63) return code === 0x2026 || code >= 0x2028;
  return code === 46 || code === 33 || code === 63 || code === 10 || code === 13;
}

const LETTER = /\p{L}/u;

/** Whether the UTF-16 unit at `i` is a letter; ASCII is decided without the regular expression. */
function isLetterAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 128) return isAsciiLetter(code);
  return LETTER.test(text[i]);
}

/**
 * If a sentence ends at the terminator `text[i]`, the index just after it (and any closing quotes or
 * brackets); otherwise -1. Read by character code: the words either side are cut out only when a word
 * list must be asked.
 */
function sentenceEndAt(text: string, i: number): number {
  const terminator = text.charCodeAt(i);
  if (terminator !== 46 && terminator !== 33 && terminator !== 63 && terminator !== 0x2026) return -1;
  let after = i + 1;
  while (after < text.length && isCloser(text.charCodeAt(after))) after++;
  if (after < text.length && !isSpaceOrLineBreak(text.charCodeAt(after))) return -1;
  if (terminator !== 46) return after;
  // The word after (letters past spaces) and the word before (letters and inner periods).
  let nextStart = after;
  while (nextStart < text.length && isSpace(text.charCodeAt(nextStart))) nextStart++;
  let nextEnd = nextStart;
  while (nextEnd < text.length && isLetterAt(text, nextEnd)) nextEnd++;
  // A lower-case continuation means the period belonged to an abbreviation or initial.
  if (nextEnd > nextStart && isLowerCase(text[nextStart])) return -1;
  let wordStart = i;
  let innerPeriod = false;
  for (; wordStart > 0; wordStart--) {
    if (text.charCodeAt(wordStart - 1) === 46) innerPeriod = true;
    else if (!isLetterAt(text, wordStart - 1)) break;
  }
  const length = i - wordStart;
  // Lower-casing never shortens a word, so a longer one is no abbreviation.
  if (length <= LONGEST_ABBREVIATION && ABBREVIATIONS.has(lowerCase(text.slice(wordStart, i)))) return -1;
  const dottedAcronym = innerPeriod || (length === 1 && isUpperCaseLetter(text[wordStart]));
  if (dottedAcronym && !SENTENCE_OPENERS.has(lowerCase(text.slice(nextStart, nextEnd)))) return -1;
  return after;
}

/** Whether `ch` has an upper case of its own and is not it; ASCII is decided without case mapping. */
function isLowerCase(ch: string): boolean {
  const code = ch.charCodeAt(0);
  if (code < 128) return code >= 97 && code <= 122;
  return ch === ch.toLowerCase() && ch !== ch.toUpperCase();
}

const UPPER_CASE_LETTER = /^\p{Lu}$/u;

/** Whether the character `ch` is an upper-case letter; ASCII is decided without the regular expression. */
function isUpperCaseLetter(ch: string): boolean {
  const code = ch.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  return UPPER_CASE_LETTER.test(ch);
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
    if (isLineBreak(text.charCodeAt(i))) {
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
    if (isLineBreak(text.charCodeAt(i))) {
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

/** A line of a list: "- 5 destroyers", "• 3 frigates". */
const BULLET = /[ \t]*[-–•*·][ \t]+/y;

/** A line of a table that opens with a rank and a name: "1 Brackenford Town 8, 20", "2. Kestrel 57 pts". */
const RANK = /[ \t]*\d{1,3}\.?[ \t]+[A-Z]/y;

/** A line of a fact box, a short label and its value: "Deaths: 14", "Area burned: 9,200 hectares". */
const LABEL = asciiFirst(/[ \t]*\p{L}[\p{L}\p{N}’',./ -]{0,40}:[ \t]/uy);

/** A colon within the first characters of a line, where a label would end. */
const LABEL_COLON = /[^:\n]{0,44}:/y;

/** The longest line that a label and its value make: a longer one is a caption or a quote ("Image: ..."). */
const MAX_LABEL_LINE = 72;

/** Whether the line that starts at `start` is a line of a list, a table or a fact box. */
export function isListLine(text: string, start: number): boolean {
  BULLET.lastIndex = start;
  if (BULLET.test(text)) return true;
  RANK.lastIndex = start;
  if (RANK.test(text)) return true;
  const lineEnd = text.indexOf('\n', start);
  const end = lineEnd === -1 ? text.length : lineEnd;
  if (end - start > MAX_LABEL_LINE) return false;
  // Most lines have no colon where a label would end it: ruled out without the pattern.
  LABEL_COLON.lastIndex = start;
  if (LABEL_COLON.test(text)) {
    LABEL.lastIndex = start;
    if (LABEL.test(text)) return true;
  }
  return isTableRow(text.slice(start, end));
}

/** A row of a table: a name, then its figures: "London £2,712 (+2.1%)", "Kestrel XL 11,960 (+4.1%)". */
const TABLE_ROW = asciiFirst(/^[ \t]*\p{Lu}[^\d\n]{0,40}[\d£$€][^\n]*[\d%)]$/u);

/** Whether `line` is a short row of a table, not a sentence, which a full stop or a question mark ends. */
function isTableRow(line: string): boolean {
  return TABLE_ROW.test(line.trimEnd());
}

/**
 * A heading's words before its date or period in brackets: "Key figures (year to 30 September 2025)",
 * "Arrivals by country, February 2026 (change on January)". No full stop of a sentence, and no sum or
 * share of a table's row.
 */
const HEADING_BEFORE_BRACKET = /^([^.;(£$€%]{1,60})\(([^()]+)\)$/;

/** A year, the only number a heading holds before its brackets. */
const YEAR = /\b(?:19|20)\d\d\b/g;

/**
 * Whether a line leads in to a list: it ends with a colon, or it is a short heading that ends with its
 * date or period in brackets. Its words hold no number but a year (a row of a table holds its figures),
 * and its brackets hold words ("as of Dec. 9", "change on January"), not a name ("USS Porter Sound (LHA-9)").
 */
function isLeadIn(line: string): boolean {
  if (line.endsWith(':')) return true;
  // "Market share, 12 weeks to 5 October 2025 (a year earlier in brackets) and change in points"
  if (bracketsNoteAt(line) !== -1 && line.length <= MAX_HEADING_LENGTH && !SENTENCE_END.test(line))
    return true;
  if (!line.endsWith(')')) return false;
  const heading = HEADING_BEFORE_BRACKET.exec(line);
  return heading !== null && !/\d/.test(heading[1].replace(YEAR, '')) && /[a-z]{2}/.test(heading[2]);
}

/** A heading's note on what its rows give in brackets: "(a year earlier in brackets)", "(March in brackets)". */
const BRACKETS_NOTE = /\([^()]*\bin (?:brackets|parentheses)\b[^()]*\)/i;

/** The longest heading with a note on its brackets. */
const MAX_HEADING_LENGTH = 120;

/** A line that a full stop, a question or an exclamation ends, as a sentence. */
const SENTENCE_END = /[.!?]$/;

/**
 * Where a heading says what its rows give in brackets ("April 2026 (March in brackets)"): the index of its
 * "in brackets", or -1. Such a heading names the date of the rows' first figures first, and the date of
 * their figures in brackets just before its "in brackets".
 */
export function bracketsNoteAt(heading: string): number {
  if (!heading.includes('bracket') && !heading.includes('parenthes')) return -1;
  const note = BRACKETS_NOTE.exec(heading);
  return note === null ? -1 : note.index + note[0].search(IN_BRACKETS);
}

/** "in brackets" inside a heading's note. */
const IN_BRACKETS = /\bin (?:brackets|parentheses)\b/i;

/** A table's row of column names: short capitalised words only, "Pos Team P W D L GD Pts". */
const COLUMN_NAMES = /^[ \t]*(?:[A-Z][A-Za-z]{0,4}[ \t]+){2,}[A-Z][A-Za-z]{0,4}[ \t]*$/;

/** How many list lines above a line its lead-in may stand. */
const MAX_LIST_LINES = 12;

/**
 * The line that leads in to the list whose line starts at `lineStart`, or null: the nearest line above it
 * that ends with a colon ("The fire at a glance, as of 9am Monday:"), with only list lines between. Its
 * date or period is that of every line of the list.
 */
export function leadInOf(text: string, lineStart: number): Span | null {
  if (lineStart === 0 || !isLineBreak(text.charCodeAt(lineStart - 1))) return null;
  if (!isListLine(text, lineStart)) return null;
  let end = lineStart - 1;
  for (let lines = 0; lines < MAX_LIST_LINES && end > 0; lines++) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(start, end).trimEnd();
    end = start - 1;
    // A blank line may set a list off from its lead-in, and a row of column names a table's rows.
    if (line.trim() === '' || COLUMN_NAMES.test(line)) continue;
    // A heading is asked first: a table's rows and its heading both end with a bracket.
    if (isLeadIn(line)) return { start, end: start + line.length };
    if (!isListLine(text, start)) return null;
  }
  return null;
}
