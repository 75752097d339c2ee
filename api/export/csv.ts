import { EXPORT_COLUMNS, type ExportRow } from './rows.ts';

/** Excel needs this byte-order mark to read a CSV file as UTF-8 rather than the locale's code page. */
export const UTF8_BOM = '\uFEFF';

const KINDS = EXPORT_COLUMNS.map((c) => c.kind);

/**
 * Characters that make a spreadsheet read a cell as a formula (OWASP, "CSV Injection"), with the
 * full-width forms that Apple Numbers folds into them.
 */
const FORMULA_STARTS = new Set(['=', '+', '-', '@', '\t', '\r', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20']);

/** A text cell that a spreadsheet would run, defused with a leading single quote as OWASP advises. */
export function defuseFormula(text: string): string {
  return FORMULA_STARTS.has(text[0]) ? `'${text}` : text;
}

/**
 * One text cell: always quoted (RFC 4180), so a reader can tell text from numbers and an empty text
 * from a missing one, and a quote inside is doubled.
 */
export function csvText(text: string): string {
  const safe = defuseFormula(text);
  return `"${safe.includes('"') ? safe.replaceAll('"', '""') : safe}"`;
}

/** The header row, with its CRLF. */
export const CSV_HEADER = `${EXPORT_COLUMNS.map((c) => c.name).join(',')}\r\n`;

/**
 * Rows as CSV text, each ending in CRLF. Written by hand rather than with csv-stringify: it measured
 * about twice as fast (see bench/csv.bench.ts), and tests/export/csv.test.ts checks it against
 * csv-parse. Numbers are bare, booleans `true`/`false`, null an empty unquoted cell.
 */
export function csvRows(rows: ExportRow[]): string {
  let out = '';
  for (const row of rows) {
    for (let i = 0; i < row.length; i++) {
      const value = row[i];
      if (i > 0) out += ',';
      if (value === null) continue;
      const kind = KINDS[i];
      if (kind === 'text') out += csvText(value as string);
      else if (kind === 'boolean') out += value ? 'true' : 'false';
      else out += value;
    }
    out += '\r\n';
  }
  return out;
}
