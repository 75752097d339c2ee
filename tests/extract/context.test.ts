// A sentence's context remembers its answers per sentence, and reads its segments by character.
import { describe, expect, it } from 'vitest';
import { SentenceContext } from '../../api/extract/context.ts';

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
