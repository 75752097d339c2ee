import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openDb } from '../../api/db/client.ts';
import { fillMissingTolls } from '../../api/db/tolls.ts';
import { ingestDocument } from '../../api/ingest/ingest.ts';

const TWO_TOLLS =
  'Raids on fishing boats have now killed at least 61 people in all. ' +
  'Separately, the war in Norvania has killed 20,000 people since it began. ' +
  'On Monday 4 people were hurt in a crash.';

interface StoredToll {
  value: number;
  cumulative: number;
  toll: string | null;
  tollLabel: string | null;
}
const tollsOf = (sqlite: Database.Database) =>
  sqlite
    .prepare('SELECT value, cumulative, toll, toll_label AS tollLabel FROM figures ORDER BY start')
    .all() as StoredToll[];

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('the toll of a running total', () => {
  it('is stored by the writer for running totals only', () => {
    const db = openDb(':memory:');
    ingestDocument(db, { text: TWO_TOLLS, publishedAt: '2026-02-02', title: 'Two tolls' });
    expect(tollsOf(db.$client)).toEqual([
      { value: 61, cumulative: 1, toll: 'people.cause-strikes', tollLabel: 'people in strikes' },
      { value: 20_000, cumulative: 1, toll: 'people.place-norvania', tollLabel: 'people in Norvania' },
      { value: 4, cumulative: 0, toll: null, tollLabel: null },
    ]);
  });

  it('is filled in when a database from before the column is opened, and kept on the next open', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tally-tolls-'));
    dirs.push(dir);
    // The migrations as they were before the toll column: 0000 and 0001 only.
    const before = join(dir, 'drizzle');
    cpSync('drizzle', before, { recursive: true });
    rmSync(join(before, '0002_tolls.sql'));
    const journalPath = join(before, 'meta/_journal.json');
    const journal = JSON.parse(readFileSync(journalPath, 'utf8'));
    journal.entries = journal.entries.filter((e: { tag: string }) => e.tag < '0002');
    writeFileSync(journalPath, JSON.stringify(journal));

    const path = join(dir, 'old.db');
    const old = new Database(path);
    migrate(drizzle(old), { migrationsFolder: before });
    old.exec(`INSERT INTO documents (id, content_hash, title, text) VALUES (1, 'h1', 'Harbour news', 'x');
      INSERT INTO figures (document_id, start, "end", text, sentence, value, qualifier, unit, category, cumulative)
      VALUES (1, 0, 2, '61', 'Raids on boats have killed 61 people in all.', 61, 'exact', 'people', 'deaths', 1),
        (1, 3, 5, '12', 'At least 12 people have died so far.', 12, 'exact', 'people', 'deaths', 1),
        (1, 6, 7, '4', 'On Monday 4 people were hurt.', 4, 'exact', 'people', 'injuries', 0);`);
    old.close();

    const db = openDb(path);
    expect(tollsOf(db.$client)).toEqual([
      { value: 61, cumulative: 1, toll: 'people.cause-strikes', tollLabel: 'people in strikes' },
      { value: 12, cumulative: 1, toll: 'people.doc-1', tollLabel: 'people as told in “Harbour news”' },
      { value: 4, cumulative: 0, toll: null, tollLabel: null },
    ]);
    const indexes = db.$client.prepare("SELECT name FROM sqlite_master WHERE type = 'index'").pluck().all();
    expect(indexes).toContain('figures_running_totals');
    db.$client.prepare("UPDATE figures SET toll_label = 'edited' WHERE value = 61").run();
    db.$client.close();
    const reopened = openDb(path);
    expect(tollsOf(reopened.$client)[0].tollLabel).toBe('edited');
    reopened.$client.close();
  });

  it('finds the running totals still without one through an index that holds only them', () => {
    const db = openDb(':memory:');
    ingestDocument(db, { text: TWO_TOLLS, publishedAt: '2026-02-02' });
    const missing = db.$client.prepare(
      'SELECT count(*) AS n FROM figures INDEXED BY figures_toll_missing WHERE cumulative = 1 AND toll IS NULL',
    );
    expect(missing.get()).toEqual({ n: 0 });
    db.$client.prepare('UPDATE figures SET toll = NULL WHERE value = 61').run();
    expect(missing.get()).toEqual({ n: 1 });
    expect(fillMissingTolls(db.$client)).toBe(1);
    expect(tollsOf(db.$client)[0].toll).toBe('people.cause-strikes');
  });

  it('rebuilds the covering index only when many running totals lack their toll', () => {
    const db = openDb(':memory:');
    for (let i = 0; i < 5; i++)
      ingestDocument(db, { text: TWO_TOLLS.replace('61', `6${i}`), publishedAt: '2026-02-02' });
    const exec = vi.spyOn(db.$client, 'exec');
    const dropped = () => exec.mock.calls.filter(([sql]) => sql.startsWith('DROP INDEX')).length;
    // One of ten: filled in place.
    db.$client.prepare('UPDATE figures SET toll = NULL WHERE value = 61').run();
    expect(fillMissingTolls(db.$client)).toBe(1);
    expect(dropped()).toBe(0);
    // All ten: dropped and built again once.
    db.$client.prepare('UPDATE figures SET toll = NULL').run();
    expect(fillMissingTolls(db.$client)).toBe(10);
    expect(dropped()).toBe(1);
    const indexes = db.$client.prepare("SELECT name FROM sqlite_master WHERE type = 'index'").pluck().all();
    expect(indexes).toContain('figures_running_totals');
    expect(tollsOf(db.$client).filter((f) => f.cumulative === 1 && f.toll === null)).toEqual([]);
  });
});
