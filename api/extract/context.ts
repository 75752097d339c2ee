// What the stages share about one sentence: its text, where its numbers are, its comma-delimited
// segments, and sentence-wide cues tested at most once however many figures the sentence holds.
import { alternativesByFirstLetter, isDigit, lowerCase } from './lexicon.ts';
import type { Span } from './sentences.ts';

/**
 * Characters that end a segment: the parts of a sentence between commas, semicolons, colons, brackets
 * and dashes. Searched for with a pattern, which skips the characters between them faster than a loop.
 */
const SEGMENT_BOUND = /[,;:()\u2013\u2014]/g;

/** An opening phrase set off by a comma ("In total,", "Since September,") of at most this many words. */
const MAX_OPENING_WORDS = 5;

/** Whitespace and line terminators: what `\s` matches. */
export function isSpace(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** Whether the span holds more than `limit` words (runs of non-space), counted without splitting it. */
function hasMoreWordsThan(text: string, span: Span, limit: number): boolean {
  let words = 0;
  let inWord = false;
  for (let i = span.start; i < span.end; i++) {
    const space = isSpace(text.charCodeAt(i));
    if (!space && !inWord && ++words > limit) return true;
    inWord = !space;
  }
  return false;
}

/**
 * Every match of a global `pattern` in `text`, as `matchAll` gives them, with `offset` added to each
 * index; without the copy of the pattern that `matchAll` makes on every call.
 */
function allMatches(
  pattern: RegExp,
  text: string,
  offset: number,
): { index: number; match: RegExpExecArray }[] {
  if (!pattern.global) throw new TypeError('allMatches needs a global pattern');
  const resumeAt = pattern.lastIndex;
  const matches: { index: number; match: RegExpExecArray }[] = [];
  try {
    for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
      matches.push({ index: offset + match.index, match });
      if (match[0] === '') pattern.lastIndex = nextIndex(text, pattern.lastIndex, pattern.unicode);
    }
  } finally {
    pattern.lastIndex = resumeAt;
  }
  return matches;
}

/** The index after an empty match: one code point on, as the specification's AdvanceStringIndex. */
function nextIndex(text: string, index: number, unicode: boolean): number {
  if (!unicode || index + 1 >= text.length) return index + 1;
  const lead = text.charCodeAt(index);
  const trail = text.charCodeAt(index + 1);
  return lead >= 0xd800 && lead <= 0xdbff && trail >= 0xdc00 && trail <= 0xdfff ? index + 2 : index + 1;
}

/**
 * A small number for every pattern or function a sentence is asked about, so that each sentence keeps
 * its answers in an array rather than in maps of its own, which cost more to fill than to read. Weak, so
 * that a pattern built on the fly is not kept alive.
 */
const keyNumbers = new WeakMap<object, number>();
let nextKeyNumber = 0;

function keyNumber(key: object): number {
  let number = keyNumbers.get(key);
  if (number === undefined) {
    number = nextKeyNumber++;
    keyNumbers.set(key, number);
  }
  return number;
}

/**
 * Patterns that are plain words joined by "|", case aside (`/toll|number of/i`): the cheap tests that
 * rule a costly cue out of a sentence. Rather than search a sentence once for each of them, `has` searches
 * it once for the words of all of them. Such a pattern holds where one of its words starts a word of the
 * sentence ("cumulativ" in "cumulatively", not "together" in "altogether"): the cues it rules out are
 * read at word starts, and a search that tries only word starts costs about 40% less.
 */
const WORDS_ONLY = /^[a-z ]+(?:\|[a-z ]+)*$/;

/** The words of every such pattern seen so far, each with its number. */
const hintWords = new Map<string, number>();

/** The numbers of a pattern's words, by the pattern's key number; null for a pattern of another kind. */
const hintWordsByKey: (number[] | null)[] = [];

/**
 * A search for every hint word at once, rebuilt when a pattern brings new words, and for each word the
 * words that start it: where the search finds "number of", "number" is found too.
 */
let hintSearch: { pattern: RegExp; startingWords: number[][] } | null = null;

function hintWordsOf(pattern: RegExp, key: number): number[] | null {
  let numbers = hintWordsByKey[key];
  if (numbers === undefined) {
    numbers = null;
    if (pattern.flags === 'i' && WORDS_ONLY.test(pattern.source)) {
      numbers = pattern.source.split('|').map((word) => {
        let number = hintWords.get(word);
        if (number === undefined) {
          number = hintWords.size;
          hintWords.set(word, number);
          hintSearch = null;
        }
        return number;
      });
    }
    hintWordsByKey[key] = numbers;
  }
  return numbers;
}

function buildHintSearch(): { pattern: RegExp; startingWords: number[][] } {
  const words = [...hintWords.keys()];
  // Longest first, so that where several words start at one place the search finds the one the others start.
  const longestFirst = [...words].sort((a, b) => b.length - a.length);
  return {
    pattern: new RegExp(`\\b(?:${alternativesByFirstLetter(longestFirst)})`, 'gi'),
    startingWords: words.map((word) => words.flatMap((other, n) => (word.startsWith(other) ? [n] : []))),
  };
}

