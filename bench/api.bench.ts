// API: a `figures` query (one category, a date range, first 100, each figure's document) through the
// whole stack (node:http, routes, yoga, limits, Pothos, SQL) against a bare node:http handler running
// the same SQL and returning the same JSON, both loaded by autocannon from a second process over
// loopback. Then `series` by month over the whole database. The database holds ≥1,000,000 figures.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { SQLiteSyncDialect } from 'drizzle-orm/sqlite-core';
import { openDb } from '../api/db/client.ts';
import { fillMissingTolls } from '../api/db/tolls.ts';
import { documents, figures } from '../api/db/schema.ts';
import type { FigureFilter } from '../api/filters.ts';
import {
  type DocumentRecord,
  documentColumns,
  type FigureRecord,
  figurePageSql,
} from '../api/graphql/sql.ts';

// As a production server runs: graphql-js then skips its development-only checks on every type test.
// It reads the variable when first loaded, hence the imports below come after it.
process.env.NODE_ENV = 'production';
const { CSRF_HEADER } = await import('../api/graphql/csrf.ts');
const { buildYoga } = await import('../api/graphql/yoga.ts');
const { createHttpServer } = await import('../api/http/server.ts');

const FIGURES = Number(process.env.TALLY_BENCH_FIGURES ?? 1_000_000);
const FIGURES_PER_DOCUMENT = 100;
const SECONDS = Number(process.env.TALLY_BENCH_SECONDS ?? 10);
const CONNECTIONS = 10;
const TARGET = { ratio: 0.5, p99Ms: 50, seriesMs: 100 };

const dir = mkdtempSync(join(tmpdir(), 'tally-bench-api-'));
const db = openDb(join(dir, 'api.db'));

// 1. The database, written by SQLite itself from a counter: no row crosses into JavaScript. The indexes the
// migrations made are dropped for the load and built again after it, which is several times faster than
// keeping them up to date row by row; no journal, since a failed run starts over anyway.
let started = performance.now();
const indexes = db.$client
  .prepare("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL")
  .all() as { name: string; sql: string }[];
db.$client.pragma('journal_mode = OFF');
for (const index of indexes) db.$client.exec(`DROP INDEX ${index.name}`);
db.$client.exec('BEGIN');
db.$client.exec(`
  WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ${FIGURES / FIGURES_PER_DOCUMENT})
  INSERT INTO documents (id, content_hash, source, title, publisher, url, published_at, text)
  SELECT i, 'hash-' || i, 'bench-' || i || '.txt', 'Article ' || i, 'Publisher ' || (i % 25),
    'https://example.com/' || i, date('2024-01-01', '+' || (i % 730) || ' days'), 'Text of article ' || i
  FROM n;
  WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < ${FIGURES - 1})
  INSERT INTO figures (document_id, start, "end", text, sentence, value, value_max, qualifier, unit, category,
    date, date_precision, cumulative)
  SELECT 1 + i / ${FIGURES_PER_DOCUMENT}, 10, 20, 'at least ' || (i % 997),
    'Officials said at least ' || (i % 997) || ' people were affected in Region ' || char(65 + i % 8) ||
      ' in event ' || i || '.',
    i % 997, NULL,
    CASE i % 4 WHEN 0 THEN 'at_least' WHEN 1 THEN 'approximately' ELSE 'exact' END, 'people',
    CASE i % 9 WHEN 0 THEN 'strikes' WHEN 1 THEN 'deaths' WHEN 2 THEN 'injuries' WHEN 3 THEN 'troops'
      WHEN 4 THEN 'military_assets' WHEN 5 THEN 'poll' WHEN 6 THEN 'money' WHEN 7 THEN 'displaced' ELSE 'other' END,
    CASE WHEN i % 31 = 0 THEN NULL
      WHEN i % 17 = 0 THEN strftime('%Y-%m', date('2024-01-01', '+' || (i * 7 % 730) || ' days'))
      ELSE date('2024-01-01', '+' || (i * 7 % 730) || ' days') END,
    CASE WHEN i % 31 = 0 THEN NULL WHEN i % 17 = 0 THEN 'month' ELSE 'day' END,
    i % 5 = 0
  FROM n;
`);
db.$client.exec('COMMIT');
for (const index of indexes) db.$client.exec(index.sql);
db.$client.exec('ANALYZE');
db.$client.pragma('journal_mode = WAL');
const figureCount = (db.$client.prepare('SELECT count(*) AS n FROM figures').get() as { n: number }).n;
console.log(
  `database: ${figureCount.toLocaleString('en')} figures in ${((performance.now() - started) / 1000).toFixed(1)} s`,
);
// Rows written by SQL have no toll yet, as in a database from before the toll column: this is the work
// that opening such a database does once.
started = performance.now();
const tolls = fillMissingTolls(db.$client);
console.log(
  `tolls of ${tolls.toLocaleString('en')} running totals worked out in ${((performance.now() - started) / 1000).toFixed(1)} s`,
);

