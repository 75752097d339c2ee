import { createWriteStream, existsSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { dbPathFromEnv, openDb } from '../db/client.ts';
import { CATEGORIES } from '../extract/types.ts';
import { openSelection } from '../export/rows.ts';
import {
  EXPORT_FORMATS,
  type ExportFormat,
  type ExportOptions,
  type ExportResult,
  writeExport,
} from '../export/stream.ts';
import { FILTER_PARAMS, FilterError, figureFilterSql, parseFigureFilter } from '../filters.ts';
import { parseCommand, UsageError } from './args.ts';

const HELP = `
usage: tally export [options]

Writes the stored figures that match the filters, with the document each came from, as CSV (one header
row, RFC 4180 quoting, UTF-8) or as JSON Lines, in figure id order. The same filters as the dashboard and
GET /export/figures.csv. Text cells a spreadsheet would run as a formula (starting with = + - @, tab or
carriage return) are prefixed with a single quote; numbers, negative ones too, are written as numbers.

options:
  --format csv|jsonl        output format (default: csv)
  -o, --output FILE         write to FILE (via a temporary file renamed at the end, so a failed export
                            never leaves a partial FILE); default: standard output
  --bom                     start the CSV with a UTF-8 byte-order mark, for Excel
  --category NAME           a category, repeat for several:
                            ${CATEGORIES.join(', ')}
  --from YYYY-MM-DD         first day (or YYYY-MM: from the month's first day)
  --to YYYY-MM-DD           last day (or YYYY-MM: to the month's last day)
  --document ID             a document id (repeat for several)
  --publisher NAME          exact publisher name
  --qualifier NAME          exact, approximately, at_least, more_than, at_most, less_than or range
  --cumulative true|false   running totals only, or none of them
  --min N, --max N          value range
  --q TEXT                  text that the figure's sentence contains (any case)
  --db PATH                 SQLite database (default: $TALLY_DB or data/tally.db)
  -h, --help                this help
`;

const OPTIONS = {
  format: { type: 'string', default: 'csv' },
  output: { type: 'string', short: 'o' },
  bom: { type: 'boolean' },
  category: { type: 'string', multiple: true },
  from: { type: 'string' },
  to: { type: 'string' },
  document: { type: 'string', multiple: true },
  publisher: { type: 'string' },
  qualifier: { type: 'string' },
  cumulative: { type: 'string' },
  min: { type: 'string' },
  max: { type: 'string' },
  q: { type: 'string' },
  db: { type: 'string' },
} as const;

export async function runExport(argv: string[]): Promise<number> {
  const parsed = parseCommand(argv, OPTIONS, HELP);
  if (!parsed) return 0;
  const { values, positionals } = parsed;
  if (positionals.length) throw new UsageError(`unexpected argument "${positionals[0]}"`);
  const format = values.format as ExportFormat;
  if (!EXPORT_FORMATS.includes(format)) {
    throw new UsageError(`--format must be ${EXPORT_FORMATS.join(' or ')}, not "${values.format}"`);
  }

  // The flags become the URL parameters the HTTP export takes, so both are read by the one filter parser.
  const params = new URLSearchParams();
  for (const flag of FILTER_PARAMS) {
    const value = values[flag];
    for (const item of Array.isArray(value) ? value : value === undefined ? [] : [value]) {
      params.append(flag, item);
    }
  }
  let where: ReturnType<typeof figureFilterSql>;
  try {
    where = figureFilterSql(parseFigureFilter(params));
  } catch (error) {
    if (error instanceof FilterError) throw new UsageError(error.message);
    throw error;
  }

  const dbPath = values.db ?? dbPathFromEnv();
  // Opening a missing file would create an empty database and export nothing, hiding a wrong path.
  if (dbPath !== ':memory:' && !existsSync(dbPath)) throw new UsageError(`no database at ${dbPath}`);
  const selection = openSelection(openDb(dbPath), where);
  const options: ExportOptions = { format, bom: values.bom };
  if (values.output === undefined) {
    const result = await writeExport(selection, process.stdout, options);
    return result.complete ? 0 : 1;
  }
  return exportToFile(values.output, (out) => writeExport(selection, out, options));
}

/** Writes through a temporary file beside `path` and renames it over `path` only once all went well. */
async function exportToFile(path: string, write: (out: Writable) => Promise<ExportResult>): Promise<number> {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  const out = createWriteStream(temporary);
  let failure: Error | undefined;
  out.on('error', (error) => {
    failure ??= error;
  });
  try {
    const result = await write(out);
    out.end();
    await finished(out);
    if (!result.complete || failure) throw failure ?? new Error('the output closed early');
    await rename(temporary, path);
    console.error(`tally export: wrote ${result.rows} figures to ${path}`);
    return 0;
  } catch (error) {
    out.destroy();
    await rm(temporary, { force: true });
    console.error(`tally export: ${path}: ${(failure ?? (error as Error)).message}; nothing written`);
    return 1;
  }
}
