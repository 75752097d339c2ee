// The cheap tests that spare numbers and sentences a regular expression must never change an answer:
// these cases sit on their edges (case, spaces beyond ASCII, letters that fold onto ASCII ones).
import { describe, expect, it } from 'vitest';
import { SentenceContext } from '../../api/extract/context.ts';
import type { NumberExpression } from '../../api/extract/numbers.ts';
import { qualify } from '../../api/extract/qualifiers.ts';
import { sentenceAround } from '../../api/extract/sentences.ts';

function qualified(text: string, number: string) {
  const start = text.indexOf(number);
  const expression: NumberExpression = {
    start,
    end: start + number.length,
    value: 1,
    valueMax: null,
    unit: null,
    qualifier: null,
    vague: false,
  };
  const span = qualify(text, expression, { start: 0, end: text.length });
  return { text: text.slice(span.start, span.end), qualifier: span.qualifier };
}

describe('qualifier fast paths', () => {
  it.each([
    ['The toll PASSED the 1,000 mark.', '1,000', 'more_than'],
    // `ſ` folds onto `s` when matching case-insensitively.
    ['The toll paſſed 1,000 on Monday.', '1,000', 'more_than'],
    ['Sales topped\u00a0the 2,000 level.', '2,000', 'more_than'],
    ['Crowds surpassing 5,000 gathered.', '5,000', 'more_than'],
    ['He outpassed 300 people.', '300', 'exact'],
  ])('reads a crossing verb in %j', (text, number, qualifier) => {
    expect(qualified(text, number).qualifier).toBe(qualifier);
  });

  it.each([
    ['It has 50 OR MORE rooms.', '50', '50 OR MORE', 'at_least'],
    ['It has 50\u2003or so rooms.', '50', '50\u2003or so', 'approximately'],
    ['It has 40-odd rooms.', '40', '40-odd', 'approximately'],
    ['It has 100+ rooms.', '100', '100+', 'more_than'],
    ['It has 50, or more, rooms.', '50', '50', 'exact'],
  ])('reads the words after the number in %j', (text, number, expected, qualifier) => {
    expect(qualified(text, number)).toEqual({ text: expected, qualifier });
  });
});

describe('sentence bound fast paths', () => {
  function sentenceOf(text: string, marker: string): string {
    const { start, end } = sentenceAround(text, text.indexOf(marker));
    return text.slice(start, end);
  }

  it('keeps an initial outside ASCII inside the sentence', () => {
    const text = 'Her rival É. Ávila counted 30 votes.';
    expect(sentenceOf(text, '30')).toBe(text);
  });

  it('trims spaces outside ASCII around a sentence', () => {
    expect(sentenceOf('\u00a0 40 left.\u202f', '40')).toBe('40 left.');
  });

  it('ends a sentence at a paragraph separator', () => {
    expect(sentenceOf('Storm ends\u2029Crews cleared 14 wrecks.', '14')).toBe('Crews cleared 14 wrecks.');
  });
});

describe('SentenceContext answers', () => {
  it('keeps the answers of one sentence apart from another', () => {
    const pattern = /boats/;
    expect(new SentenceContext('Nine boats sank.').has(pattern)).toBe(true);
    expect(new SentenceContext('Nine ships sank.').has(pattern)).toBe(false);
  });

  it('remembers a computed answer even when it is undefined', () => {
    let calls = 0;
    const compute = () => {
      calls++;
      return undefined;
    };
    const context = new SentenceContext('Nine boats sank.');
    context.memo(compute);
    context.memo(compute);
    expect(calls).toBe(1);
  });

  it('keeps a comma between digits inside a segment', () => {
    const context = new SentenceContext('In total, 27,000 left (mostly) – so far.');
    expect(context.segments().map(({ start, end }) => context.text.slice(start, end))).toEqual([
      'In total',
      ' 27,000 left ',
      'mostly',
      ' ',
      ' so far.',
    ]);
  });
});
