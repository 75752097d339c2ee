import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSRF_HEADER } from '../../api/graphql/csrf.ts';
import { type RunningServer, startServer } from '../../api/http/main.ts';
import { CONTENT_SECURITY_POLICY, MAX_GRAPHQL_BODY_BYTES } from '../../api/http/server.ts';

const ARTICLE = 'At least 40 people were killed in the city on Monday, officials said.';

let dir: string;
let server: RunningServer;
const quiet = () => {};

function fixture(): { dbPath: string; seedsDir: string; webRoot: string } {
  const seedsDir = join(dir, 'seeds');
  const webRoot = join(dir, 'web');
  mkdirSync(join(webRoot, 'assets'), { recursive: true });
  mkdirSync(seedsDir, { recursive: true });
  writeFileSync(join(seedsDir, 'one.txt'), ARTICLE);
  writeFileSync(
    join(seedsDir, 'manifest.json'),
    JSON.stringify([{ file: 'one.txt', published: '2026-01-07' }]),
  );
  writeFileSync(join(webRoot, 'index.html'), '<!doctype html><title>Tally</title>');
  writeFileSync(join(webRoot, 'assets', 'app-1234.js'), 'console.log(1)');
  writeFileSync(join(dir, 'secret.txt'), 'not for the web');
  return { dbPath: join(dir, 'tally.db'), seedsDir, webRoot };
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'tally-http-'));
  server = await startServer({ port: 0, host: '127.0.0.1', ...fixture(), log: quiet, drainTimeoutMs: 300 });
});

afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

const url = (path: string) => `http://127.0.0.1:${server.port}${path}`;

/** A raw request, for what fetch will not send (a path with dot segments, a body without a length). */
function raw(
  path: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url(path), { method: options.method ?? 'GET', headers: options.headers }, (res) => {
      let body = '';
      res.on('data', (chunk) => {
        body += chunk;
      });
      res.on('end', () => resolve({ status: res.statusCode!, body }));
    });
    req.on('error', reject);
    if (options.body) req.write(options.body);
    req.end();
  });
}

async function graphql(query: string) {
  const response = await fetch(url('/graphql'), {
    method: 'POST',
    headers: { 'content-type': 'application/json', [CSRF_HEADER]: 'test' },
    body: JSON.stringify({ query }),
  });
  return { status: response.status, body: await response.json() };
}

describe('server', () => {
  it('ingests the seeds into an empty database and serves them over /graphql', async () => {
    const { status, body } = await graphql('{ documents { totalCount edges { node { publishedAt } } } }');
    expect(status).toBe(200);
    expect(body.data.documents).toEqual({ totalCount: 1, edges: [{ node: { publishedAt: '2026-01-07' } }] });
  });

  it('answers /health and /ready', async () => {
    expect(await (await fetch(url('/health'))).json()).toEqual({ status: 'ok' });
    expect(await (await fetch(url('/ready'))).json()).toEqual({ status: 'ready' });
  });

  it('serves the dashboard under a content security policy', async () => {
    const page = await fetch(url('/'));
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(page.headers.get('cache-control')).toBe('no-cache');
    expect(await page.text()).toContain('<title>Tally</title>');
    const asset = await fetch(url('/assets/app-1234.js'));
    expect(asset.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(asset.headers.get('cache-control')).toContain('immutable');
  });

  it('never serves files outside the dashboard folder', async () => {
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/../../secret.txt', '/%E0%A4%A']) {
      const response = await raw(path);
      expect(response.status).toBe(404);
      expect(response.body).not.toContain('not for the web');
    }
  });

  it('refuses GraphQL bodies that are too large or of unknown length', async () => {
    const tooLarge = await raw('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-length': String(MAX_GRAPHQL_BODY_BYTES + 1) },
    });
    expect(tooLarge.status).toBe(413);
    const chunked = await raw('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' },
      body: JSON.stringify({ query: '{ categories { category } }' }),
    });
    expect(chunked.status).toBe(411);
  });

  it('answers 404 for unknown paths', async () => {
    expect((await fetch(url('/nothing-here'))).status).toBe(404);
  });
});

describe('lifecycle', () => {
  it('does not ingest the seeds again into a database that has documents', async () => {
    const other = mkdtempSync(join(tmpdir(), 'tally-http-'));
    const paths = { ...fixture(), dbPath: join(other, 'tally.db') };
    const lines: string[] = [];
    const first = await startServer({
      port: 0,
      host: '127.0.0.1',
      ...paths,
      log: (line) => lines.push(line),
    });
    await first.close();
    const second = await startServer({
      port: 0,
      host: '127.0.0.1',
      ...paths,
      log: (line) => lines.push(line),
    });
    await second.close();
    expect(lines.filter((line) => line.startsWith('seeds: ingested'))).toHaveLength(1);
    rmSync(other, { recursive: true, force: true });
  });

  it('finishes in-flight requests, then cuts long-lived streams after the drain timeout', async () => {
    const other = mkdtempSync(join(tmpdir(), 'tally-http-'));
    const running = await startServer({
      port: 0,
      host: '127.0.0.1',
      ...fixture(),
      dbPath: join(other, 'tally.db'),
      log: quiet,
      drainTimeoutMs: 200,
    });
    const endpoint = `http://127.0.0.1:${running.port}/graphql`;
    const subscription = await fetch(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream', [CSRF_HEADER]: 'test' },
      body: JSON.stringify({ query: 'subscription { figureAdded { value } }' }),
    });
    // A request whose body is half sent when shutdown begins.
    const body = JSON.stringify({ query: '{ documents { totalCount } }' });
    const inFlight = new Promise<string>((resolve, reject) => {
      const req = request(
        endpoint,
        { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': body.length } },
        (res) => {
          let text = '';
          res.on('data', (chunk) => {
            text += chunk;
          });
          res.on('end', () => resolve(text));
        },
      );
      req.on('error', reject);
      req.write(body.slice(0, 10));
      setTimeout(() => {
        void running.close();
        setTimeout(() => req.end(body.slice(10)), 50);
      }, 50);
    });
    const started = Date.now();
    expect(JSON.parse(await inFlight)).toEqual({ data: { documents: { totalCount: 1 } } });
    await expect(subscription.text()).rejects.toThrow();
    await running.close();
    expect(Date.now() - started).toBeLessThan(2000);
    await expect(fetch(`http://127.0.0.1:${running.port}/health`)).rejects.toThrow();
    rmSync(other, { recursive: true, force: true });
  });
});
