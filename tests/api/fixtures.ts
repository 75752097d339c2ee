// Small hand-made databases for API tests: rows inserted directly, so the tests know every value.
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { type Db, openDb } from '../../api/db/client.ts';
import * as schema from '../../api/db/schema.ts';
import { fillMissingTolls } from '../../api/db/tolls.ts';

export interface FigureSeed {
  documentId: number;
  category: string;
  value: number;
  date: string | null;
  valueMax?: number | null;
  qualifier?: string;
  cumulative?: boolean;
  sentence?: string;
  unit?: string | null;
}

export interface DocumentSeed {
  id: number;
  publisher?: string | null;
  title?: string;
  publishedAt?: string | null;
}

/** An in-memory database; `onStatement` sees every SQL statement executed, for counting queries. */
export function memoryDb(onStatement?: (sql: string) => void): Db {
  if (!onStatement) return openDb(':memory:');
  const sqlite = new Database(':memory:', { verbose: (message) => onStatement(String(message)) });
  sqlite.pragma('foreign_keys = ON');
  const db = drizzle(sqlite, { schema }) as Db;
  migrate(db, { migrationsFolder: 'drizzle' });
  return db;
}

export function insertDocuments(db: Db, docs: DocumentSeed[]): void {
  for (const doc of docs) {
    db.insert(schema.documents)
      .values({
        id: doc.id,
        contentHash: `hash-${doc.id}`,
        title: doc.title ?? `Document ${doc.id}`,
        publisher: doc.publisher ?? null,
        publishedAt: doc.publishedAt ?? null,
        text: `Text of document ${doc.id}.`,
      })
      .run();
  }
}

/**
 * Inserts figures in order, so the n-th seed gets id n (on a fresh database), then gives running totals
 * their toll as a database from before the toll column gets it.
 */
export function insertFigures(db: Db, seeds: FigureSeed[]): void {
  for (const f of seeds) {
    const sentence = f.sentence ?? `${f.value} ${f.category}.`;
    db.insert(schema.figures)
      .values({
        documentId: f.documentId,
        start: 0,
        end: String(f.value).length,
        text: String(f.value),
        sentence,
        value: f.value,
        valueMax: f.valueMax ?? null,
        qualifier: f.qualifier ?? 'exact',
        unit: f.unit === undefined ? 'people' : f.unit,
        category: f.category,
        date: f.date,
        datePrecision: f.date == null ? null : f.date.length === 7 ? 'month' : 'day',
        cumulative: f.cumulative ?? false,
      })
      .run();
  }
  fillMissingTolls(db.$client);
}
