// Per-request batching: every `load` made while one GraphQL level resolves is answered by one query,
// and rows fetched ahead (`loadNow`) are handed out synchronously, sparing a promise per row.
import { sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { documents } from '../db/schema.ts';
import { allRows, type DocumentRecord, documentsByIds } from './sql.ts';

export class BatchLoader<Value> {
  private readonly known = new Map<number, Value | null>();
  private readonly pending = new Map<number, Promise<Value | null>>();
  private queue: { id: number; resolve: (value: Value | null) => void; reject: (error: unknown) => void }[] =
    [];

  constructor(private readonly loadMany: (ids: number[]) => Map<number, Value>) {}

  /** The value at once when it is already known, otherwise a promise batched with this tick's others. */
  get(id: number): Value | null | Promise<Value | null> {
    if (this.known.has(id)) return this.known.get(id)!;
    let pending = this.pending.get(id);
    if (!pending) {
      pending = new Promise((resolve, reject) => {
        // Dispatch after the resolvers of the current level have all asked.
        if (this.queue.length === 0) process.nextTick(() => this.dispatch());
        this.queue.push({ id, resolve, reject });
      });
      this.pending.set(id, pending);
    }
    return pending;
  }

  /** Fetches the ids not known yet in one query, now. */
  loadNow(ids: Iterable<number>): void {
    const missing = [...new Set(ids)].filter((id) => !this.known.has(id));
    if (missing.length === 0) return;
    const found = this.loadMany(missing);
    for (const id of missing) this.known.set(id, found.get(id) ?? null);
  }

  private dispatch(): void {
    const batch = this.queue;
    this.queue = [];
    try {
      const found = this.loadMany(batch.map((item) => item.id));
      for (const item of batch) {
        const value = found.get(item.id) ?? null;
        this.known.set(item.id, value);
        item.resolve(value);
      }
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
