import { createHash } from 'node:crypto';
import type { Statement } from 'better-sqlite3';
import type { Db } from '../db/client.ts';
import { extractFigures } from '../extract/index.ts';
import type { ExtractedFigure } from '../extract/types.ts';

/** Articles above this size are refused: no news article is this long, and extraction holds it in memory. */
export const MAX_TEXT_BYTES = 5 * 1024 * 1024;

export interface NewDocument {
  text: string;
  title?: string | null;
  publisher?: string | null;
  url?: string | null;
  /** File name or URL the text came from. */
  source?: string | null;
  /** `YYYY-MM-DD` */
  publishedAt?: string | null;
}

export type IngestResult =
  | { status: 'added'; documentId: number; figures: ExtractedFigure[] }
  | { status: 'duplicate'; documentId: number };

/** A problem with the input itself, worded for the person who sent it. */
export class InputError extends Error {
  override name = 'InputError';
}

export function contentHash(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** True for a real calendar day written `YYYY-MM-DD`. */
export function isIsoDay(value: string): boolean {
  if (!ISO_DAY.test(value)) return false;
  const day = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().startsWith(value);
}

export function validateDocument(doc: NewDocument): void {
  if (typeof doc.text !== 'string' || doc.text.trim() === '') throw new InputError('the text is empty');
  if (Buffer.byteLength(doc.text, 'utf8') > MAX_TEXT_BYTES) {
    throw new InputError(`the text is larger than the ${MAX_TEXT_BYTES / 1024 / 1024} MB limit`);
  }
  if (doc.publishedAt != null && !isIsoDay(doc.publishedAt)) {
    throw new InputError(`the publication date "${doc.publishedAt}" is not a valid YYYY-MM-DD day`);
  }
}

interface Statements {
  findByHash: Statement<[string], { id: number }>;
  insertDocument: Statement<unknown[], { id: number }>;
  insertFigure: Statement<unknown[]>;
}

const statementCache = new WeakMap<object, Statements>();

// Prepared statements rather than drizzle's builder: this is the hot path of every ingest, and the
// builder costs several times the insert itself (see bench/ingest.bench.ts).
function statements(db: Db): Statements {
  let cached = statementCache.get(db.$client);
  if (!cached) {
    const sqlite = db.$client;
    cached = {
      findByHash: sqlite.prepare('SELECT id FROM documents WHERE content_hash = ?'),
      insertDocument: sqlite.prepare(
        `INSERT INTO documents (content_hash, source, title, publisher, url, published_at, text)
         VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (content_hash) DO NOTHING RETURNING id`,
      ),
      insertFigure: sqlite.prepare(
        `INSERT INTO figures (document_id, start, "end", text, sentence, value, value_max, qualifier, unit,
           category, date, date_precision, cumulative)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
    };
    statementCache.set(sqlite, cached);
  }
  return cached;
}

/**
 * Writes a document and the figures already extracted from it in one transaction. Returns the existing
 * id when the same text is already stored. The only place that writes figures.
 */
export function writeDocument(
  db: Db,
  doc: NewDocument,
  figures: ExtractedFigure[],
  hash = contentHash(doc.text),
) {
  const s = statements(db);
  return db.$client.transaction((): IngestResult => {
    const inserted = s.insertDocument.get(
      hash,
      doc.source ?? null,
      doc.title ?? null,
      doc.publisher ?? null,
      doc.url ?? null,
      doc.publishedAt ?? null,
      doc.text,
    );
    if (!inserted) return { status: 'duplicate', documentId: s.findByHash.get(hash)!.id };
    for (const f of figures) {
      s.insertFigure.run(
        inserted.id,
        f.start,
        f.end,
        f.text,
        f.sentence,
        f.value,
        f.valueMax,
        f.qualifier,
        f.unit,
        f.category,
        f.date,
        f.datePrecision,
        f.cumulative ? 1 : 0,
      );
    }
    return { status: 'added', documentId: inserted.id, figures };
  })();
}

/** Validates, extracts and stores one document. Re-ingesting the same text changes nothing. */
export function ingestDocument(db: Db, doc: NewDocument): IngestResult {
  validateDocument(doc);
  const hash = contentHash(doc.text);
  const existing = statements(db).findByHash.get(hash);
  if (existing) return { status: 'duplicate', documentId: existing.id };
  const figures = extractFigures(doc.text, { published: doc.publishedAt ?? null });
  return writeDocument(db, doc, figures, hash);
}
