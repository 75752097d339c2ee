import type { Statement } from 'better-sqlite3';
import type { Db } from '../db/client.ts';
import { extractFiguresOfEach } from '../extract/index.ts';
import type { ExtractedFigure } from '../extract/types.ts';
import { storedToll } from '../running-totals.ts';
import { contentHash, type NewDocument, validateDocument } from './document.ts';

// Callers of the writer get the input types and errors from here.
export { InputError, MAX_TEXT_BYTES, type NewDocument } from './document.ts';

export type IngestResult =
  | { status: 'added'; documentId: number; figures: ExtractedFigure[] }
  | { status: 'duplicate'; documentId: number };

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
           category, date, date_precision, cumulative, toll, toll_label)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
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
    const documentName = doc.title ?? doc.publisher ?? null;
    for (const f of figures) {
      const { toll, tollLabel } = storedToll({ ...f, documentId: inserted.id, documentName });
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
        toll,
        tollLabel,
      );
    }
    return { status: 'added', documentId: inserted.id, figures };
  })();
}

/** Validates, extracts and stores one document. Re-ingesting the same text changes nothing. */
export function ingestDocument(db: Db, doc: NewDocument): IngestResult {
  const [outcome] = ingestDocuments(db, [doc]);
  if (outcome.status === 'failed') throw outcome.error;
  return outcome;
}

/** What became of one document of several: stored, found stored already, or kept out by `error`. */
export type IngestOutcome = IngestResult | { status: 'failed'; error: Error };

/**
 * Validates, extracts and stores each document as `ingestDocument` does one, each in a transaction of its
 * own, so that one that fails costs the others nothing. The documents not stored yet are extracted
 * together, which is faster than one by one (see `extractFiguresOfEach`). Returns an outcome for each
 * document, in order.
 */
export function ingestDocuments(db: Db, docs: readonly NewDocument[]): IngestOutcome[] {
  const outcomes: IngestOutcome[] = [];
  const newDocs: { index: number; doc: NewDocument; hash: string }[] = [];
  for (const [index, doc] of docs.entries()) {
    try {
      validateDocument(doc);
      const hash = contentHash(doc.text);
      const existing = statements(db).findByHash.get(hash);
      if (existing) outcomes[index] = { status: 'duplicate', documentId: existing.id };
      else newDocs.push({ index, doc, hash });
    } catch (error) {
      outcomes[index] = { status: 'failed', error: error as Error };
    }
  }
  const figures = extractFiguresOfEach(
    newDocs.map(({ doc }) => ({ text: doc.text, published: doc.publishedAt ?? null })),
  );
  for (const [i, { index, doc, hash }] of newDocs.entries()) {
    try {
      outcomes[index] = writeDocument(db, doc, figures[i], hash);
    } catch (error) {
      outcomes[index] = { status: 'failed', error: error as Error };
    }
  }
  return outcomes;
}
