// Writes need the exact bearer token, over the real HTTP server; the token is compared in constant time.
// (tests/api/ingest.test.ts covers the refusal messages in-process; this adds random headers over HTTP.)
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { writeAccessFor } from '../../api/graphql/context.ts';
import { type RunningServer, startServer } from '../../api/http/main.ts';

// Wraps timingSafeEqual to see what it compares; everything else in node:crypto stays as it is.
vi.mock('node:crypto', async (importOriginal) => {
  const crypto = await importOriginal<typeof import('node:crypto')>();
  return { ...crypto, default: crypto, timingSafeEqual: vi.fn(crypto.timingSafeEqual) };
});
const { timingSafeEqual } = await import('node:crypto');

const TOKEN = 'a-long-and-random-write-token-0123456789';
/** Whether a header carries exactly the token, after the scheme (any case) and before optional spaces. */
const carriesToken = (header: string) => /^bearer\s+(.*?)\s*$/i.exec(header)?.[1] === TOKEN;
const INGEST = 'mutation($text: String!) { ingestDocument(input: { text: $text }) { status } }';

let dir: string;
let withToken: RunningServer;
let withoutToken: RunningServer;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'tally-tokens-'));
  const empty = join(dir, 'no-seeds');
  const options = { port: 0, host: '127.0.0.1', seedsDir: empty, log: () => {} };
  withToken = await startServer({ ...options, dbPath: join(dir, 'with.db'), token: TOKEN });
  withoutToken = await startServer({ ...options, dbPath: join(dir, 'without.db') });
});

afterAll(async () => {
  await withToken.close();
  await withoutToken.close();
  rmSync(dir, { recursive: true, force: true });
});

async function ingest(server: RunningServer, authorization: string | undefined, text: string) {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (authorization !== undefined) headers.authorization = authorization;
  const response = await fetch(`http://127.0.0.1:${server.port}/graphql`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ query: INGEST, variables: { text } }),
  });
  return { status: response.status, body: await response.json() };
}

const printable = fc.string({
  unit: fc.integer({ min: 0x20, max: 0x7e }).map((code) => String.fromCharCode(code)),
  maxLength: 80,
});

describe('writes over HTTP', () => {
  it('are refused for any Authorization header that does not carry the token', async () => {
    const near = fc.constantFrom(
      TOKEN.slice(1),
      TOKEN.slice(0, -1),
      `${TOKEN}x`,
      TOKEN.toUpperCase(),
      TOKEN.slice(0, 20),
      `${TOKEN} ${TOKEN}`,
      '',
      'undefined',
      'null',
    );
    const header = fc.oneof(
      printable,
      printable.map((value) => `Bearer ${value}`),
      near.map((value) => `Bearer ${value}`),
      near.map((value) => `Basic ${value}`),
      fc.constant(TOKEN),
      fc.constant(`Token ${TOKEN}`),
      fc.constant(`Bearer${TOKEN}`),
    );
    let run = 0;
    await fc.assert(
      fc.asyncProperty(header, async (authorization) => {
        fc.pre(!carriesToken(authorization));
        const { status, body } = await ingest(withToken, authorization, `At least ${run++} people died.`);
        expect(status, authorization).toBe(401);
        expect(body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
      }),
      { numRuns: 150, interruptAfterTimeLimit: 8000, markInterruptAsFailure: false },
    );
    expect((await ingest(withToken, undefined, 'At least 3 people died.')).status).toBe(401);
    const { body } = await fetch(`http://127.0.0.1:${withToken.port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ documents { totalCount } }' }),
    }).then(async (r) => ({ body: await r.json() }));
    expect(body.data.documents.totalCount).toBe(0);
  }, 60_000);

  it('are accepted with the token', async () => {
    const { body } = await ingest(withToken, `Bearer ${TOKEN}`, 'At least 40 people died on Monday.');
    expect(body).toEqual({ data: { ingestDocument: { status: 'ADDED' } } });
  });

  it('are refused by a server started without a token, whatever the header', async () => {
    for (const authorization of [
      undefined,
      '',
      'Bearer',
      'Bearer ',
      'Bearer undefined',
      'Bearer null',
      `Bearer ${TOKEN}`,
    ]) {
      const { status, body } = await ingest(withoutToken, authorization, 'At least 9 people died.');
      expect(status, authorization).toBe(403);
      expect(body.errors[0].extensions.code).toBe('WRITES_DISABLED');
    }
  });
});

describe('the token comparison', () => {
  it('runs timingSafeEqual on equal-length digests, whatever the length of the token sent', () => {
    const compare = vi.mocked(timingSafeEqual);
    for (const sent of ['x', TOKEN.slice(0, -1), TOKEN, `${TOKEN}${'y'.repeat(5000)}`]) {
      compare.mockClear();
      expect(writeAccessFor(`Bearer ${sent}`, TOKEN)).toBe(sent === TOKEN ? 'granted' : 'wrong-token');
      expect(compare).toHaveBeenCalledTimes(1);
      const [a, b] = compare.mock.calls[0] as [Buffer, Buffer];
      expect(a.length).toBe(32);
      expect(b.length).toBe(32);
    }
  });
});
