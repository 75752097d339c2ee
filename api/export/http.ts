import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Db } from '../db/client.ts';
import { FilterError, type FigureFilter, figureFilterSql, parseFigureFilter } from '../filters.ts';
import { openSelection } from './rows.ts';
import { type ExportFormat, writeExport } from './stream.ts';

/** The export URLs and the format each serves. */
export const EXPORT_ROUTES: Readonly<Record<string, ExportFormat>> = {
  '/export/figures.csv': 'csv',
  '/export/figures.jsonl': 'jsonl',
};

/** The response header that carries the number of rows the body will hold, counted before the first. */
export const ROW_COUNT_HEADER = 'X-Tally-Row-Count';

const CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8; header=present',
  jsonl: 'application/x-ndjson; charset=utf-8',
};

const MAX_NAME_PART = 60;

function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, MAX_NAME_PART)
    .replace(/-$/, '');
}

/**
 * A file name that says what the file holds, e.g.
 * `tally-figures-deaths-2025-09-01-to-2025-12-31-412-rows.csv`: the filter, then the row count, so a
 * saved file can still be checked for completeness.
 */
export function exportFileName(filter: FigureFilter, rows: number, format: ExportFormat): string {
  const parts = ['tally-figures', ...(filter.categories ?? []).map(slug)];
  if (filter.qualifier) parts.push(slug(filter.qualifier));
  if (filter.cumulative != null) parts.push(filter.cumulative ? 'cumulative' : 'not-cumulative');
  if (filter.publisher) parts.push(slug(filter.publisher));
  if (filter.documents?.length) parts.push(`documents-${filter.documents.join('-')}`.slice(0, MAX_NAME_PART));
  if (filter.q) parts.push(`matching-${slug(filter.q)}`);
  if (filter.minValue != null) parts.push(`min-${slug(String(filter.minValue))}`);
  if (filter.maxValue != null) parts.push(`max-${slug(String(filter.maxValue))}`);
  if (filter.from && filter.to) parts.push(`${filter.from}-to-${filter.to}`);
  else if (filter.from) parts.push(`from-${filter.from}`);
  else if (filter.to) parts.push(`to-${filter.to}`);
  parts.push(`${rows}-rows`);
  return `${parts.filter(Boolean).join('-')}.${format}`;
}

function refuse(res: ServerResponse, status: number, message: string, headers: Record<string, string> = {}) {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', ...headers });
  res.end(`${message}\n`);
}

/**
 * Serves `GET /export/figures.csv` and `/export/figures.jsonl` with the dashboard's filter parameters
 * (plus `bom=1` for CSV). Returns false, touching nothing, for any other path. The row count goes in a
 * header before the body; a body that cannot be finished is cut off by closing the connection, never
 * ended cleanly, so an HTTP client sees the transfer fail.
 */
export async function handleExport(db: Db, req: IncomingMessage, res: ServerResponse): Promise<boolean> {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const format = EXPORT_ROUTES[url.pathname];
  if (!format) return false;
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    refuse(res, 405, 'use GET', { Allow: 'GET, HEAD' });
    return true;
  }
  let filter: FigureFilter;
  try {
    filter = parseFigureFilter(url.searchParams);
  } catch (error) {
    if (!(error instanceof FilterError)) throw error;
    refuse(res, 400, `bad filter: ${error.message}`);
    return true;
  }

  const selection = openSelection(db, figureFilterSql(filter));
  const total = await selection.count();
  if (res.destroyed) return true;
  res.writeHead(200, {
    'Content-Type': CONTENT_TYPES[format],
    'Content-Disposition': `attachment; filename="${exportFileName(filter, total, format)}"`,
    [ROW_COUNT_HEADER]: String(total),
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  });
  if (req.method === 'HEAD') {
    res.end();
    return true;
  }
  try {
    const result = await writeExport(selection, res, { format, bom: url.searchParams.get('bom') === '1' });
    // Fewer rows than announced (figures deleted meanwhile) must not look like a complete file either.
    if (result.complete && result.rows === total) res.end();
    else res.destroy();
  } catch (error) {
    console.error(`export ${url.pathname}${url.search} failed:`, error);
    res.destroy();
  }
  return true;
}
