import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { type BetterSQLite3Database, drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import * as schema from './schema.ts';
import { fillMissingTolls } from './tolls.ts';

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

const migrationsFolder = join(dirname(fileURLToPath(import.meta.url)), '../../drizzle');

export const DEFAULT_DB_PATH = 'data/tally.db';

/** The database path from `TALLY_DB`, or the default under `data/`. */
export function dbPathFromEnv(env: NodeJS.ProcessEnv = process.env): string {
  return env.TALLY_DB || DEFAULT_DB_PATH;
}

/**
 * Opens (creating if needed) the SQLite file, sets the pragmas Tally relies on, applies pending
 * migrations and fills in what they leave to code (the toll of each running total). `:memory:` gives a private in-memory database, for tests.
 */
export function openDb(path: string): Db {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const sqlite = new Database(path);
  sqlite.pragma('journal_mode = WAL');
  // NORMAL is durable across application crashes in WAL mode; only a power loss can drop the last commits.
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  const db = drizzle(sqlite, { schema }) as Db;
  migrate(db, { migrationsFolder });
  fillMissingTolls(sqlite, (missing) =>
    console.error(`${path}: working out the toll of ${missing} running totals stored by an earlier version…`),
  );
  return db;
}
