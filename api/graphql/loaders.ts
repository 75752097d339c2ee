// Per-request batching: every `load` made while one GraphQL level resolves is answered by one query.
import type { Db } from '../db/client.ts';
import { allRows, type DocumentRecord, documentsByIds } from './sql.ts';
import { documents } from '../db/schema.ts';
import { sql } from 'drizzle-orm';

export class BatchLoader<Value> {
  private readonly cache = new Map<number, Promise<Value | null>>();
  private queue: { id: number; resolve: (value: Value | null) => void; reject: (error: unknown) => void }[] =
    [];

  constructor(private readonly loadMany: (ids: number[]) => Map<number, Value>) {}

  load(id: number): Promise<Value | null> {
    let pending = this.cache.get(id);
    if (!pending) {
      pending = new Promise((resolve, reject) => {
        // Dispatch after the resolvers of the current level have all asked.
        if (this.queue.length === 0) process.nextTick(() => this.dispatch());
        this.queue.push({ id, resolve, reject });
      });
      this.cache.set(id, pending);
    }
    return pending;
  }

  private dispatch(): void {
    const batch = this.queue;
    this.queue = [];
    try {
      const found = this.loadMany(batch.map((item) => item.id));
      for (const item of batch) item.resolve(found.get(item.id) ?? null);
    } catch (error) {
      for (const item of batch) item.reject(error);
    }
  }
}

export interface Loaders {
  document: BatchLoader<DocumentRecord>;
  documentText: BatchLoader<string>;
}

export function createLoaders(db: Db): Loaders {
  return {
    document: new BatchLoader((ids) => new Map(documentsByIds(db, ids).map((d) => [d.id, d]))),
    documentText: new BatchLoader((ids) => {
      const rows = allRows<{ id: number; text: string }>(
        db,
        sql`SELECT ${documents.id} AS id, ${documents.text} AS text FROM ${documents}
          WHERE ${documents.id} IN (SELECT value FROM json_each(${JSON.stringify(ids)}))`,
      );
      return new Map(rows.map((r) => [r.id, r.text]));
    }),
  };
}
