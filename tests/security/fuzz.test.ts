// Random and malformed GraphQL documents, variables, ingest payloads and raw bytes, in-process through
// `yoga.fetch` and over the real HTTP server: every answer is a GraphQL response or a 4xx, never a 500,
// with no stack trace, source path or SQL in it, and the server stays up.
import { mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { afterAll, afterEach, beforeAll, describe, expect, it, type MockInstance, vi } from 'vitest';
import { FILTER_PARAMS } from '../../api/filters.ts';
import { CSRF_HEADER } from '../../api/graphql/csrf.ts';
import { buildYoga, type TallyYoga } from '../../api/graphql/yoga.ts';
import { type RunningServer, startServer } from '../../api/http/main.ts';
import { MAX_GRAPHQL_BODY_BYTES } from '../../api/http/server.ts';
import { MAX_TEXT_BYTES } from '../../api/ingest/ingest.ts';
import {
  anyString,
  contentType,
  expectSafeAnswer,
  graphqlDocument,
  requestBody,
  variables,
} from './hostile.ts';

const TOKEN = 'fuzz-token';
const SEEDS = fileURLToPath(new URL('../../seeds', import.meta.url));
/** Each property stops after this long even if it has runs left, so the file stays well under a minute. */
const TIME_LIMIT_MS = 8000;
const settings = { numRuns: 300, interruptAfterTimeLimit: TIME_LIMIT_MS, markInterruptAsFailure: false };

let dir: string;
let server: RunningServer;
let yoga: TallyYoga;
let errorLog: MockInstance<typeof console.error>;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'tally-fuzz-'));
  server = await startServer({
    port: 0,
    host: '127.0.0.1',
    dbPath: join(dir, 'tally.db'),
    token: TOKEN,
    seedsDir: SEEDS,
    log: () => {},
  });
  // A second in-process server on its own database, with the same schema, limits and masking.
  const { openDb } = await import('../../api/db/client.ts');
  yoga = buildYoga({ db: openDb(join(dir, 'in-process.db')), token: TOKEN });
  // An unexpected failure would be masked for the client and logged for the operator: watch the log.
  errorLog = vi.spyOn(console, 'error').mockImplementation(() => {});
});

// No hostile input may reach a failure the code did not foresee, even a masked one.
afterEach(() => {
  expect(errorLog.mock.calls.map((call) => String(call[0]))).toEqual([]);
});

