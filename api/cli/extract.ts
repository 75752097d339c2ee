import { basename } from 'node:path';
import { extractFigures } from '../extract/index.ts';
import type { ExtractedFigure } from '../extract/types.ts';
import { validateDocument } from '../ingest/document.ts';
import { listSources, readSource } from '../ingest/sources.ts';
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

export async function runExtract(argv: string[]): Promise<number> {
  const parsed = parseCommand(argv, METADATA_OPTIONS, HELP);
  if (!parsed) return 0;
  if (parsed.positionals.length === 0) throw new UsageError('give at least one file or folder');
  const items = listSources(parsed.positionals);
  const overrides = metadataOverrides(parsed.values, items.filter((item) => 'file' in item).length);
  let failed = 0;
  for (const item of items) {
    if (!('file' in item)) {
      console.error(`tally extract: ${item.path}: ${item.problem}`);
      failed++;
      continue;
    }
    try {
      const doc = readSource(item.file, overrides);
      validateDocument(doc);
      const lines = extractFigures(doc.text, { published: doc.publishedAt }).map(
        (f) => `${JSON.stringify(figureRecord(basename(item.file), f))}\n`,
      );
      if (!process.stdout.write(lines.join('')))
        await new Promise((done) => process.stdout.once('drain', done));
    } catch (error) {
      console.error(`tally extract: ${item.file}: ${(error as Error).message}`);
      failed++;
    }
  }
  return failed ? 1 : 0;
}