// 2. The query, and the bare handler's copy of the SQL behind it.
const filter: FigureFilter = { categories: ['deaths'], from: '2025-01-01', to: '2025-03-31' };
const QUERY = `query Bench($filter: FigureFilter) {
  figures(filter: $filter, first: 100) {
    edges { node { databaseId value qualifier category unit date datePrecision text sentence
      document { databaseId title publisher url publishedAt } } }
    pageInfo { hasNextPage endCursor }
  }
}`;
const body = JSON.stringify({
  query: QUERY,
  variables: { filter: { category: ['DEATHS'], from: filter.from, to: filter.to } },
});

const dialect = new SQLiteSyncDialect();
const orderBy = sql`ORDER BY ${figures.date} DESC, ${figures.id} DESC`;
const page = dialect.sqlToQuery(figurePageSql(filter, undefined, orderBy, 101));
const docs = dialect.sqlToQuery(
  sql`SELECT ${documentColumns} FROM ${documents} WHERE ${documents.id} IN (SELECT value FROM json_each(${'[]'}))`,
);
const pageStatement = db.$client.prepare(page.sql);
const documentStatement = db.$client.prepare(docs.sql);

function bareHandler(): Server {
  return createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      const rows = pageStatement.all(...page.params) as FigureRecord[];
      const pageRows = rows.slice(0, 100);
      const ids = [...new Set(pageRows.map((f) => f.documentId))];
      const byId = new Map(
        (documentStatement.all(JSON.stringify(ids)) as DocumentRecord[]).map((d) => [d.id, d]),
      );
      const edges = pageRows.map((f) => {
        const d = byId.get(f.documentId)!;
        return {
          node: {
            databaseId: f.id,
            value: f.value,
            qualifier: f.qualifier.toUpperCase(),
            category: f.category.toUpperCase(),
            unit: f.unit,
            date: f.date && f.date.length === 7 ? `${f.date}-01` : f.date,
            datePrecision: f.datePrecision?.toUpperCase() ?? null,
            text: f.text,
            sentence: f.sentence,
            document: {
              databaseId: d.id,
              title: d.title,
              publisher: d.publisher,
              url: d.url,
              publishedAt: d.publishedAt,
            },
          },
        };
      });
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(
        JSON.stringify({
          data: { figures: { edges, pageInfo: { hasNextPage: rows.length > 100, endCursor: null } } },
        }),
      );
    });
  });
}

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
}

const yoga = buildYoga({ db });
const tally = createHttpServer({ db, dbPath: join(dir, 'api.db'), yoga, webRoot: dir });
const bare = bareHandler();
const tallyUrl = await listen(tally);
const bareUrl = await listen(bare);

// Both must answer the same rows before their speed means anything.
interface FiguresPage {
  data?: { figures: { edges: { node: { databaseId: number } }[] } };
}
const answer = async (url: string): Promise<FiguresPage> =>
  (
    await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [CSRF_HEADER]: 'bench' },
      body,
    })
  ).json();
const [fromTally, fromBare] = await Promise.all([answer(tallyUrl), answer(bareUrl)]);
const pageIds = (r: FiguresPage) => r.data?.figures.edges.map((e) => e.node.databaseId).join(',');
if (
  !fromTally.data ||
  pageIds(fromTally) !== pageIds(fromBare) ||
  fromTally.data.figures.edges.length !== 100
) {
  console.error('the GraphQL server and the bare handler disagree:', JSON.stringify(fromTally).slice(0, 500));
  process.exit(1);
}

// 3. Load from a second process. autocannon's own CLI, so the load generator shares no event loop.
interface Load {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
  /** This process's CPU time per request while serving: unlike throughput, barely moved by other load. */
  cpuMsPerRequest: number;
}
const autocannon = join(
  createRequire(import.meta.url).resolve('autocannon/package.json'),
  '..',
  'autocannon.js',
);

