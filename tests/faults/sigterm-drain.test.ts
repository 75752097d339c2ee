// SIGTERM stops the server taking new connections, lets a slow request in flight finish, and closes the
// database cleanly: the WAL is checkpointed away and the file passes its integrity check.
import { existsSync } from 'node:fs';
import { get, type IncomingMessage } from 'node:http';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { openDb } from '../../api/db/client.ts';
import { ROW_COUNT_HEADER } from '../../api/export/http.ts';
import { startServerProcess } from '../../bench/loopback-server.ts';
import { generateFigures } from '../export/generated.ts';
import { parseCsvExport } from '../export/read.ts';
import { integrityOf, tempDir } from './harness.ts';

const DOCUMENTS = 100;
const FIGURES_PER_DOCUMENT = 200;

describe('SIGTERM', () => {
  it('drains a slow export in flight, refuses new connections, and closes the database', async () => {
    const dir = tempDir('sigterm');
    const dbPath = join(dir, 'tally.db');
    const db = openDb(dbPath);
    generateFigures(db, DOCUMENTS, FIGURES_PER_DOCUMENT);
    db.$client.close();

    const server = await startServerProcess({ dbPath, seedsDir: dir });
    onTestFinished(() => {
      server.child.kill('SIGKILL');
    });
    const response = await new Promise<IncomingMessage>((resolve, reject) =>
      get(`${server.base}/export/figures.csv`, { agent: false }, resolve).on('error', reject),
    );
    expect(response.statusCode).toBe(200);

    // The client takes one chunk, then stops reading until the server has seen the signal: the rest of
    // the export (megabytes, far more than the socket buffers hold) is still to be written.
    const firstChunk = new Promise<void>((resolve) =>
      response.once('data', () => {
        response.pause();
        resolve();
      }),
    );
    const chunks: Buffer[] = [];
    response.on('data', (chunk: Buffer) => chunks.push(chunk));
    const ended = new Promise<void>((resolve, reject) => {
      response.on('end', resolve);
      response.on('aborted', () => reject(new Error('the export was cut off')));
      response.on('error', reject);
    });
    await firstChunk;
    server.child.kill('SIGTERM');

    // Once the signal is handled, new connections are refused, but the server stays up for the export.
    expect(await waitForRefusal(server.base)).toBe(true);
    expect(server.child.exitCode).toBe(null);
    response.resume();

    await ended;
    const { rows } = parseCsvExport(Buffer.concat(chunks).toString('utf8'));
    expect(rows).toHaveLength(DOCUMENTS * FIGURES_PER_DOCUMENT);
    expect(Number(response.headers[ROW_COUNT_HEADER.toLowerCase()])).toBe(rows.length);

    expect(await server.exited).toEqual({ code: 0, signal: null });
    expect(server.log()).toContain('SIGTERM: finishing open requests');
    expect(server.log()).toContain('stopped');
    // The last connection closed checkpoints the WAL and removes it.
    expect(existsSync(`${dbPath}-wal`)).toBe(false);
    expect(integrityOf(dbPath)).toBe('ok');
  }, 120_000);
});

/** Tries a fresh connection every 20 ms, for up to 4 s (the drain allows 5), until one is refused. */
async function waitForRefusal(base: string): Promise<boolean> {
  const deadline = Date.now() + 4000;
  while (Date.now() < deadline) {
    const outcome = await new Promise<string>((resolve) => {
      const request = get(`${base}/health`, { agent: false }, (res) => {
        res.resume();
        resolve('answered');
      });
      request.on('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? 'error'));
      request.setTimeout(1000, () => request.destroy());
    });
    if (outcome === 'ECONNREFUSED') return true;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return false;
}
