// The extractor against the blind set (tests/fixtures/blind/README.md says how it was made and what its
// scores mean). The floors are REGRESSION FLOORS, not targets: a little below what the extractor measured
// on 2026-11-25, so that a change that makes it generalise worse fails here.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatScore } from '../../api/extract/score.ts';
import { scoreFolder } from './corpus.ts';

const dir = join(import.meta.dirname, '..', 'fixtures', 'blind');
const { gold, report } = scoreFolder(dir, join(dir, 'blind.gold.jsonl'));

describe('blind gold', () => {
  // Measured: all F1 0.987, category 0.969, date 0.936; conflict F1 0.964, qualifier 0.988.
  it('stays above the regression floors', () => {
    console.log(`blind set (${gold.length} gold figures)\n${formatScore(report)}`);
    expect(report.all.f1).toBeGreaterThanOrEqual(0.95);
    expect(report.all.category_acc).toBeGreaterThanOrEqual(0.93);
    expect(report.all.date_acc).toBeGreaterThanOrEqual(0.88);
    expect(report.conflict.f1).toBeGreaterThanOrEqual(0.92);
    expect(report.conflict.qualifier_acc).toBeGreaterThanOrEqual(0.95);
  });
});
