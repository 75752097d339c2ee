import { Writable } from 'node:stream';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Db, openDb } from '../../api/db/client.ts';
import { documents, figures } from '../../api/db/schema.ts';
import { UTF8_BOM } from '../../api/export/csv.ts';
import { openSelection } from '../../api/export/rows.ts';
import { type ExportOptions, writeExport } from '../../api/export/stream.ts';
import { type FigureFilter, figureFilterSql } from '../../api/filters.ts';
import { ingestDocument, writeDocument } from '../../api/ingest/ingest.ts';
import { generateFigures } from './generated.ts';
import { type Cell, COLUMN_NAMES, expectedCsvCells, parseCsvExport } from './read.ts';

/** Collects everything written, as a file on disk or an HTTP body would. */
class Collector extends Writable {
  text = '';
  override _write(chunk: Buffer, _encoding: BufferEncoding, done: () => void) {
    this.text += chunk.toString('utf8');
    done();
  }
}

async function exportText(db: Db, filter: FigureFilter, options: ExportOptions, pageIds?: number) {
  const out = new Collector();
  const result = await writeExport(openSelection(db, figureFilterSql(filter), pageIds), out, options);
  return { ...result, text: out.text };
}

/** The same selection through drizzle's query builder: the export's expected content, by column name. */
function expectedRecords(db: Db, filter: FigureFilter): Record<string, Cell>[] {
  return db
    .select({
      figure_id: figures.id,
      value: figures.value,
      value_max: figures.valueMax,
      qualifier: figures.qualifier,
      unit: figures.unit,
      category: figures.category,
      date: figures.date,
      date_precision: figures.datePrecision,
      cumulative: figures.cumulative,
      text: figures.text,
      sentence: figures.sentence,
      start: figures.start,
      end: figures.end,
      document_id: documents.id,
      title: documents.title,
      publisher: documents.publisher,
      url: documents.url,
      published: documents.publishedAt,
    })
    .from(figures)
    .innerJoin(documents, eq(figures.documentId, documents.id))
    .where(figureFilterSql(filter))
    .orderBy(figures.id)
    .all()
    .map((record) => ({ ...record, date: record.date?.length === 7 ? `${record.date}-01` : record.date }));
}

const FILTERS: [string, FigureFilter][] = [
  ['no filter', {}],
  ['a category and a date range', { categories: ['deaths'], from: '2025-03-01', to: '2025-06-30' }],
  ['two categories', { categories: ['strikes', 'troops'] }],
  ['a publisher with a comma', { publisher: 'Wire, Inc.' }],
  ['a text search', { q: 'click' }],
  ['running totals above zero', { cumulative: true, minValue: 0 }],
  ['documents and a qualifier', { documents: [3, 4, 5], qualifier: 'range' }],
  ['nothing matching', { q: 'no sentence says this' }],
];

describe('export of a generated database', () => {
  let db: Db;
  beforeAll(() => {
    db = openDb(':memory:');
    generateFigures(db, 30, 100);
  });

  it.each(FILTERS)('CSV matches the database row for row: %s', async (_name, filter) => {
    const { text, rows, complete } = await exportText(db, filter, { format: 'csv' });
    const parsed = parseCsvExport(text);
    const expected = expectedRecords(db, filter);
    expect(parsed.header).toEqual(COLUMN_NAMES);
    expect(parsed.rows).toEqual(expected.map(expectedCsvCells));
    expect({ rows, complete }).toEqual({ rows: expected.length, complete: true });
  });

  it.each(FILTERS)('JSON Lines matches the database row for row: %s', async (_name, filter) => {
    const { text } = await exportText(db, filter, { format: 'jsonl' });
    const lines = text.split('\n').filter(Boolean);
    expect(lines.map((line) => JSON.parse(line))).toEqual(expectedRecords(db, filter));
  });

  it('gives the same file whatever the page size', async () => {
    const filter: FigureFilter = { categories: ['poll', 'money'] };
    const whole = await exportText(db, filter, { format: 'csv' });
    const paged = await exportText(db, filter, { format: 'csv' }, 7);
    expect(paged.text).toBe(whole.text);
  });

  it('starts with a byte-order mark only when asked', async () => {
    const plain = await exportText(db, { q: 'click' }, { format: 'csv' });
    const marked = await exportText(db, { q: 'click' }, { format: 'csv', bom: true });
    expect(plain.text.startsWith('figure_id,')).toBe(true);
    expect(marked.text).toBe(UTF8_BOM + plain.text);
  });

  it('counts the rows it exports, and leaves out figures ingested after it started', async () => {
    const scratch = openDb(':memory:');
    generateFigures(scratch, 3, 100);
    const selection = openSelection(scratch, figureFilterSql({}), 50);
    generateFigures(scratch, 2, 100, 2);
    const out = new Collector();
    const result = await writeExport(selection, out, { format: 'csv' });
    expect(await selection.count()).toBe(300);
    expect(result).toEqual({ rows: 300, complete: true });
    expect(parseCsvExport(out.text).rows).toHaveLength(300);
  });
});

describe('spreadsheet safety', () => {
  it('defuses ingested sentences that start like formulas, and keeps negative numbers numbers', async () => {
    const db = openDb(':memory:');
    ingestDocument(db, {
      title: '=cmd|" /C calc"!A0',
      publisher: '@evil',
      publishedAt: '2025-03-05',
      text: [
        '=HYPERLINK("http://evil.example") reported that 12 people were killed on Monday.',
        '+At least 40 soldiers were wounded, officials said.',
        '-At least 300 people were displaced by the flooding.',
        '@Reporters counted 5 air strikes overnight.',
      ].join('\n'),
    });
    // The extractor gives no negative values, so this figure is written directly.
    writeDocument(db, { text: 'Temperatures fell to -15 degrees.' }, [
      {
        start: 21,
        end: 24,
        text: '-15',
        value: -15,
        valueMax: -2.5,
        qualifier: 'exact',
        unit: 'degrees',
        category: 'other',
        date: null,
        datePrecision: null,
        cumulative: false,
        sentence: '-15 degrees: temperatures fell overnight.',
      },
    ]);

    const { text } = await exportText(db, {}, { format: 'csv' });
    const { rows } = parseCsvExport(text);
    const column = (name: string) => rows.map((row) => row[COLUMN_NAMES.indexOf(name)]);
    const sentences = column('sentence') as string[];
    for (const start of ['=', '+', '-', '@']) {
      const matching = sentences.filter((s) => s.startsWith(`'${start}`));
      expect(matching.length, `sentences starting with ${start}`).toBeGreaterThan(0);
    }
    expect(sentences.every((s) => s.startsWith("'"))).toBe(true);
    expect(new Set(column('title'))).toEqual(new Set([`'=cmd|" /C calc"!A0`, null]));
    expect(column('publisher')).toContain("'@evil");
    expect(column('text')).toContain("'-15");
    const last = rows.at(-1)!;
    expect(last[COLUMN_NAMES.indexOf('value')]).toBe(-15);
    expect(last[COLUMN_NAMES.indexOf('value_max')]).toBe(-2.5);
    // In the raw text the negative numbers are bare cells, not quoted text.
    expect(text).toMatch(/\r\n\d+,-15,-2\.5,"exact"/);
  });
});
