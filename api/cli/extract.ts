import { basename } from 'node:path';
import { extractFiguresOfEach } from '../extract/index.ts';
import type { ExtractedFigure } from '../extract/types.ts';
import { readBatches } from '../ingest/batches.ts';
import { validateDocument } from '../ingest/document.ts';
import { listSources, readSource, type SourceOverrides } from '../ingest/sources.ts';
import { parseCommand, UsageError } from './args.ts';
import { METADATA_HELP, METADATA_OPTIONS, metadataOverrides } from './metadata.ts';

const HELP = `
usage: tally extract [options] FILE...

Prints the figures of each article as JSON Lines on stdout, without touching the database: one object
per figure with doc, start, end, text, value, value_max, qualifier, unit, category, date, cumulative and
sentence (fields as in tests/fixtures/gold/README.md). Publication dates come from manifest.json beside
the files, the flags below, or the text's own date line, as for \`tally ingest\`.

options:
${METADATA_HELP}
  -h, --help              this help
`;

/** The contract other tools score: field names and order as in the gold file. */
export function figureRecord(doc: string, f: ExtractedFigure) {
  return {
    doc,
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
    sentence: f.sentence,
  };
}

export type FileFigures = { doc: string; figures: ExtractedFigure[] } | { path: string; problem: string };

/**
 * Reads and extracts the articles at the given paths a batch at a time, as `tally ingest` does, so memory
 * stays flat however many there are. A file that cannot be used yields its problem instead.
 */
export function* extractFiles(paths: string[], overrides: Partial<Record<keyof SourceOverrides, string>>) {
  const items = listSources(paths);
  const checked = metadataOverrides(overrides, items.filter((item) => 'file' in item).length);
  const read = (file: string) => {
    const doc = readSource(file, checked);
    validateDocument(doc);
    return doc;
  };
  for (const batch of readBatches(items, read)) {
    const docs = batch.flatMap((source) => ('doc' in source ? [source.doc] : []));
    const figures = extractFiguresOfEach(docs.map((doc) => ({ text: doc.text, published: doc.publishedAt })));
    let next = 0;
    for (const source of batch) {
      yield 'doc' in source
        ? { doc: basename(source.path), figures: figures[next++] }
        : (source as FileFigures);
    }
  }
}

export async function runExtract(argv: string[]): Promise<number> {
  const parsed = parseCommand(argv, METADATA_OPTIONS, HELP);
  if (!parsed) return 0;
  if (parsed.positionals.length === 0) throw new UsageError('give at least one file or folder');
  let failed = 0;
  for (const result of extractFiles(parsed.positionals, parsed.values)) {
    if ('problem' in result) {
      console.error(`tally extract: ${result.path}: ${result.problem}`);
      failed++;
      continue;
    }
    const lines = result.figures.map((f) => `${JSON.stringify(figureRecord(result.doc, f))}\n`).join('');
    if (!process.stdout.write(lines)) await new Promise((done) => process.stdout.once('drain', done));
  }
  return failed ? 1 : 0;
}
