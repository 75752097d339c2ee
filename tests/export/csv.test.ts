import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CSV_HEADER, csvRows, csvRowsBytes, csvText, defuseFormula } from '../../api/export/csv.ts';
import { jsonlRows } from '../../api/export/jsonl.ts';
import { EXPORT_COLUMNS, type ExportRow } from '../../api/export/rows.ts';
import { type Cell, COLUMN_NAMES, expectedCsvCells, parseCsvExport } from './read.ts';

/** Text that stresses quoting and formula escaping: quotes, separators, line breaks, formula starts. */
const awkwardText = fc.oneof(
  fc.string({
    unit: fc.constantFrom('"', ',', '\r', '\n', '=', '+', '-', '@', '\t', "'", 'a', ' ', 'é', '\uFF1D'),
  }),
  fc.string({ unit: 'grapheme' }),
  fc.string(),
);

const number = fc.oneof(
  fc.integer({ min: -1e9, max: 1e9 }),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);

/** A row as SQLite hands it over: numbers, 0/1 for the boolean, text or null where the schema allows. */
const exportRow: fc.Arbitrary<ExportRow> = fc.tuple(
  ...EXPORT_COLUMNS.map(({ kind }): fc.Arbitrary<string | number | null> => {
    if (kind === 'boolean') return fc.constantFrom(0, 1);
    if (kind === 'number') return fc.option(number);
    return fc.option(awkwardText);
  }),
);

function asRecord(row: ExportRow): Record<string, Cell> {
  return Object.fromEntries(COLUMN_NAMES.map((name, i) => [name, row[i]]));
}

/** -0 is written as 0, the only number whose text does not read back to itself. */
const normalized = (cells: Cell[]) => cells.map((cell) => (Object.is(cell, -0) ? 0 : cell));

describe('CSV writer', () => {
  it('reads back through csv-parse as the same cells, text defused, numbers as numbers', () => {
    fc.assert(
      fc.property(fc.array(exportRow, { maxLength: 20 }), (rows) => {
        const { header, rows: parsed } = parseCsvExport(CSV_HEADER + csvRows(rows));
        expect(header).toEqual(COLUMN_NAMES);
        expect(parsed).toEqual(rows.map((row) => normalized(expectedCsvCells(asRecord(row)))));
      }),
      { numRuns: 500 },
    );
  });

  it('writes the header row with every column, in order, ending in CRLF', () => {
    expect(CSV_HEADER).toBe(
      'figure_id,value,value_max,qualifier,unit,category,date,date_precision,cumulative,text,sentence,' +
        'start,end,document_id,title,publisher,url,published\r\n',
    );
  });

  it.each(['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx', '\uFF1D1+1', '\uFF0B1', '\uFF0D1', '\uFF20x'])(
    'prefixes a single quote to the formula-like text %j',
    (text) => {
      expect(defuseFormula(text)).toBe(`'${text}`);
      expect(csvText(text)).toBe(`"'${text}"`);
    },
  );

  it('leaves other text alone and quotes it, doubling quotes', () => {
    expect(csvText('12 people')).toBe('"12 people"');
    expect(csvText('')).toBe('""');
    expect(csvText('say "hi", then\r\nleave')).toBe('"say ""hi"", then\r\nleave"');
    expect(csvText("'quoted")).toBe(`"'quoted"`);
  });

  it('writes negative, fractional and large numbers bare, so they stay numbers', () => {
    const row: ExportRow = EXPORT_COLUMNS.map(() => null);
    row[0] = 7;
    row[1] = -1500.25;
    row[2] = 1e21;
    row[8] = 1;
    expect(csvRows([row])).toBe(`7,-1500.25,1e+21,,,,,,true,,,,,,,,,\r\n`);
  });
});

describe('CSV writer into bytes (what the export sends)', () => {
  /** Text with lone surrogates and non-ASCII at any place, which Buffer.write must encode as Buffer.from does. */
  const anyText = fc.oneof(awkwardText, fc.string({ unit: 'binary' }), fc.string({ unit: 'binary-ascii' }));
  const anyRow: fc.Arbitrary<ExportRow> = fc.tuple(
    ...EXPORT_COLUMNS.map(({ kind }): fc.Arbitrary<string | number | null> => {
      if (kind === 'boolean') return fc.constantFrom(0, 1);
      if (kind === 'number') return fc.option(number);
      return fc.option(anyText);
    }),
  );

  it('gives exactly the bytes of the text writer', () => {
    fc.assert(
      fc.property(fc.array(anyRow, { maxLength: 20 }), (rows) => {
        expect(csvRowsBytes(rows).equals(Buffer.from(csvRows(rows)))).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('grows its buffer for a page larger than any before, and keeps pages apart', () => {
    const row = (text: string): ExportRow => EXPORT_COLUMNS.map(({ kind }) => (kind === 'text' ? text : 1));
    const huge = [row(`"é${'x'.repeat(300_000)}"`), row('=1+1')];
    const first = csvRowsBytes(huge);
    const second = csvRowsBytes([row('small')]);
    expect(first.equals(Buffer.from(csvRows(huge)))).toBe(true);
    expect(second.toString()).toBe(csvRows([row('small')]));
  });
});

describe('JSON Lines writer', () => {
  it('writes one object per row with the column names and the values as stored', () => {
    fc.assert(
      fc.property(fc.array(exportRow, { maxLength: 10 }), (rows) => {
        const lines = jsonlRows(rows).split('\n');
        expect(lines.pop()).toBe('');
        expect(lines.map((line) => JSON.parse(line))).toEqual(
          rows.map((row) => ({
            ...asRecord(normalized(row) as ExportRow),
            cumulative: row[8] === 1,
          })),
        );
      }),
    );
  });
});