/** Which hint words start words of `text`, by number: every place where one starts, each searched once. */
function findHintWords(text: string): boolean[] {
  hintSearch ??= buildHintSearch();
  const { pattern, startingWords } = hintSearch;
  const found: boolean[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    for (const number of startingWords[hintWords.get(lowerCase(match[0])) as number]) found[number] = true;
    // On from the next character, not from the match's end: another word may start inside this one
    // ("run of" inside "game run of").
    pattern.lastIndex = match.index + 1;
  }
  return found;
}

export class SentenceContext {
  /** Answers of `has` and `memo`, by key number; undefined when not asked yet. */
  private readonly answers: unknown[] = [];
  private readonly found = new Map<RegExp, Map<number, { index: number; match: RegExpExecArray }[]>>();
  /** The hint words the sentence holds, and how many hint words there were when it was searched. */
  private hintWordsFound: boolean[] = [];
  private hintWordsSearched = 0;
  private segmentSpans: Span[] | null = null;
  private openingSpan: Span | null | undefined;

  /**
   * `figures` are the spans of the sentence's numbers; `preceding` is the text just before the sentence
   * (across paragraph breaks), for cues that carry across sentences (a poll's findings), or a function
   * that cuts it out: few sentences ask for it. `pollStory`: the article opens by telling of a poll or a
   * survey, whose findings its later paragraphs go on with.
   */
  constructor(
    readonly text: string,
    readonly figures: readonly Span[] = [],
    private precedingText: string | (() => string) = '',
    readonly pollStory = false,
  ) {}

  get preceding(): string {
    if (typeof this.precedingText === 'function') this.precedingText = this.precedingText();
    return this.precedingText;
  }

  has(pattern: RegExp): boolean {
    const key = keyNumber(pattern);
    let found = this.answers[key] as boolean | undefined;
    if (found === undefined) {
      const words = hintWordsOf(pattern, key);
      found = words === null ? pattern.test(this.text) : this.holdsHintWord(words);
      this.answers[key] = found;
    }
    return found;
  }

  /**
   * Searches the sentence for every hint word, unless it has been since the last hint word was added. The
   * pipeline's sentence stage calls it for each sentence; `has` calls it where that has not been done.
   */
  readHintWords(): void {
    if (this.hintWordsSearched !== hintWords.size) {
      this.hintWordsFound = findHintWords(this.text);
      this.hintWordsSearched = hintWords.size;
    }
  }

  private holdsHintWord(words: number[]): boolean {
    this.readHintWords();
    const found = this.hintWordsFound;
    for (const number of words) if (found[number] === true) return true;
    return false;
  }

  /** What `compute` finds in this sentence, computed once however many figures ask. */
  memo<T>(compute: (context: SentenceContext) => T): T {
    const key = keyNumber(compute);
    // `in`, since a computed answer may itself be undefined.
    if (!(key in this.answers)) this.answers[key] = compute(this);
    return this.answers[key] as T;
  }

  /** Matches of a global `pattern` inside `scope`, with sentence offsets; each scope is searched once. */
  matchesIn(pattern: RegExp, scope: Span): { index: number; match: RegExpExecArray }[] {
    let byScope = this.found.get(pattern);
    if (!byScope) {
      byScope = new Map();
      this.found.set(pattern, byScope);
    }
    let matches = byScope.get(scope.start);
    if (!matches) {
      matches = allMatches(pattern, this.text.slice(scope.start, scope.end), scope.start);
      byScope.set(scope.start, matches);
    }
    return matches;
  }

  /** The segments of the sentence, in order. */
  segments(): Span[] {
    if (this.segmentSpans === null) {
      const spans: Span[] = [];
      const text = this.text;
      let start = 0;
      // `test` leaves lastIndex just after the bound it found, which is one character long.
      SEGMENT_BOUND.lastIndex = 0;
      while (SEGMENT_BOUND.test(text)) {
        const i = SEGMENT_BOUND.lastIndex - 1;
        // A comma between digits belongs to the number ("27,000").
        if (text.charCodeAt(i) === 44 && isDigit(text.charCodeAt(i - 1)) && isDigit(text.charCodeAt(i + 1)))
          continue;
        if (i > start) spans.push({ start, end: i });
        start = i + 1;
      }
      if (start < this.text.length) spans.push({ start, end: this.text.length });
      this.segmentSpans = spans;
    }
    return this.segmentSpans;
  }

  /** The segment holding `offset`. */
  segmentAt(offset: number): Span {
    for (const segment of this.segments())
      if (segment.start <= offset && offset < segment.end) return segment;
    return { start: 0, end: this.text.length };
  }

  /**
   * A short opening phrase set off by a comma or a colon, without a number of its own: it frames the whole
   * sentence.
   */
  opening(): Span | null {
    if (this.openingSpan === undefined) this.openingSpan = this.findOpening();
    return this.openingSpan;
  }

  private findOpening(): Span | null {
    const [first, second] = this.segments();
    // A comma sets off an opening phrase; a colon, the label of a fact box's line ("Cases since May: 41").
    if (!first || !second || (this.text[first.end] !== ',' && this.text[first.end] !== ':')) return null;
    if (hasMoreWordsThan(this.text, first, MAX_OPENING_WORDS)) return null;
    for (const f of this.figures) if (f.start >= first.start && f.start < first.end) return null;
    return first;
  }

  /** Whether a number lies strictly between the two offsets. */
  figureBetween(from: number, to: number): boolean {
    const lo = Math.min(from, to);
    const hi = Math.max(from, to);
    for (const f of this.figures) if (f.start >= lo && f.end <= hi) return true;
    return false;
  }
}
