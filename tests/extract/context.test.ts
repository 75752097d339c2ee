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

  it('answers patterns of plain words from one search, as each would read only where a word starts', () => {
    // Words that start others, start inside others, differ in case, or only look alike (a Kelvin sign);
    // words inside words ("sea" in "Thosea", "total" in "subtotal") do not count.
    const patterns = [
      /total/i,
      /run of/i,
      /number of/i,
      /number/i,
      /toll|tally/i,
      /those/i,
      /sea/i,
      /in all/i,
      /all/i,
      /k/i,
      /home/i,
    ];
    const sentences = [
      'The NUMBER OF dead rose.',
      'A number off the coast.',
      'Thosea and thoSEa.',
      'Fall in all, tollnumber.',
      'A \u212A rating',
      'Homes burned.',
      'A subtotal of 5, then a total.',
      'A subtotal of 5.',
      'A nine-game run of wins.',
      '',
    ];
    for (const sentence of sentences) {
      const context = new SentenceContext(sentence);
      for (const pattern of patterns)
        expect(context.has(pattern), `${pattern} in ${sentence}`).toBe(
          new RegExp(`\\b(?:${pattern.source})`, 'i').test(sentence),
        );
    }
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
