// Ingests files a batch at a time: extraction is faster over many documents at once (see
// `extractFiguresOfEach`), and a bounded batch keeps memory flat however many files there are.
import type { Db } from '../db/client.ts';
import { BATCH_DOCUMENTS, BATCH_TEXT_LENGTH, type NewDocument } from './document.ts';
import { type IngestOutcome, ingestDocuments } from './ingest.ts';
import type { SourceItem } from './sources.ts';

/** What became of one source: the outcome of ingesting its document, or why it could not be read. */
export type SourceOutcome = { path: string } & ({ outcome: IngestOutcome } | { problem: string });

/** A source read: its document, or why it could not be read. */
export type SourceRead = { path: string; doc: NewDocument } | { path: string; problem: string };

/**
 * Reads each file with `read` and ingests it, a batch at a time; yields what became of each source, in
 * order. A file that cannot be read, or a document that cannot be stored, costs the others nothing.
 */
export function* ingestSources(
  db: Db,
  items: Iterable<SourceItem>,
  read: (file: string) => NewDocument,
): Generator<SourceOutcome> {
  for (const batch of readBatches(items, read)) {
    const outcomes = ingestDocuments(
      db,
      batch.flatMap((entry) => ('doc' in entry ? [entry.doc] : [])),
    );
    let next = 0;
    for (const entry of batch) {
      yield 'doc' in entry ? { path: entry.path, outcome: outcomes[next++] } : entry;
    }
  }
}

/**
 * Each source read with `read`, in order, in batches of at most BATCH_DOCUMENTS documents or about
 * BATCH_TEXT_LENGTH of text. A file that `read` throws for is kept with its problem.
 */
export function* readBatches(
  items: Iterable<SourceItem>,
  read: (file: string) => NewDocument,
): Generator<SourceRead[]> {
  let batch: SourceRead[] = [];
  let documents = 0;
  let length = 0;
  for (const item of items) {
    if ('file' in item) {
      try {
        const doc = read(item.file);
        batch.push({ path: item.file, doc });
        documents++;
        length += doc.text.length;
      } catch (error) {
        batch.push({ path: item.file, problem: (error as Error).message });
      }
    } else {
      batch.push(item);
    }
    if (documents >= BATCH_DOCUMENTS || length >= BATCH_TEXT_LENGTH) {
      yield batch;
      batch = [];
      documents = 0;
      length = 0;
    }
  }
  if (batch.length > 0) yield batch;
}
