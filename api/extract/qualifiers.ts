// Qualifier words around a number ("at least 95", "nearly 15 000", "50 or more") widen its span and
// say how the number bounds the true count.
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
  at_least: ['at least', 'no fewer than', 'no less than', 'not less than', 'not fewer than', 'a minimum of'],
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
    'just over',
    'slightly more than',
    'far more than',
    'many more than',
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
    'an approximate',
  ],
  at_most: ['up to', 'as many as', 'at most', 'no more than', 'not more than', 'a maximum of', 'as much as'],
  less_than: ['fewer than', 'less than', 'under', 'below', 'just under', 'just below', 'slightly less than'],
};

/** Phrases written after a number. */
const AFTER: [RegExp, Qualifier][] = [
  [/^(?:\s+or\s+(?:more|higher|greater|above))(?![\p{L}\p{N}])/iu, 'at_least'],
  [/^(?:\s+or\s+(?:fewer|less|lower|below))(?![\p{L}\p{N}])/iu, 'at_most'],
  [/^(?:\s+or\s+so)(?![\p{L}\p{N}])/iu, 'approximately'],
  [/^(?:-odd)(?![\p{L}\p{N}])/iu, 'approximately'],
  [/^(?:-plus|\+)(?![\p{L}\p{N}])/iu, 'more_than'],
];

function phrasePattern(phrase: string): string {
  return phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
}

const BEFORE_PATTERNS: [RegExp, Qualifier][] = Object.entries(BEFORE).map(([qualifier, phrases]) => [
  // Longest phrases first so that "no more than" wins over "more than".
  new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${[...phrases]
      .sort((a, b) => b.length - a.length)
      .map(phrasePattern)
      .join('|')})\\s+$`,
    'iu',
  ),
  qualifier as Qualifier,
]);

/** "between 10 and 12", "from 10 to 12": the lead word belongs to the range's text. */
const RANGE_LEAD = /(?<![\p{L}\p{N}])(?:between|from)\s+$/iu;

/** How far left a qualifier phrase may start. */
const REACH = 24;

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
  let earliest = before.length;
  for (const [pattern, meaning] of BEFORE_PATTERNS) {
    const match = pattern.exec(before);
    if (match && match.index < earliest) {
      earliest = match.index;
      start = windowStart + match.index;
      qualifier = meaning;
    }
  }
  for (const [pattern, meaning] of AFTER) {
    const match = pattern.exec(after);
    if (match) {
      end = number.end + match[0].length;
      if (start === number.start) qualifier = meaning;
      break;
    }
  }
  return { start, end, qualifier };
}
