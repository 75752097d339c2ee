// Reads an export back with csv-parse, keeping what the quoting says: a quoted cell is text, a bare empty
// cell is null, any other bare cell a number or a boolean.
import { parse } from 'csv-parse/sync';
import { EXPORT_COLUMNS } from '../../api/export/rows.ts';

export type Cell = string | number | boolean | null;

export function parseCsvExport(csv: string): { header: string[]; rows: Cell[][] } {
  const records: Cell[][] = parse(csv, {
    bom: true,
    relax_column_count: false,
    cast: (value, context) => {
      if (context.quoting || context.header || context.lines === 1) return value;
      if (value === '') return null;
      if (value === 'true' || value === 'false') return value === 'true';
      const number = Number(value);
      if (Number.isNaN(number))
        throw new Error(`bare cell "${value}" is not a number (line ${context.lines})`);
      return number;
    },
  });
  const [header, ...rows] = records;
  return { header: header as string[], rows };
}

export const COLUMN_NAMES: string[] = EXPORT_COLUMNS.map((c) => c.name);

/** The cells an export row must hold for a figure, from any source that gives the column values by name. */
export function expectedCsvCells(record: Record<string, Cell>): Cell[] {
  return EXPORT_COLUMNS.map(({ name, kind }) => {
    const value = record[name] ?? null;
    if (kind === 'text' && typeof value === 'string')
      return /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/.test(value) ? `'${value}` : value;
    if (kind === 'boolean') return Boolean(value);
    return value;
  });
}
