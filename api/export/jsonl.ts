import { EXPORT_COLUMNS, type ExportRow } from './rows.ts';

const NAMES = EXPORT_COLUMNS.map((c) => c.name);
const CUMULATIVE = NAMES.indexOf('cumulative');

/**
 * Rows as JSON Lines: one object per figure with the CSV's column names, `cumulative` as a boolean.
 * No formula escaping: JSON is not opened by spreadsheets, and the values stay exactly as stored.
 */
export function jsonlRows(rows: ExportRow[]): string {
  let out = '';
  for (const row of rows) {
    const record: Record<string, string | number | boolean | null> = {};
    for (let i = 0; i < row.length; i++) record[NAMES[i]] = i === CUMULATIVE ? row[i] === 1 : row[i];
    out += `${JSON.stringify(record)}\n`;
  }
  return out;
}
