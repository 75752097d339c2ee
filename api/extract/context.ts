// What the stages share about one sentence: its text, where its numbers are, its comma-delimited
// segments, and sentence-wide cues tested at most once however many figures the sentence holds.
import type { Span } from './sentences.ts';

/** Characters that end a segment: the parts of a sentence between commas, semicolons, dashes, brackets. */
const SEGMENT_BOUND = /[,;:–—()]/g;

/** An opening phrase set off by a comma ("In total,", "Since September,") of at most this many words. */
const MAX_OPENING_WORDS = 5;

export class SentenceContext {
  private readonly seen = new Map<RegExp, boolean>();
  private readonly found = new Map<RegExp, Map<number, { index: number; match: RegExpExecArray }[]>>();
  private segmentSpans: Span[] | null = null;
  private openingSpan: Span | null | undefined;

  /**
   * `figures` are the spans of the sentence's numbers; `preceding` is the text just before the sentence
   * on the same line, for cues that carry across sentences (a poll's findings).
   */
  constructor(
    readonly text: string,
    readonly figures: readonly Span[] = [],
    readonly preceding = '',
  ) {}

  has(pattern: RegExp): boolean {
    let found = this.seen.get(pattern);
    if (found === undefined) {
      found = pattern.test(this.text);
      this.seen.set(pattern, found);
    }
    return found;
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
      const text = this.text.slice(scope.start, scope.end);
      matches = [...text.matchAll(pattern)].map((match) => ({ index: scope.start + match.index, match }));
      byScope.set(scope.start, matches);
    }
    return matches;
  }

  /** The segments of the sentence, in order. */
  segments(): Span[] {
    if (this.segmentSpans === null) {
      const spans: Span[] = [];
      let start = 0;
      for (const match of this.text.matchAll(SEGMENT_BOUND)) {
        // A comma between digits belongs to the number ("27,000").
        if (
          match[0] === ',' &&
          /\d/.test(this.text[match.index - 1] ?? '') &&
          /\d/.test(this.text[match.index + 1] ?? '')
        )
          continue;
        if (match.index > start) spans.push({ start, end: match.index });
        start = match.index + 1;
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

  /** A short opening phrase set off by a comma, without a number of its own: it frames the whole sentence. */
  opening(): Span | null {
    if (this.openingSpan === undefined) this.openingSpan = this.findOpening();
    return this.openingSpan;
  }

  private findOpening(): Span | null {
    const [first, second] = this.segments();
    if (!first || !second || this.text[first.end] !== ',') return null;
    const words = this.text.slice(first.start, first.end).trim().split(/\s+/);
    if (words.length > MAX_OPENING_WORDS) return null;
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
