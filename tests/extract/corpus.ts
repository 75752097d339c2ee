// Scores the extractor on a folder of articles against a gold file, reading the articles (and the
// manifest.json beside them) exactly as `tally extract` and `tally eval` do.
import { readFileSync } from 'node:fs';
import { extractFiles, figureRecord } from '../../api/cli/extract.ts';
import {
  type GoldRecord,
  type PredictedRecord,
  parseJsonLines,
  scoreReport,
} from '../../api/extract/score.ts';

export function scoreFolder(articles: string, goldFile: string) {
  const predictions: PredictedRecord[] = [];
  for (const result of extractFiles([articles], {})) {
    if ('problem' in result) throw new Error(`${result.path}: ${result.problem}`);
    predictions.push(...result.figures.map((f) => figureRecord(result.doc, f)));
  }
  const gold = parseJsonLines<GoldRecord>(readFileSync(goldFile, 'utf8'));
  return { gold, predictions, report: scoreReport(gold, predictions) };
}
