import type { Writable } from 'node:stream';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { CSV_HEADER, csvRows, UTF8_BOM } from './csv.ts';
import { jsonlRows } from './jsonl.ts';
import type { ExportRow, FigureSelection } from './rows.ts';

export const EXPORT_FORMATS = ['csv', 'jsonl'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportOptions {
  format: ExportFormat;
  /** Start a CSV file with a UTF-8 byte-order mark (for Excel). Ignored for JSON Lines. */
  bom?: boolean;
}

export interface ExportResult {
  rows: number;
  /** False when the destination closed or failed before the last row was written. */
  complete: boolean;
}

const FORMATTERS: Record<ExportFormat, (rows: ExportRow[]) => string> = { csv: csvRows, jsonl: jsonlRows };

/**
 * Resolves true on 'drain', false if the destination closes or fails first. Listeners are removed
 * either way, so a long export does not pile them up.
 */
function drained(out: Writable): Promise<boolean> {
  return new Promise((resolve) => {
    const settle = (ok: boolean) => {
      out.off('drain', onDrain);
      out.off('close', onClose);
      out.off('error', onClose);
      resolve(ok);
    };
    const onDrain = () => settle(true);
    const onClose = () => settle(false);
    out.on('drain', onDrain);
    out.on('close', onClose);
    out.on('error', onClose);
  });
}

/**
 * Writes the selection to `out` one page at a time: it waits for 'drain' when the destination is full
 * (so memory holds at most about one page) and lets the event loop run between pages (so other requests
 * are served during a long export). Stops at once when the destination closes. Does not end `out`.
 */
export async function writeExport(
  selection: FigureSelection,
  out: Writable,
  options: ExportOptions,
): Promise<ExportResult> {
  const format = FORMATTERS[options.format];
  let rows = 0;
  const gone = () => out.destroyed || out.writableEnded;
  if (options.format === 'csv' && !out.write(options.bom ? UTF8_BOM + CSV_HEADER : CSV_HEADER)) {
    if (!(await drained(out))) return { rows, complete: false };
  }
  let afterId = 0;
  for (;;) {
    if (gone()) return { rows, complete: false };
    const page = selection.page(afterId);
    if (page.length === 0) return { rows, complete: true };
    rows += page.length;
    afterId = page[page.length - 1][0] as number;
    if (!out.write(format(page)) && !(await drained(out))) return { rows, complete: false };
    await nextTurn();
  }
}
