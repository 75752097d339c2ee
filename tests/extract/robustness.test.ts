// Bad input never breaks the extractor: no exception, spans inside the text, text equal to its span,
// finite values, over random strings built from the hard cases.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../api/extract/index.ts';
import { CATEGORIES, QUALIFIERS } from '../../api/extract/types.ts';

const pieces = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.constantFrom(
    '999999999999999999999',
    '1e400',
    '-0',
    '12,345,678,901,234,567,890',
    '$9999999999999999999bn',
    '4.5 million',
    'at least',
    'more than a dozen',
    'between 10 and',
    ' killed ',
    ' wounded ',
    ' troops ',
    ' On 3 April ',
    ' last month ',
    ' since September ',
    'Mr. ',
    'U.S. ',
    '.',
    '\n',
    '\r\n',
    '\u0000',
    '\u0007',
    '\u200f',
    '\u202e',
    'قتل ٢٣ شخصا',
    '死亡 12 人',
    'שלושה הרוגים',
    '\ud83d\udca5',
    '\ud800',
    '%',
    '٣٤',
  ),
);

const texts = fc.oneof(
  fc.array(pieces, { maxLength: 40 }).map((parts) => parts.join(' ')),
  fc.array(pieces, { minLength: 1, maxLength: 8 }).map((parts) => parts.join(' ').repeat(60)),
);

describe('extractFigures on bad input', () => {
  it('never throws and keeps every figure well formed', () => {
    fc.assert(
      fc.property(texts, fc.constantFrom('2024-05-15', null, 'not a date'), (text, published) => {
        const figures = extractFigures(text, { published });
        let previousEnd = 0;
        for (const f of figures) {
          expect(f.start).toBeGreaterThanOrEqual(previousEnd);
          expect(f.end).toBeGreaterThan(f.start);
          expect(f.end).toBeLessThanOrEqual(text.length);
          expect(f.text).toBe(text.slice(f.start, f.end));
          expect(Number.isFinite(f.value)).toBe(true);
          if (f.valueMax !== null) expect(Number.isFinite(f.valueMax)).toBe(true);
          expect(CATEGORIES).toContain(f.category);
          expect(QUALIFIERS).toContain(f.qualifier);
          expect(text.includes(f.sentence)).toBe(true);
          previousEnd = f.end;
        }
      }),
      { numRuns: 200 },
    );
  }, 60_000);

  it('reads a very long sentence in bounded time', () => {
    const text = `${'the convoy moved 12 trucks and '.repeat(20_000)}stopped.`;
    const started = performance.now();
    const figures = extractFigures(text, { published: '2024-05-15' });
    expect(figures.length).toBe(20_000);
    // Generous for a loaded CI machine; a quadratic pass would take minutes.
    expect(performance.now() - started).toBeLessThan(15_000);
  });

  it('survives input that is not a string', () => {
    expect(extractFigures(undefined as unknown as string, {})).toEqual([]);
  });
});

describe('words that name members of Object.prototype', () => {
  // Word tables are looked up by any word of an article; a table with a prototype would find
  // `constructor` or `__proto__` in it and read the word as a currency or a scale.
  it.each(Object.getOwnPropertyNames(Object.prototype))('reads %j as a plain word', (word) => {
    const figures = extractFigures(`They hired 3 ${word} firms and saw 5 ${word}.`, {
      published: '2025-01-01',
    });
    expect(figures.map((f) => f.value)).toEqual([3, 5]);
    for (const figure of figures) {
      expect(figure.category).toBe('other');
      expect(String(figure.unit)).not.toMatch(/function|object|\[/i);
    }
  });
});
