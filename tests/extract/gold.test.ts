// The extractor against the seeds' gold figures, scored as the gold README describes.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../api/extract/index.ts';
import {
  formatScore,
  type GoldRecord,
  type PredictedRecord,
  parseJsonLines,
  scoreReport,
} from '../../api/extract/score.ts';

const root = join(import.meta.dirname, '..', '..');
const goldFile = join(root, 'tests', 'fixtures', 'gold', 'seeds.gold.jsonl');
const manifest: { file: string; published: string | null }[] = JSON.parse(
  readFileSync(join(root, 'seeds', 'manifest.json'), 'utf8'),
);

/** The publication date from the manifest, else from a ` date YYYY-MM-DD` line opening the text. */
function publishedOf(file: string, text: string): string | null {
  const listed = manifest.find((entry) => entry.file === file)?.published;
  return listed ?? /^\s*date (\d{4}-\d{2}-\d{2})/.exec(text)?.[1] ?? null;
}

const predictions: PredictedRecord[] = manifest.flatMap(({ file }) => {
  const text = readFileSync(join(root, 'seeds', file), 'utf8');
  return extractFigures(text, { published: publishedOf(file, text) }).map((f) => ({
    doc: file,
    start: f.start,
    end: f.end,
    text: f.text,
    value: f.value,
    value_max: f.valueMax,
    qualifier: f.qualifier,
    unit: f.unit,
    category: f.category,
    date: f.date,
    cumulative: f.cumulative,
  }));
});
const gold = parseJsonLines<GoldRecord>(readFileSync(goldFile, 'utf8'));
const report = scoreReport(gold, predictions);

describe('seed gold', () => {
  it('meets the extraction targets', () => {
    console.log(formatScore(report));
    expect(report.conflict.f1).toBeGreaterThanOrEqual(0.95);
    expect(report.all.f1).toBeGreaterThanOrEqual(0.9);
    expect(report.all.category_acc).toBeGreaterThanOrEqual(0.95);
    expect(report.all.qualifier_acc).toBeGreaterThanOrEqual(0.95);
    expect(report.all.date_acc).toBeGreaterThanOrEqual(0.9);
  });

  const python = spawnSync('python3', ['--version']).status === 0;
  it.skipIf(!python)('scores the predictions exactly as the reference scorer does', () => {
    const scorer = join(root, '..', 'shared', 'tools', 'score.py');
    const predFile = join(mkdtempSync(join(tmpdir(), 'tally-gold-')), 'pred.jsonl');
    writeFileSync(predFile, predictions.map((p) => `${JSON.stringify(p)}\n`).join(''));
    const run = spawnSync('python3', [scorer, goldFile, predFile, '--json'], { encoding: 'utf8' });
    if (run.status !== 0) return; // No reference scorer beside the repository: nothing to compare with.
    expect(report).toEqual(JSON.parse(run.stdout));
  });
});
