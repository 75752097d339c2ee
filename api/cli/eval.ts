import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  formatScore,
  type GoldRecord,
  type PredictedRecord,
  parseJsonLines,
  scoreReport,
} from '../extract/score.ts';
import { parseCommand, UsageError } from './args.ts';
import { extractFiles, figureRecord } from './extract.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const DEFAULT_GOLD = join(root, 'tests/fixtures/gold/seeds.gold.jsonl');
const DEFAULT_ARTICLES = join(root, 'seeds');

const HELP = `
usage: tally eval [--gold GOLD.jsonl] [--pred PRED.jsonl | PATH...] [--json]

Scores extracted figures against a gold file as tests/fixtures/gold/README.md defines: precision, recall
and F1 over all figures and over conflict figures, and the accuracy of category, qualifier, date and
cumulative on the matched figures, with the gold figures missed.
With PATHs, extracts those articles first (as \`tally extract\` does); with --pred, scores a JSON Lines
file of predictions. With neither, scores the seed articles against their gold file.

options:
  --gold FILE   gold figures (default: tests/fixtures/gold/seeds.gold.jsonl)
  --pred FILE   predictions to score instead of extracting
  --json        print the scores as one JSON object
  -h, --help    this help
`;

function readJsonLines<T>(path: string, what: string): T[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new UsageError(`cannot read the ${what} file ${path}`);
  }
  try {
    return parseJsonLines<T>(text);
  } catch (error) {
    throw new UsageError(`${path}: ${(error as Error).message}`);
  }
}

export async function runEval(argv: string[]): Promise<number> {
  const parsed = parseCommand(
    argv,
    { gold: { type: 'string' }, pred: { type: 'string' }, json: { type: 'boolean' } },
    HELP,
  );
  if (!parsed) return 0;
  const { values, positionals } = parsed;
  if (values.pred && positionals.length)
    throw new UsageError('give either --pred or articles to extract, not both');
  const gold = readJsonLines<GoldRecord>(values.gold ?? DEFAULT_GOLD, 'gold');

  let predicted: PredictedRecord[];
  let failed = 0;
  if (values.pred) {
    predicted = readJsonLines<PredictedRecord>(values.pred, 'predictions');
  } else {
    predicted = [];
    for (const result of extractFiles(positionals.length ? positionals : [DEFAULT_ARTICLES], {})) {
      if ('problem' in result) {
        console.error(`tally eval: ${result.path}: ${result.problem}`);
        failed++;
      } else {
        predicted.push(...result.figures.map((f) => figureRecord(result.doc, f)));
      }
    }
  }
  const report = scoreReport(gold, predicted);
  console.log(values.json ? JSON.stringify(report) : formatScore(report));
  return failed ? 1 : 0;
}
