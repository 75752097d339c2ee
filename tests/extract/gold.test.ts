// The extractor against the seeds' gold figures, scored as the gold README describes.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatScore } from '../../api/extract/score.ts';
import { scoreFolder } from './corpus.ts';

const root = join(import.meta.dirname, '..', '..');
const goldFile = join(root, 'tests', 'fixtures', 'gold', 'seeds.gold.jsonl');
const { predictions, report } = scoreFolder(join(root, 'seeds'), goldFile);

describe('seed gold', () => {
  it('meets the extraction targets', () => {
    console.log(formatScore(report));
    expect(report.conflict.f1).toBeGreaterThanOrEqual(0.95);
    expect(report.all.f1).toBeGreaterThanOrEqual(0.9);
    expect(report.all.category_acc).toBeGreaterThanOrEqual(0.95);
    expect(report.all.qualifier_acc).toBeGreaterThanOrEqual(0.95);
    expect(report.all.date_acc).toBeGreaterThanOrEqual(0.9);
  });

  // The reference scorer lives in ../shared, beside the repository, where CI and developers have it.
  const scorer = join(root, '..', 'shared', 'tools', 'score.py');
  const canCompare = existsSync(scorer) && spawnSync('python3', ['--version']).status === 0;
  it.skipIf(!canCompare)('scores the predictions exactly as the reference scorer does', () => {
    const predFile = join(mkdtempSync(join(tmpdir(), 'tally-gold-')), 'pred.jsonl');
    writeFileSync(predFile, predictions.map((p) => `${JSON.stringify(p)}\n`).join(''));
    const run = spawnSync('python3', [scorer, goldFile, predFile, '--json'], { encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    expect(report).toEqual(JSON.parse(run.stdout));
  });
});
