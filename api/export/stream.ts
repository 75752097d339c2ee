import type { Writable } from 'node:stream';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { CSV_HEADER, csvRowsBytes, UTF8_BOM } from './csv.ts';
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

const FORMATTERS: Record<ExportFormat, (rows: ExportRow[]) => string | Buffer> = {
  csv: csvRowsBytes,
  jsonl: jsonlRows,
};

/**
 * Writes the selection to `out` one page at a time: it waits for 'drain' when the destination is full
 * (so memory holds at most about one page) and lets the event loop run between pages (so other requests
 * are served during a long export). Stops at once when the destination closes or fails. Does not end
 * `out`.
 */
export async function writeExport(
  selection: FigureSelection,
  out: Writable,
  options: ExportOptions,
): Promise<ExportResult> {
  const format = FORMATTERS[options.format];
  // A closed destination may never emit 'drain' again, so its closing is watched from the start.
  let closed = out.destroyed;
  let wake: (() => void) | undefined;
  const onDrain = () => wake?.();
  const onClose = () => {
    closed = true;
    wake?.();
  };
  out.on('drain', onDrain);
  out.on('close', onClose);
  out.on('error', onClose);
  const write = async (chunk: string | Buffer) => {
    if (!out.write(chunk) && !closed) await new Promise<void>((resolve) => (wake = resolve));
    return !closed;
  };

  let rows = 0;
  try {
    if (options.format === 'csv' && !(await write(options.bom ? UTF8_BOM + CSV_HEADER : CSV_HEADER))) {
      return { rows, complete: false };
    }
    for (const page of selection.pages()) {
      if (page.length > 0) {
        if (!(await write(format(page)))) return { rows, complete: false };
        rows += page.length;
      }
      await nextTurn();
      if (closed) return { rows, complete: false };
    }
    return { rows, complete: true };
  } finally {
    out.off('drain', onDrain);
    out.off('close', onClose);
    out.off('error', onClose);
  }
}