// Asynchronous on purpose: the servers under load live in this process's event loop.
function load(url: string, seconds: number): Promise<Load> {
  const args = [
    autocannon,
    '--json',
    '-c',
    String(CONNECTIONS),
    '-d',
    String(seconds),
    '-m',
    'POST',
    '-H',
    'content-type=application/json',
    '-H',
    `${CSRF_HEADER}=bench`,
    '-b',
    body,
    url,
  ];
  const cpuBefore = process.cpuUsage();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
    });
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    child.on('exit', (code) => {
      if (code !== 0) return reject(new Error(`autocannon exited with ${code}: ${stderr}`));
      const cpu = process.cpuUsage(cpuBefore);
      const result = JSON.parse(stdout);
      resolve({
        cpuMsPerRequest: (cpu.user + cpu.system) / 1000 / result.requests.total,
        requestsPerSecond: result.requests.average,
        p50: result.latency.p50,
        p99: result.latency.p99,
        errors: result.errors,
        non2xx: result.non2xx,
      });
    });
  });
}

// A short warm-up each (JIT, statement and parse caches), then the measured runs.
await load(bareUrl, 2);
await load(tallyUrl, 2);
const bareLoad = await load(bareUrl, SECONDS);
const tallyLoad = await load(tallyUrl, SECONDS);

// 4. `series` by month over every dated figure of a category, through yoga in-process: the fields the
// chart asks for, then with every point's figure ids as well. Then the running totals the chart draws
// beside it, one series per toll.
async function timeQuery(query: string): Promise<{ ms: number; points: number }> {
  const times: number[] = [];
  let points = 0;
  for (let i = 0; i < 7; i++) {
    started = performance.now();
    const response = await yoga.fetch('http://bench/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    });
    const { data } = await response.json();
    points = [data.series ?? data.runningTotals].flat().reduce((n, s) => n + s.points.length, 0);
    times.push(performance.now() - started);
  }
  return { ms: times.sort((a, b) => a - b)[3], points };
}
const timeSeries = (fields: string) =>
  timeQuery(`{ series(category: DEATHS, interval: MONTH, measure: SUM) { points { ${fields} } } }`);
const series = await timeSeries('start end value figureCount documentCount');
const seriesWithIds = await timeSeries('start end value figureCount documentCount figureIds');
const runningTotals = await timeQuery(
  '{ runningTotals(category: DEATHS, interval: MONTH) { key label points { start end value figureCount } } }',
);

tally.close();
bare.close();
db.$client.close();
rmSync(dir, { recursive: true, force: true });

const ratio = tallyLoad.requestsPerSecond / bareLoad.requestsPerSecond;
const row = (name: string, l: Load) =>
  `${name.padEnd(14)} ${l.requestsPerSecond.toFixed(0).padStart(7)} req/s   p50 ${String(l.p50).padStart(3)} ms   ` +
  `p99 ${String(l.p99).padStart(3)} ms   ${l.cpuMsPerRequest.toFixed(2)} ms CPU/request   errors ${l.errors + l.non2xx}`;
console.log(
  `figures(category, from, to, first: 100) { document }: ${CONNECTIONS} connections, ${SECONDS} s each`,
);
console.log(row('bare node:http', bareLoad));
console.log(row('Tally GraphQL', tallyLoad));
console.log(
  `ratio ${ratio.toFixed(2)} (target ≥ ${TARGET.ratio}), p99 ${tallyLoad.p99} ms (target < ${TARGET.p99Ms} ms); ` +
    `CPU cost ratio ${(bareLoad.cpuMsPerRequest / tallyLoad.cpuMsPerRequest).toFixed(2)}`,
);
console.log(
  `series(DEATHS, MONTH) over ${figureCount.toLocaleString('en')} figures: ${series.ms.toFixed(1)} ms median of 7, ` +
    `${series.points} points (target < ${TARGET.seriesMs} ms); with figureIds ${seriesWithIds.ms.toFixed(1)} ms`,
);
console.log(
  `runningTotals(DEATHS, MONTH): ${runningTotals.ms.toFixed(1)} ms median of 7, ${runningTotals.points} points ` +
    '(no target; series above is its baseline)',
);
console.log(`machine load average (1 min) at the end: ${loadavg()[0].toFixed(1)} on ${cpus().length} CPUs`);
const pass =
  ratio >= TARGET.ratio &&
  tallyLoad.p99 < TARGET.p99Ms &&
  series.ms < TARGET.seriesMs &&
  tallyLoad.errors + tallyLoad.non2xx === 0;
console.log(pass ? 'PASS' : 'FAIL');
process.exit(pass ? 0 : 1);
