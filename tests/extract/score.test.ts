import { describe, expect, it } from 'vitest';
import {
  formatScore,
  type GoldRecord,
  type PredictedRecord,
  parseJsonLines,
  scoreFigures,
  scoreReport,
} from '../../api/extract/score.ts';

const gold: GoldRecord[] = [
  {
    doc: 'a.txt',
    start: 0,
    end: 8,
    text: 'at least 5',
    value: 5,
    qualifier: 'at_least',
    category: 'deaths',
    date: '2024-05',
    cumulative: false,
  },
  { doc: 'a.txt', start: 20, end: 22, text: '12', value: 12, qualifier: 'exact', category: 'other' },
  {
    doc: 'a.txt',
    start: 30,
    end: 36,
    text: 'dozens',
    value: 12,
    qualifier: 'at_least',
    category: 'strikes',
    optional: true,
  },
  {
    doc: 'b.txt',
    start: 0,
    end: 3,
    text: '40%',
    value: 40,
    qualifier: 'exact',
    category: 'poll',
    cumulative: true,
  },
];

const predicted: PredictedRecord[] = [
  // Matches the first gold figure, with a day inside the gold month and the wrong qualifier.
  {
    doc: 'seeds/a.txt',
    start: 0,
    end: 8,
    value: 5,
    qualifier: 'exact',
    category: 'deaths',
    date: '2024-05-02',
  },
  // Overlaps the second gold figure with another value: a false positive.
  { doc: 'a.txt', start: 20, end: 22, value: 13, qualifier: 'exact', category: 'other' },
  // Absorbed by the optional figure, whatever its value.
  { doc: 'a.txt', start: 31, end: 33, value: 99, qualifier: 'exact', category: 'other' },
  // Matches the poll figure in value but not in category.
  { doc: 'b.txt', start: 0, end: 3, value: '40', qualifier: 'exact', category: 'other', cumulative: false },
  // Overlaps nothing.
  { doc: 'b.txt', start: 50, end: 52, value: 7, qualifier: 'exact', category: 'troops' },
];

describe('scoreFigures', () => {
  it('counts matches, false positives and misses over all figures', () => {
    const s = scoreFigures(gold, predicted);
    expect([s.tp, s.fp, s.fn]).toEqual([2, 2, 1]);
    expect(s.precision).toBe(0.5);
    expect(s.recall).toBeCloseTo(2 / 3);
    expect(s.f1).toBeCloseTo(4 / 7);
    expect(s.category_acc).toBe(0.5);
    expect(s.qualifier_acc).toBe(0.5);
    expect([s.date_acc, s.dated]).toEqual([1, 1]);
    expect(s.cumulative_acc).toBe(0.5);
    expect(s.misses).toEqual(['a.t:20 "12" other']);
  });

  it('counts over conflict figures only, where the category must match too', () => {
    const s = scoreFigures(gold, predicted, true);
    expect([s.tp, s.fp, s.fn]).toEqual([1, 1, 1]);
    expect(s.misses).toEqual(['b.t:0 "40%" poll']);
  });

  it('lets each gold figure match one prediction only', () => {
    const twice = [predicted[0], predicted[0]];
    expect(scoreFigures(gold.slice(0, 1), twice)).toMatchObject({ tp: 1, fp: 1, fn: 0 });
  });

  it('scores zero, not NaN, when nothing is predicted', () => {
    expect(scoreFigures(gold, [])).toMatchObject({ precision: 0, recall: 0, f1: 0, category_acc: 0 });
  });
});

describe('formatScore', () => {
  it('prints the report as score.py does', () => {
    expect(formatScore(scoreReport(gold, predicted))).toBe(
      [
        'all figures: P=0.500 R=0.667 F1=0.571 (tp=2 fp=2 fn=1) category=0.500 qualifier=0.500 date=1.000/1 cumulative=0.500',
        '  missed: a.t:20 "12" other',
        'conflict figures: P=0.500 R=0.500 F1=0.500 (tp=1 fp=1 fn=1) category=1.000 qualifier=0.000 date=1.000/1 cumulative=1.000',
        '  missed: b.t:0 "40%" poll',
      ].join('\n'),
    );
  });

  it('rounds an exact tie to the even digit, as Python does', () => {
    const report = scoreReport([], []);
    report.all.precision = 0.0625;
    report.all.recall = 0.1875;
    expect(formatScore(report)).toMatch(/^all figures: P=0\.062 R=0\.188 /);
  });
});

describe('parseJsonLines', () => {
  it('skips blank lines and names the line of a malformed one', () => {
    expect(parseJsonLines('{"a":1}\n\n{"a":2}\n')).toEqual([{ a: 1 }, { a: 2 }]);
    expect(() => parseJsonLines('{"a":1}\n{oops')).toThrow(/line 2/);
  });
});
