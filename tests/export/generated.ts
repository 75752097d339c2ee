// A generated database for export tests and the CSV benchmark: many figures with awkward text (quotes,
// commas, line breaks, formula starts, non-ASCII), negative and fractional values, nulls, two publishers.
import type { Db } from '../../api/db/client.ts';
import { CATEGORIES, QUALIFIERS } from '../../api/extract/types.ts';

const AWKWARD = [
  'Officials said "at least" {n} people died, per the ministry.',
  '=HYPERLINK("http://evil.example","{n} click")',
  '+{n} troops arrived,\r\nthen left.',
  '-{n} degrees overnight; roads closed',
  '@SUM(A1:A9) and {n} strikes',
  '\tTabbed: {n} displaced in Kharkiv — 避難者',
  'Plain sentence with {n} dollars.',
];

/** A deterministic pseudo-random sequence, so a failing test can be rerun on the same data. */
function sequence(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/**
 * Stores `documents` documents of `figuresPerDocument` figures each, in one transaction. Dates run over
 * 2025 (a tenth of them month-precision, a tenth missing). Plain prepared inserts rather than the ingest
 * writer: a million rows must be quick to make, and the data must not depend on the extractor.
 */
export function generateFigures(db: Db, documents: number, figuresPerDocument: number, seed = 1): void {
  const sqlite = db.$client;
  const insertDocument = sqlite.prepare(
    `INSERT INTO documents (content_hash, title, publisher, url, published_at, text)
     VALUES (?, ?, ?, ?, ?, ?) RETURNING id`,
  );
  const insertFigure = sqlite.prepare(
    `INSERT INTO figures (document_id, start, "end", text, sentence, value, value_max, qualifier, unit,
       category, date, date_precision, cumulative)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  sqlite.transaction(() => generate())();

  function generate() {
    const random = sequence(seed);
    const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)];
    for (let d = 0; d < documents; d++) {
      const text = `generated document ${seed}-${d}`;
      const { id } = insertDocument.get(
        `generated-${seed}-${d}`,
        d % 7 === 0 ? '=cmd|" /C calc"!A0' : `Report, "number" ${d}`,
        d % 2 ? 'Wire, Inc.' : null,
        `https://news.example/${d}`,
        d % 5 ? `2025-${String(1 + (d % 12)).padStart(2, '0')}-15` : null,
        text,
      ) as { id: number };
      for (let i = 0; i < figuresPerDocument; i++) {
        const value = Math.round((random() - 0.2) * 100_000) / (random() < 0.3 ? 10 : 1);
        const sentence = pick(AWKWARD).replace('{n}', String(value));
        const day = 1 + Math.floor(random() * 365);
        const date = new Date(Date.UTC(2025, 0, day)).toISOString().slice(0, 10);
        const shape = random();
        const qualifier = pick(QUALIFIERS);
        insertFigure.run(
          id,
          i * 10,
          i * 10 + 5,
          String(value),
          sentence,
          value,
          qualifier === 'range' ? value + 10 : null,
          qualifier,
          random() < 0.2 ? null : pick(['people', 'troops', 'USD', 'percent']),
          pick(CATEGORIES),
          shape < 0.1 ? null : shape < 0.2 ? date.slice(0, 7) : date,
          shape < 0.1 ? null : shape < 0.2 ? 'month' : 'day',
          random() < 0.3 ? 1 : 0,
        );
      }
    }
  }
}
