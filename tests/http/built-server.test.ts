// The compiled server that `npm start` runs (dist/server/cli.js, built here from the current sources),
// as a fresh clone first starts it: an empty database gets the project's seeds, and the dashboard,
// GraphQL and the export are served. The other HTTP tests run the same code from source, in process;
// this one checks what only the build can get wrong: the bundle loads, and the paths it finds from its
// own location (migrations, seeds/, web/dist) are the project's.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ServerProcess, startServerProcess } from '../../bench/loopback-server.ts';
import { ensureDashboardBuilt } from '../e2e/harness.ts';
import { parseCsvExport } from '../export/read.ts';

let dir: string;
let server: ServerProcess;

beforeAll(async () => {
  await ensureDashboardBuilt();
  dir = mkdtempSync(join(tmpdir(), 'tally-built-'));
  server = await startServerProcess({ dbPath: join(dir, 'data', 'tally.db') });
});

afterAll(async () => {
  if (server?.child.exitCode === null) {
    server.child.kill('SIGTERM');
    await server.exited;
  }
  rmSync(dir, { recursive: true, force: true });
});

describe('the compiled server (npm start)', () => {
  it('runs Node alone, with no TypeScript loader, as npm start does', () => {
    const [flag, script, command] = server.child.spawnargs.slice(1, 4);
    expect(flag).toBe('--enable-source-maps');
    expect(script).toMatch(/dist\/server\/cli\.js$/);
    expect(command).toBe('serve');
    expect(server.child.spawnargs.join(' ')).not.toContain('tsx');
    const { scripts } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
    expect(scripts.start).toMatch(/&& node --enable-source-maps dist\/server\/cli\.js serve$/);
  });

  it('ingests the seeds into an empty database', () => {
    expect(server.log()).toMatch(/seeds: ingested 4 documents with \d+ figures from .*\/seeds\n/);
  });

  it('serves the dashboard, GraphQL and the CSV export', async () => {
    const page = await fetch(`${server.base}/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toMatch(/<script[^>]+src="\.?\/assets\/[^"]+\.js"/);

    const answer = await fetch(`${server.base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ figures(first: 1) { totalCount } }' }),
    });
    const { data } = (await answer.json()) as { data: { figures: { totalCount: number } } };
    expect(data.figures.totalCount).toBeGreaterThan(0);

    const csv = await fetch(`${server.base}/export/figures.csv`);
    expect(csv.status).toBe(200);
    const { header, rows } = parseCsvExport(await csv.text());
    expect(header[0]).toBe('figure_id');
    expect(rows).toHaveLength(data.figures.totalCount);
    expect(Number(csv.headers.get('x-tally-row-count'))).toBe(data.figures.totalCount);
  });

  it('stops cleanly on SIGTERM', async () => {
    server.child.kill('SIGTERM');
    expect(await server.exited).toEqual({ code: 0, signal: null });
  });
});
