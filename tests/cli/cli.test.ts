// The command line as a user runs it: a child process, real files, a temporary database.
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import Database from 'better-sqlite3';
import { beforeEach, describe, expect, it, vi } from 'vitest';

const run = promisify(execFile);

// Each case starts Node with tsx, which takes seconds on a busy two-core machine.
vi.setConfig({ testTimeout: 90_000 });

async function tally(...args: string[]) {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', 'api/cli.ts', ...args], {
      env: { ...process.env, TALLY_DB: '' },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'tally-cli-'));
});

describe('tally ingest', () => {
  it('ingests the good files, names each bad one, and exits 1', async () => {
    const articles = join(dir, 'articles');
    const db = join(dir, 'tally.db');
    await run('mkdir', [articles]);
    writeFileSync(join(articles, 'a.txt'), 'Rescuers said 12 people were injured in the fire.');
    writeFileSync(join(articles, 'b.txt'), 'Police estimated that 3,000 protesters gathered in the square.');
    writeFileSync(join(articles, 'empty.txt'), '');
    writeFileSync(join(articles, 'binary.txt'), Buffer.from([1, 0, 2, 0]));
    const result = await tally('ingest', '--db', db, articles, join(dir, 'missing.txt'));
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`${join(articles, 'empty.txt')}: is empty`);
    expect(result.stderr).toContain(`${join(articles, 'binary.txt')}: is a binary file`);
    expect(result.stderr).toContain(`${join(dir, 'missing.txt')}: no such file or folder`);
    expect(result.stderr).toMatch(/ingested 2 documents with \d+ figures, 3 failed/);
    const sqlite = new Database(db, { readonly: true });
    expect(sqlite.prepare('SELECT source FROM documents ORDER BY source').pluck().all()).toEqual([
      'a.txt',
      'b.txt',
    ]);
    sqlite.close();

    const again = await tally('ingest', '--db', db, join(articles, 'a.txt'));
    expect(again.code).toBe(0);
    expect(again.stderr).toContain('ingested 0 documents with 0 figures, 1 skipped (already stored)');
  });

  it('refuses a malformed --published with a usage error', async () => {
    const result = await tally('ingest', '--published', '03/01/2026', join(dir, 'x.txt'));
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--published "03/01/2026" is not a valid YYYY-MM-DD day');
  });
});

describe('tally extract', () => {
  it('prints one JSON object per figure with the contract fields', async () => {
    const file = join(dir, 'story.txt');
    writeFileSync(file, 'Organisers said more than 2,000 runners finished the race.');
    const result = await tally('extract', '--published', '2024-05-05', file);
    expect(result.code).toBe(0);
    const figures = result.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(figures.length).toBeGreaterThan(0);
    expect(Object.keys(figures[0])).toEqual([
      'doc',
      'start',
      'end',
      'text',
      'value',
      'value_max',
      'qualifier',
      'unit',
      'category',
      'date',
      'cumulative',
      'sentence',
    ]);
    expect(figures[0]).toMatchObject({ doc: 'story.txt', value: 2000 });
  });
});

describe('help and mistakes', () => {
  it.each(['ingest', 'extract', 'eval', 'export', 'serve'])(
    '%s --help explains the command',
    async (command) => {
      const result = await tally(command, '--help');
      expect(result.code).toBe(0);
      expect(result.stdout).toContain(`usage: tally ${command}`);
    },
  );

  it('names an unknown command', async () => {
    const result = await tally('frobnicate');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('unknown command "frobnicate"');
  });
});
