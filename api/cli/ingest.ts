import { basename } from 'node:path';
import { SingleBar } from 'cli-progress';
import { dbPathFromEnv, openDb } from '../db/client.ts';
import { ingestSources } from '../ingest/batches.ts';
import { listSources, readSource } from '../ingest/sources.ts';
import { parseCommand, UsageError } from './args.ts';
import { METADATA_HELP, METADATA_OPTIONS, metadataOverrides } from './metadata.ts';

const HELP = `
usage: tally ingest [options] PATH...

Extracts the figures of each article and stores the article and its figures in the database, one
transaction per article. PATH is a .txt file or a folder (its .txt files, recursively). A manifest.json
beside the files gives each one's publisher, publication date, title and url; without one, a date line at
the top of the text ("date 2026-01-03", "December 1, 2025") gives the publication date.
Articles already stored (same text) are skipped. A file that cannot be read is reported and the rest
are still ingested; the exit code is 1 when any file failed.

options:
${METADATA_HELP}
  --db PATH               SQLite database (default: $TALLY_DB or data/tally.db)
  -q, --quiet             no progress bar and no summary
  -h, --help              this help
`;

/** Below this many files a progress bar is only noise. */
const PROGRESS_MIN_FILES = 20;

export async function runIngest(argv: string[]): Promise<number> {
  const parsed = parseCommand(
    argv,
    { ...METADATA_OPTIONS, db: { type: 'string' }, quiet: { type: 'boolean', short: 'q' } },
    HELP,
  );
  if (!parsed) return 0;
  const { values, positionals } = parsed;
  if (positionals.length === 0) throw new UsageError('give at least one file or folder to ingest');

  const items = listSources(positionals);
  const files = items.flatMap((item) => ('file' in item ? [item.file] : []));
  const overrides = metadataOverrides(values, files.length);
  const db = openDb(values.db ?? dbPathFromEnv());
  const started = performance.now();
  const counts = { added: 0, skipped: 0, failed: 0, figures: 0 };

  const bar =
    !values.quiet && process.stderr.isTTY && files.length >= PROGRESS_MIN_FILES
      ? new SingleBar({
          format: 'ingesting [{bar}] {value}/{total} {file}',
          stream: process.stderr,
          hideCursor: true,
        })
      : null;
  // Every source counts, a path that could not be used too: each is reported on.
  bar?.start(items.length, 0, { file: '' });
  const report = (path: string, problem: string) => {
    counts.failed++;
    const line = `tally ingest: ${path}: ${problem}`;
    // Clear the progress bar's line first; it redraws itself on the next tick.
    process.stderr.write(bar ? `\r\x1b[K${line}\n` : `${line}\n`);
  };

  try {
    for (const source of ingestSources(db, items, (file) => readSource(file, overrides))) {
      if ('problem' in source) report(source.path, source.problem);
      else if (source.outcome.status === 'failed') report(source.path, source.outcome.error.message);
      else if (source.outcome.status === 'added') {
        counts.added++;
        counts.figures += source.outcome.figures.length;
      } else {
        counts.skipped++;
      }
      bar?.increment(1, { file: basename(source.path) });
    }
  } finally {
    bar?.stop();
    db.$client.close();
  }

  if (!values.quiet) {
    const seconds = ((performance.now() - started) / 1000).toFixed(2);
    const skipped = counts.skipped ? `, ${counts.skipped} skipped (already stored)` : '';
    const failed = counts.failed ? `, ${counts.failed} failed` : '';
    console.error(
      `ingested ${counts.added} document${counts.added === 1 ? '' : 's'} with ${counts.figures} figures${skipped}${failed} in ${seconds} s`,
    );
  }
  return counts.failed ? 1 : 0;
}
