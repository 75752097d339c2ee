// Ingest: ≥10,000 distinct seed variants into a fresh database. Compares Tally's database-writing part
// (writeDocument) with a bare better-sqlite3 loop inserting the same rows in the same transactions.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDb } from '../api/db/client.ts';
import { extractFigures } from '../api/extract/index.ts';
import type { ExtractedFigure } from '../api/extract/types.ts';
import { ingestSources } from '../api/ingest/batches.ts';
import { BATCH_DOCUMENTS, contentHash } from '../api/ingest/document.ts';
import { writeDocument } from '../api/ingest/ingest.ts';
import { loadSeeds, mb, peakMemory, seedVariant } from './seed-corpus.ts';

const DOCUMENTS = 10_000;
const TARGET_RATIO = 0.5;
const dir = mkdtempSync(join(tmpdir(), 'tally-bench-ingest-'));
const seeds = loadSeeds();

// 1. The whole ingest, as the command line runs it: extraction a batch at a time, hashing, one transaction
// per document; each variant stands for a file read.
const memory = peakMemory();
let db = openDb(join(dir, 'full.db'));
let figureCount = 0;
let started = performance.now();
const files = Array.from({ length: DOCUMENTS }, (_, i) => ({ file: `variant-${i}.txt` }));
const readVariant = (file: string) => {
  const { text, published } = seedVariant(seeds, Number(file.slice('variant-'.length, -'.txt'.length)));
  return { text, publishedAt: published, source: file };
};
for (const source of ingestSources(db, files, readVariant)) {
  if ('outcome' in source && source.outcome.status === 'added') figureCount += source.outcome.figures.length;
}
const fullSeconds = (performance.now() - started) / 1000;
db.$client.close();
const peak = memory.stop();
console.log(
  `full ingest, ${BATCH_DOCUMENTS} documents extracted at a time: ${DOCUMENTS} documents, ${figureCount} figures in ${fullSeconds.toFixed(2)} s: ` +
    `${Math.round(DOCUMENTS / fullSeconds)} documents/s, ${Math.round(figureCount / fullSeconds)} figures/s, peak RSS ${mb(peak)}`,
);

// 2. The database-writing part alone, against a bare loop, on the same precomputed rows.
const prepared = Array.from({ length: DOCUMENTS }, (_, i) => {
  const { text, published } = seedVariant(seeds, i);
  return { text, published, hash: contentHash(text), figures: extractFigures(text, { published }) };
});
const rows = prepared.reduce((n, d) => n + 1 + d.figures.length, 0);

db = openDb(join(dir, 'tally.db'));
started = performance.now();
for (const [i, d] of prepared.entries()) {
  writeDocument(
    db,
    { text: d.text, publishedAt: d.published, source: `variant-${i}.txt` },
    d.figures,
    d.hash,
  );
}
const tallySeconds = (performance.now() - started) / 1000;
db.$client.close();

// Same schema and indexes (openDb migrates), but plain statements and no Tally code in the loop.
const bare = openDb(join(dir, 'bare.db')).$client;
const insertDocument = bare.prepare(
  'INSERT INTO documents (content_hash, source, title, publisher, url, published_at, text) VALUES (?, ?, ?, ?, ?, ?, ?)',
);
const insertFigure = bare.prepare(
  `INSERT INTO figures (document_id, start, "end", text, sentence, value, value_max, qualifier, unit, category,
     date, date_precision, cumulative) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
);
const writeBare = bare.transaction((d: (typeof prepared)[number], i: number) => {
  const id = insertDocument.run(
    d.hash,
    `variant-${i}.txt`,
    null,
    null,
    null,
    d.published,
    d.text,
  ).lastInsertRowid;
  for (const f of d.figures as ExtractedFigure[]) {
    insertFigure.run(
      id,
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
});
started = performance.now();
for (const [i, d] of prepared.entries()) writeBare(d, i);
const bareSeconds = (performance.now() - started) / 1000;
bare.close();
rmSync(dir, { recursive: true, force: true });

const ratio = bareSeconds / tallySeconds;
console.log(
  `database writing: tally ${Math.round(rows / tallySeconds)} rows/s, bare loop ${Math.round(rows / bareSeconds)} rows/s`,
);
console.log(
  `ratio tally/bare: ${ratio.toFixed(2)} (target ≥ ${TARGET_RATIO}) ${ratio >= TARGET_RATIO ? 'PASS' : 'FAIL'}`,
);
if (ratio < TARGET_RATIO) process.exitCode = 1;
