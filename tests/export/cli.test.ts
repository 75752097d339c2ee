import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { runExport } from '../../api/cli/export.ts';
import { openDb } from '../../api/db/client.ts';
import { generateFigures } from './generated.ts';
import { parseCsvExport } from './read.ts';

describe('tally export', () => {
  let dir: string;
  let dbPath: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'tally-export-'));
    dbPath = join(dir, 'tally.db');
    const db = openDb(dbPath);
    generateFigures(db, 10, 30);
    db.$client.close();
    vi.spyOn(console, 'error').mockImplementation(() => {});
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
    vi.restoreAllMocks();
  });

  it('writes the filtered figures to a file, with a BOM when asked', async () => {
    const file = join(dir, 'deaths.csv');
    expect(
      await runExport(['--db', dbPath, '--category', 'deaths', '--from', '2025-03', '-o', file, '--bom']),
    ).toBe(0);
    const text = readFileSync(file, 'utf8');
    expect(text.startsWith('\uFEFFfigure_id,')).toBe(true);
    const { rows } = parseCsvExport(text);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(row[5]).toBe('deaths');
      expect(String(row[6]) >= '2025-03').toBe(true);
    }
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('writes JSON Lines', async () => {
    const file = join(dir, 'all.jsonl');
    expect(await runExport(['--db', dbPath, '--format', 'jsonl', '--output', file])).toBe(0);
    const lines = readFileSync(file, 'utf8').trim().split('\n');
    expect(lines).toHaveLength(300);
    expect(JSON.parse(lines[0])).toMatchObject({ figure_id: 1, document_id: 1 });
  });

  it('leaves an existing file untouched and no temporary file when the export cannot be finished', async () => {
    const target = join(dir, 'taken');
    mkdirSync(target);
    writeFileSync(join(target, 'keep'), 'x');
    expect(await runExport(['--db', dbPath, '-o', target])).toBe(1);
    expect(readdirSync(target)).toEqual(['keep']);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('refuses bad flags and filters with a usage error', async () => {
    await expect(runExport(['--db', dbPath, '--format', 'xml'])).rejects.toThrow(
      /--format must be csv or jsonl/,
    );
    await expect(runExport(['--db', dbPath, '--from', '2025-02-30'])).rejects.toThrow(/"from" must be a day/);
    await expect(runExport(['--db', join(dir, 'missing.db')])).rejects.toThrow(/no database at/);
    await expect(runExport(['--db', dbPath, 'stray'])).rejects.toThrow(/unexpected argument/);
  });
});
