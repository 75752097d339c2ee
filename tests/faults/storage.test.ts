// A database that cannot be written (a read-only file, a full disk) gives a clear error, stores nothing
// half-way and corrupts nothing.
//
// Tests run as root, where a 0444 file is still writable. So the read-only file is made immutable with
// `chattr +i` (which stops root too) when running as root, or chmod 0444 otherwise; skipped where the file
// system has no immutable flag. The full disk is a real one: a 1 MB tmpfs mounted for the test when the
// process may mount, else that part is skipped; the GraphQL part simulates it everywhere with SQLite's
// `max_page_count`.
import { execFileSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { type Db, openDb } from '../../api/db/client.ts';
import { CSRF_HEADER } from '../../api/graphql/csrf.ts';
import { buildYoga } from '../../api/graphql/yoga.ts';
import { ingestDocument } from '../../api/ingest/ingest.ts';
import { generatedArticle } from '../../bench/articles.ts';
import { inspectDatabase, runTally, tempDir, writeArticles } from './harness.ts';

const TOKEN = 'storage-test-token';
const STACK_FRAME = /^\s+at /m;
/** SQLite's own wording and SQL: what a client must never see. */
const SQLITE_INTERNALS = /SQLITE_|database or disk is full|attempt to write|INSERT INTO/;

/** A database file holding `count` generated articles, closed cleanly (no WAL left beside it). */
function databaseWith(path: string, count: number): void {
  const db = openDb(path);
  for (let i = 0; i < count; i++) ingestDocument(db, generatedArticle(10_000 + i));
  db.$client.close();
}

const isRoot = process.getuid?.() === 0;

/** Whether `setUp` then `tearDown` both work here, tried on a scratch folder (e.g. chattr, mount). */
function works(setUp: (dir: string) => string[][], tearDown: (dir: string) => string[][]): boolean {
  const dir = mkdtempSync(join(tmpdir(), 'tally-probe-'));
  try {
    for (const [command, ...args] of setUp(dir)) execFileSync(command, args, { stdio: 'ignore' });
    for (const [command, ...args] of tearDown(dir)) execFileSync(command, args, { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// Root needs an immutable file (where the file system supports it); anyone else a 0444 one.
const canMakeReadOnly =
  !isRoot ||
  works(
    (dir) => [
      ['touch', join(dir, 'f')],
      ['chattr', '+i', join(dir, 'f')],
    ],
    (dir) => [['chattr', '-i', join(dir, 'f')]],
  );
const canMountTmpfs =
  isRoot &&
  works(
    (dir) => [['mount', '-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', dir]],
    (dir) => [['umount', dir]],
  );

/** Makes a file unwritable even for root; undone when the test ends. */
function makeReadOnly(path: string): void {
  if (isRoot) {
    execFileSync('chattr', ['+i', path]);
    onTestFinished(() => {
      execFileSync('chattr', ['-i', path]);
    });
  } else {
    chmodSync(path, 0o444);
  }
}

/** Sends generated article `index` (its text repeated `copies` times) through the mutation. */
async function ingestThroughGraphql(db: Db, index: number, copies = 1) {
  // The server logs the SQLite error for its operator; keep it out of the test output.
  const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
  onTestFinished(() => logged.mockRestore());
  const yoga = buildYoga({ db, token: TOKEN });
  const article = generatedArticle(index);
  const text = article.text.repeat(copies);
  const response = await yoga.fetch('http://tally.test/graphql', {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      [CSRF_HEADER]: '1',
      authorization: `Bearer ${TOKEN}`,
    },
    body: JSON.stringify({
      query: 'mutation($input: IngestDocumentInput!) { ingestDocument(input: $input) { status } }',
      variables: { input: { text, title: article.title, publishedAt: article.publishedAt } },
    }),
  });
  return { status: response.status, body: await response.text() };
}

const documentCount = (db: Db) =>
  (db.$client.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n;

describe.skipIf(!canMakeReadOnly)('a read-only database file', () => {
  it('makes `tally ingest` name each file and the cause, and changes nothing', async () => {
    const dir = tempDir('readonly');
    const dbPath = join(dir, 'tally.db');
    databaseWith(dbPath, 10);
    const folder = writeArticles(dir, 3);
    makeReadOnly(dbPath);

    const run = await runTally(['ingest', '--db', dbPath, folder]);
    expect(run.code).toBe(1);
    const lines = run.stderr.trim().split('\n');
    expect(lines.slice(0, 3)).toEqual(
      [0, 1, 2].map(
        (i) =>
          `tally ingest: ${join(folder, generatedArticle(i).file)}: attempt to write a readonly database`,
      ),
    );
    expect(lines[3]).toContain('ingested 0 documents with 0 figures, 3 failed');
    expect(run.stderr).not.toMatch(STACK_FRAME);

    const report = inspectDatabase(dbPath);
    expect(report.integrity).toBe('ok');
    expect(report.documents).toBe(10);
    expect(report.incomplete).toEqual([]);
  }, 120_000);

  it('makes the ingestDocument mutation answer with a clear error, not "Unexpected error"', async () => {
    const dir = tempDir('readonly-graphql');
    const dbPath = join(dir, 'tally.db');
    databaseWith(dbPath, 3);
    makeReadOnly(dbPath);
    const db = openDb(dbPath);
    onTestFinished(() => {
      db.$client.close();
    });

    const { status, body } = await ingestThroughGraphql(db, 1);
    expect(status).toBe(503);
    expect(JSON.parse(body).errors[0]).toMatchObject({
      message: 'The database cannot be written (it is read-only or the disk is full); nothing was stored.',
      extensions: { code: 'STORAGE_UNAVAILABLE' },
    });
    expect(body).not.toMatch(SQLITE_INTERNALS);
    expect(documentCount(db)).toBe(3);
  });
});

describe('a full disk', () => {
  it.skipIf(!canMountTmpfs)(
    'makes `tally ingest` report the full disk per file, keeps what fit whole, and finishes once there is room',
    async () => {
      const dir = tempDir('full-disk');
      const mountPoint = join(dir, 'small');
      mkdirSync(mountPoint);
      execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', mountPoint]);
      onTestFinished(() => {
        execFileSync('umount', ['-l', mountPoint]);
      });
      const seeded = join(dir, 'seeded.db');
      databaseWith(seeded, 5);
      const dbPath = join(mountPoint, 'tally.db');
      copyFileSync(seeded, dbPath);
      const ARTICLES = 100;
      const folder = writeArticles(dir, ARTICLES);

      const full = await runTally(['ingest', '--db', dbPath, folder]);
      expect(full.code).toBe(1);
      expect(full.stderr).toMatch(/: database or disk is full\n/);
      expect(full.stderr).not.toMatch(STACK_FRAME);
      const afterFull = inspectDatabase(dbPath);
      expect(afterFull.integrity).toBe('ok');
      expect(afterFull.incomplete).toEqual([]);
      // Some articles fit, not all.
      expect(afterFull.documents).toBeGreaterThan(5);
      expect(afterFull.documents).toBeLessThan(5 + ARTICLES);

      execFileSync('mount', ['-o', 'remount,size=32m', mountPoint]);
      const rerun = await runTally(['ingest', '--db', dbPath, folder]);
      expect(rerun.code).toBe(0);
      const final = inspectDatabase(dbPath);
      expect(final.integrity).toBe('ok');
      expect(final.documents).toBe(5 + ARTICLES);
      expect(final.duplicateTexts).toBe(0);
      expect(final.incomplete).toEqual([]);
    },
    120_000,
  );

  it('makes the ingestDocument mutation answer with a clear error and store nothing', async () => {
    const dir = tempDir('full-graphql');
    const dbPath = join(dir, 'tally.db');
    databaseWith(dbPath, 3);
    const db = openDb(dbPath);
    onTestFinished(() => {
      db.$client.close();
    });
    // The file may not grow past its current size: the next insert finds the "disk" full.
    const { page_count: pages } = db.$client.prepare('PRAGMA page_count').get() as { page_count: number };
    db.$client.pragma(`max_page_count = ${pages}`);

    // Far larger than any free room left in the existing pages.
    const { status, body } = await ingestThroughGraphql(db, 1, 40);
    expect(status).toBe(503);
    expect(JSON.parse(body).errors[0].extensions.code).toBe('STORAGE_UNAVAILABLE');
    expect(body).not.toMatch(SQLITE_INTERNALS);
    expect(documentCount(db)).toBe(3);
    db.$client.close();
    const report = inspectDatabase(dbPath);
    expect(report.integrity).toBe('ok');
    expect(report.incomplete).toEqual([]);
  });
});
