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
 * csv-parse. Numbers are bare, booleans `true`/`false`, null an empty unquoted cell. The export sends
 * csvRowsBytes's bytes, which are tested to be exactly these.
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

/** Where csvRowsBytes builds a page before copying it out; grows to the largest page seen. */
let scratch = Buffer.allocUnsafe(256 * 1024);

/** Makes room for `bytes` more bytes after `used`, keeping what is there. */
function room(used: number, bytes: number): void {
  if (used + bytes <= scratch.length) return;
  const larger = Buffer.allocUnsafe(Math.max(scratch.length * 2, used + bytes));
  scratch.copy(larger, 0, 0, used);
  scratch = larger;
}

const COMMA = 0x2c;
const QUOTE = 0x22;
const APOSTROPHE = 0x27;

/**
 * Writes `text` as UTF-8 at `at`, each double quote doubled; returns where it ended. ASCII, nearly all
 * of the text, is copied in this loop (a call into Buffer.write per cell costs more than the copy);
 * from the first other character on, Buffer.write encodes the rest.
 */
function putEscaped(text: string, at: number): number {
  for (let j = 0; j < text.length; j++) {
    const code = text.charCodeAt(j);
    if (code >= 0x80) {
      const rest = text.slice(j);
      return at + scratch.write(rest.includes('"') ? rest.replaceAll('"', '""') : rest, at);
    }
    scratch[at++] = code;
    if (code === QUOTE) scratch[at++] = QUOTE;
  }
  return at;
}

/** Writes ASCII text (a number's digits, true, false) at `at`; returns where it ended. */
function putAscii(text: string, at: number): number {
  for (let j = 0; j < text.length; j++) scratch[at++] = text.charCodeAt(j);
  return at;
}

/**
 * The same bytes as `Buffer.from(csvRows(rows))`, written straight into a buffer: each cell is encoded
 * where it goes instead of being joined into ever longer strings first. Building the text of a page
 * allocated about ten times its size in short-lived strings; this allocates the page's bytes once.
 */
export function csvRowsBytes(rows: ExportRow[]): Buffer {
  let at = 0;
  for (const row of rows) {
    for (let i = 0; i < row.length; i++) {
      const value = row[i];
      if (i > 0) {
        room(at, 1);
        scratch[at++] = COMMA;
      }
      if (value === null) continue;
      const kind = KINDS[i];
      if (kind === 'text') {
        const text = value as string;
        // At most 3 bytes per UTF-16 code unit (a doubled quote takes 2), the quotes and an apostrophe.
        room(at, text.length * 3 + 3);
        scratch[at++] = QUOTE;
        if (FORMULA_STARTS.has(text[0])) scratch[at++] = APOSTROPHE;
        at = putEscaped(text, at);
        scratch[at++] = QUOTE;
      } else {
        const cell = kind === 'boolean' ? (value ? 'true' : 'false') : String(value);
        room(at, cell.length);
        at = putAscii(cell, at);
      }
    }
    room(at, 2);
    scratch[at++] = 0x0d;
    scratch[at++] = 0x0a;
  }
  return Buffer.from(scratch.subarray(0, at));
}
