// A `tally ingest` killed with SIGKILL part-way through a large folder leaves every document whole or
// absent, and running the same ingest again finishes the job without storing anything twice.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  countDocuments,
  finished,
  inspectDatabase,
  runTally,
  startTally,
  tempDir,
  waitFor,
  writeArticles,
} from './harness.ts';

const ARTICLES = 2000;
/** Documents stored before the kill: far enough in that many transactions have committed. */
const KILL_AFTER = 400;

describe('SIGKILL during a large ingest', () => {
  it('leaves a sound database, and a second run completes it without duplicates', async () => {
    const dir = tempDir('sigkill');
    const folder = writeArticles(dir, ARTICLES);
    const dbPath = join(dir, 'tally.db');

    const ingest = startTally(['ingest', '--quiet', '--db', dbPath, folder]);
    const result = finished(ingest);
    expect(await waitFor(() => countDocuments(dbPath) >= KILL_AFTER, 60_000)).toBe(true);
    ingest.kill('SIGKILL');
    expect((await result).signal).toBe('SIGKILL');

    const afterKill = inspectDatabase(dbPath);
    expect(afterKill.integrity).toBe('ok');
    expect(afterKill.foreignKeyProblems).toBe(0);
    expect(afterKill.incomplete).toEqual([]);
    // The kill really interrupted the run.
    expect(afterKill.documents).toBeGreaterThanOrEqual(KILL_AFTER);
    expect(afterKill.documents).toBeLessThan(ARTICLES);

    const rerun = await runTally(['ingest', '--db', dbPath, folder]);
    expect(rerun.code).toBe(0);
    expect(rerun.stderr).toContain(`ingested ${ARTICLES - afterKill.documents} documents`);
    expect(rerun.stderr).toContain(`${afterKill.documents} skipped (already stored)`);

    const final = inspectDatabase(dbPath);
    expect(final.integrity).toBe('ok');
    expect(final.documents).toBe(ARTICLES);
    expect(final.duplicateTexts).toBe(0);
    expect(final.incomplete).toEqual([]);
  }, 120_000);
});
