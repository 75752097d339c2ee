import { describe, expect, it } from 'vitest';
import { openDb } from '../../api/db/client.ts';
import type { ExtractedFigure } from '../../api/extract/types.ts';
import { ingestDocument, InputError, MAX_TEXT_BYTES, writeDocument } from '../../api/ingest/ingest.ts';

const ARTICLE = 'Officials said at least 40 people were killed in the attack on Tuesday.';

const count = (db: ReturnType<typeof openDb>, table: string) =>
  (db.$client.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

describe('ingestDocument', () => {
  it('stores a document with its extracted figures', () => {
    const db = openDb(':memory:');
    const result = ingestDocument(db, { text: ARTICLE, publishedAt: '2025-06-12', publisher: 'Wire' });
    expect(result.status).toBe('added');
    if (result.status !== 'added') return;
    expect(result.figures.length).toBeGreaterThan(0);
    expect(count(db, 'documents')).toBe(1);
    expect(count(db, 'figures')).toBe(result.figures.length);
    const stored = db.$client.prepare('SELECT text, value FROM figures').get() as {
      text: string;
      value: number;
    };
    expect(stored).toEqual({ text: result.figures[0].text, value: result.figures[0].value });
  });

  it('changes nothing when the same text comes again', () => {
    const db = openDb(':memory:');
    const first = ingestDocument(db, { text: ARTICLE, publishedAt: '2025-06-12' });
    const figures = count(db, 'figures');
    const again = ingestDocument(db, { text: ARTICLE, publishedAt: '2025-07-01', title: 'Other title' });
    expect(again).toEqual({ status: 'duplicate', documentId: first.documentId });
    expect(count(db, 'documents')).toBe(1);
    expect(count(db, 'figures')).toBe(figures);
  });

  it.each([
    ['empty text', { text: '   ' }, 'the text is empty'],
    ['text over the limit', { text: 'x'.repeat(MAX_TEXT_BYTES + 1) }, 'larger than'],
    ['an impossible date', { text: ARTICLE, publishedAt: '2025-13-01' }, 'not a valid YYYY-MM-DD day'],
  ])('refuses %s with an InputError and writes nothing', (_, doc, message) => {
    const db = openDb(':memory:');
    expect(() => ingestDocument(db, doc)).toThrow(InputError);
    expect(() => ingestDocument(db, doc)).toThrow(message);
    expect(count(db, 'documents')).toBe(0);
  });
});

describe('writeDocument', () => {
  it('writes nothing at all when one figure cannot be stored', () => {
    const db = openDb(':memory:');
    const good: ExtractedFigure = {
      start: 0,
      end: 2,
      text: '40',
      value: 40,
      valueMax: null,
      qualifier: 'exact',
      unit: 'people',
      category: 'deaths',
      date: null,
      datePrecision: null,
      cumulative: false,
      sentence: ARTICLE,
    };
    const broken = { ...good, value: null } as unknown as ExtractedFigure;
    expect(() => writeDocument(db, { text: ARTICLE }, [good, broken])).toThrow(/NOT NULL/);
    expect(count(db, 'documents')).toBe(0);
    expect(count(db, 'figures')).toBe(0);
  });
});