afterAll(async () => {
  vi.restoreAllMocks();
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

/** One raw HTTP request to the real server, body as bytes, Content-Length set. */
function send(
  path: string,
  options: { method?: string; headers?: Record<string, string>; body?: Buffer } = {},
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string | number> = { ...options.headers };
    if (options.body) headers['content-length'] = options.body.length;
    const req = request(
      `http://127.0.0.1:${server.port}${path}`,
      { method: options.method ?? 'POST', headers, agent: false },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({ status: res.statusCode!, body: Buffer.concat(chunks).toString('utf8') }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

async function expectServerUp() {
  const health = await send('/health', { method: 'GET' });
  expect(health.status).toBe(200);
  const query = await send('/graphql', {
    headers: { 'content-type': 'application/json' },
    body: Buffer.from(JSON.stringify({ query: '{ documents { totalCount } }' })),
  });
  // The four seeds, and whatever the fuzzing stored.
  expect(JSON.parse(query.body).data.documents.totalCount).toBeGreaterThanOrEqual(4);
}

describe('the answer check', () => {
  it('catches a server error, a stack trace, SQL and SQLite’s words', () => {
    const ok = JSON.stringify({ errors: [{ message: 'Syntax Error: Unexpected "}".' }] });
    expectSafeAnswer(400, ok, 'ok');
    expect(() => expectSafeAnswer(500, ok, '')).toThrow();
    for (const message of [
      'Error: boom\n    at resolve (/work/main/api/graphql/schema/figure.ts:10:5)',
      'near "FROM": SELECT id FROM figures WHERE x',
      'SqliteError: SQLITE_BUSY',
    ]) {
      expect(() => expectSafeAnswer(200, JSON.stringify({ errors: [{ message }] }), '')).toThrow();
    }
    expect(() =>
      expectSafeAnswer(200, JSON.stringify({ errors: [{ message: 'x', extensions: { stack: 'y' } }] }), ''),
    ).toThrow();
  });
});

describe('random GraphQL requests through yoga.fetch', () => {
  it('answer with a GraphQL response or a 4xx, and nothing internal', async () => {
    await fc.assert(
      fc.asyncProperty(
        requestBody,
        contentType,
        fc.boolean(),
        fc.boolean(),
        async (body, type, csrf, authorized) => {
          const headers: Record<string, string> = { 'content-type': type };
          if (csrf) headers[CSRF_HEADER] = '1';
          if (authorized) headers.authorization = `Bearer ${TOKEN}`;
          const response = await yoga.fetch('http://tally.test/graphql', { method: 'POST', headers, body });
          expectSafeAnswer(response.status, await response.text(), body);
        },
      ),
      settings,
    );
  }, 60_000);

  it('answer GET requests with the document and variables in the URL likewise', async () => {
    await fc.assert(
      fc.asyncProperty(graphqlDocument, variables, async (query, vars) => {
        const params = new URLSearchParams({ query, variables: JSON.stringify(vars) });
        const response = await yoga.fetch(`http://tally.test/graphql?${params}`, {
          headers: { [CSRF_HEADER]: '1' },
        });
        expectSafeAnswer(response.status, await response.text(), query);
      }),
      settings,
    );
  }, 60_000);

  it('answer a query sent again and again, so run compiled, with random variables likewise', async () => {
    await fc.assert(
      fc.asyncProperty(mostly(figureVariables, variables), async (vars) => {
        const body = JSON.stringify({ query: FIGURES_AND_SERIES, variables: vars });
        // The seeded server, so that the compiled query has rows to read.
        const response = await send('/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json', [CSRF_HEADER]: '1' },
          body: Buffer.from(body),
        });
        expectSafeAnswer(response.status, response.body, body);
      }),
      settings,
    );
  }, 60_000);
});

/** One query with every variable the figure queries take, so that random values reach each of them. */
const FIGURES_AND_SERIES = `query($filter: FigureFilter, $first: Int, $after: String, $orderBy: FigureOrder,
  $category: Category!, $interval: Interval, $from: Date) {
  figures(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {
    edges { node { value qualifier date document { title } } } pageInfo { endCursor }
  }
  series(category: $category, interval: $interval, from: $from) { points { start value } }
}`;

/** A valid value nine times in ten, else a wrong one. */
const mostly = <T, U>(valid: fc.Arbitrary<T>, wrong: fc.Arbitrary<U>) =>
  fc.oneof({ arbitrary: valid, weight: 9 }, { arbitrary: wrong, weight: 1 });

/**
 * Variables of FIGURES_AND_SERIES: each of the right shape and value nine times in ten, so that about
 * half of the requests are valid and run, and the rest are wrong in one or two places.
 */
const figureVariables = fc.record(
  {
    filter: mostly(
      fc.record(
        {
          category: fc.array(fc.constantFrom('DEATHS', 'TROOPS', 'STRIKES'), { maxLength: 3 }),
          from: fc.constantFrom('2025-09-01', '2025-12-01'),
          to: fc.constantFrom('2026-01-31', '2025-12-31'),
          q: fc.constantFrom('killed', 'troops', ''),
          cumulative: fc.boolean(),
        },
        { requiredKeys: [] },
      ),
      fc.record({
        category: fc.constant(['deaths']),
        from: fc.constantFrom('2026-02-30', '2026-1-5'),
        q: anyString(30),
      }),
    ),
    first: mostly(fc.integer({ min: 0, max: 100 }), fc.oneof(fc.integer(), fc.jsonValue({ maxDepth: 1 }))),
    after: mostly(fc.constant(null), fc.oneof(anyString(40), fc.constant('RmlndXJlOjM='))),
    orderBy: mostly(fc.constantFrom('DATE_DESC', 'VALUE_ASC', 'POSITION'), fc.constant('SIDEWAYS')),
    category: mostly(fc.constantFrom('DEATHS', 'STRIKES', 'POLL'), fc.constantFrom('nope', 7)),
    interval: mostly(fc.constantFrom('DAY', 'WEEK', 'MONTH'), fc.constant('YEAR')),
    from: mostly(fc.constantFrom('2025-10-01', '2026-01-05'), fc.constantFrom('2026-1-5', '')),
  },
  { requiredKeys: ['category'] },
);

const INGEST = `mutation($input: IngestDocumentInput!) {
  ingestDocument(input: $input) { status document { databaseId } figures { databaseId } }
}`;

/** Anything JSON can hold, for a field that wants a string. */
const wrongType = fc.oneof(fc.jsonValue({ maxDepth: 2 }), anyString(80));

describe('random ingest payloads through yoga.fetch, with a valid token', () => {
  it('are stored or refused with a GraphQL error, never a server error', async () => {
    const input = fc.record(
      {
        text: fc.oneof(anyString(2000), wrongType, fc.constant('')),
        title: fc.oneof(anyString(100), wrongType),
        publisher: fc.oneof(anyString(100), wrongType),
        url: fc.oneof(fc.webUrl(), anyString(100), wrongType),
        publishedAt: fc.oneof(
          fc.date({ noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
          anyString(20),
          wrongType,
        ),
        extra: wrongType,
      },
      { requiredKeys: [] },
    );
    await fc.assert(
      fc.asyncProperty(input, async (payload) => {
        const body = JSON.stringify({ query: INGEST, variables: { input: payload } });
        const response = await yoga.fetch('http://tally.test/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
          body,
        });
        const text = await response.text();
        expectSafeAnswer(response.status, text, body);
        const result = JSON.parse(text);
        // Either stored, with the figures it reports, or refused as a whole.
        if (result.data?.ingestDocument) expect(result.errors).toBeUndefined();
        else expect(result.errors?.length).toBeGreaterThan(0);
      }),
      { ...settings, numRuns: 200 },
    );
  }, 60_000);
});

describe('the real HTTP server', () => {
  it('answers bodies of random bytes, and JSON with invalid UTF-8 inside, safely', async () => {
    const invalidUtf8 = fc.uint8Array({ minLength: 1, maxLength: 64 }).map((bytes) =>
      // Continuation bytes with no lead byte, overlong forms and lone lead bytes among them.
      Buffer.concat([Buffer.from([0xc0, 0x80, 0xff]), Buffer.from(bytes), Buffer.from([0xed, 0xa0, 0x80])]),
    );
    const body = fc.oneof(
      fc.uint8Array({ maxLength: 2048 }).map((bytes) => Buffer.from(bytes)),
      invalidUtf8.map((bytes) =>
        Buffer.concat([
          Buffer.from('{"query":"{ categories { category } }","variables":{"x":"'),
          bytes,
          Buffer.from('"}}'),
        ]),
      ),
      invalidUtf8.map((bytes) =>
        Buffer.concat([
          Buffer.from('{"query":"{ figures(filter: {q: \\"'),
          bytes,
          Buffer.from('\\"}) { totalCount } }"}'),
        ]),
      ),
      invalidUtf8.map((bytes) =>
        Buffer.concat([
          Buffer.from(
            `{"query":${JSON.stringify(INGEST)},"variables":{"input":{"text":"At least 5 people died `,
          ),
          bytes,
          Buffer.from('"}}}'),
        ]),
      ),
      requestBody.map((text) => Buffer.from(text)),
    );
    await fc.assert(
      fc.asyncProperty(body, contentType, fc.boolean(), async (bytes, type, authorized) => {
        const headers: Record<string, string> = { 'content-type': type, [CSRF_HEADER]: '1' };
        if (authorized) headers.authorization = `Bearer ${TOKEN}`;
        const answer = await send('/graphql', { headers, body: bytes });
        expectSafeAnswer(answer.status, answer.body, bytes.toString('latin1'));
      }),
      { ...settings, numRuns: 150 },
    );
    await expectServerUp();
  }, 60_000);

  it('answers random paths and export filters with a 4xx or a file, never a server error', async () => {
    const FILTER_NAMES = [...FILTER_PARAMS, 'bom', 'format'];
    const value = fc.oneof(
      anyString(40),
      fc.constantFrom(
        'deaths',
        'DEATHS,poll',
        '2026-01',
        '2026-02-30',
        '-1e309',
        'NaN',
        '1,2,x',
        'true',
        '%00',
        '..',
      ),
      fc.double().map(String),
    );
    const exportUrl = fc
      .tuple(
        fc.constantFrom('/export/figures.csv', '/export/figures.jsonl'),
        fc.array(fc.tuple(fc.constantFrom(...FILTER_NAMES), value), { maxLength: 5 }),
      )
      .map(([path, params]) => `${path}?${new URLSearchParams(params)}`);
    const segment = fc.oneof(
      fc.constantFrom('..', '%2e%2e', '%2f', 'assets', 'index.html', '%00', '%E0%A4%A', 'graphql', 'export'),
      fc.webSegment(),
    );
    const anyPath = fc.array(segment, { maxLength: 6 }).map((parts) => `/${parts.join('/')}`);
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(exportUrl, anyPath),
        fc.constantFrom('GET', 'HEAD', 'POST', 'DELETE', 'OPTIONS'),
        async (path, method) => {
          const answer = await send(path, { method, headers: { [CSRF_HEADER]: '1' } });
          expect(answer.status, `${method} ${path}`).toBeLessThan(500);
          // Files and exports are what they are; refusals must say nothing internal.
          if (answer.status >= 400) expectSafeAnswer(answer.status, answer.body, `${method} ${path}`);
        },
      ),
      { ...settings, numRuns: 200 },
    );
    await expectServerUp();
  }, 60_000);

  it('answers extreme requests with a 4xx or a GraphQL error, and stays up', async () => {
    const json = (value: unknown) => Buffer.from(JSON.stringify(value));
    const hostile: [name: string, path: string, body: Buffer | undefined][] = [
      [
        'a document nested 20,000 deep',
        '/graphql',
        json({ query: `${'{ figures '.repeat(20_000)}${'}'.repeat(20_000)}` }),
      ],
      [
        'variables nested 100,000 deep',
        '/graphql',
        Buffer.from(
          `{"query":"query($x: [String]) { categories { category } }","variables":{"x":${'['.repeat(100_000)}${']'.repeat(100_000)}}}`,
        ),
      ],
      ['a 100,000-character field name', '/graphql', json({ query: `{ ${'a'.repeat(100_000)} }` })],
      ['100,000 aliases', '/graphql', json({ query: `{ ${'a: categories { category } '.repeat(100_000)}}` })],
      [
        'an article just over the text limit',
        '/graphql',
        json({ query: INGEST, variables: { input: { text: 'x'.repeat(MAX_TEXT_BYTES + 1) } } }),
      ],
      ['a body just over the cap', '/graphql', Buffer.alloc(MAX_GRAPHQL_BODY_BYTES + 1, 0x20)],
      ['a 20 kB query string', `/graphql?query=${'%7B'.repeat(7000)}`, undefined],
      ['a bad export filter', '/export/figures.csv?category=%00%ff&from=2026-99-99&min=NaN', undefined],
      ['a percent-encoding error in a path', '/%E0%A4%A', undefined],
      // Each of these was a 500 until the dashboard route and the handler learnt to refuse them.
      ['a NUL byte in a path', '/%00', undefined],
      ['a URL that does not parse', '//%E0%A4%A', undefined],
      ['a path through a file', '/index.html/a', undefined],
    ];
    for (const [name, path, body] of hostile) {
      const headers = {
        'content-type': 'application/json',
        [CSRF_HEADER]: '1',
        authorization: `Bearer ${TOKEN}`,
      };
      const answer = await send(path, { method: body ? 'POST' : 'GET', headers, body });
      expectSafeAnswer(answer.status, answer.body, name);
      if (answer.status === 200) expect(answer.body, name).toContain('"errors"');
    }
    await expectServerUp();
  }, 60_000);
});
