// Soak: the real server (a child process on 127.0.0.1, fresh database) under 20 GraphQL readers, 2 writers
// ingesting distinct articles through the mutation and 1 CSV exporter, for 60 s (bounded in requests too).
// Reports requests, errors and p50/p99 latency per operation, then checks the database against what the
// writers were told: every acknowledged document is there with exactly the figures the mutation returned,
// and nothing else is. PASS needs zero errors and zero lost or unexpected documents.
//
//   npm run bench -- soak                        60 s
//   npm run bench -- soak --seconds=10           a quick run (or SOAK_SECONDS=10)
//   npx tsx bench/soak.bench.ts --seconds 10     the same, run directly
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { parse } from 'csv-parse/sync';
import { openDb } from '../api/db/client.ts';
import { ROW_COUNT_HEADER } from '../api/export/http.ts';
import { ingestDocument } from '../api/ingest/ingest.ts';
import { generatedArticle } from './articles.ts';
import { startServerProcess } from './loopback-server.ts';
import { peakRssMb } from './process-stats.ts';

const { values } = parseArgs({ options: { seconds: { type: 'string' } }, strict: false });
const SECONDS = Number(values.seconds ?? process.env.SOAK_SECONDS ?? 60);
if (!(SECONDS > 0 && SECONDS <= 3600))
  throw new Error(`--seconds must be from 1 to 3600, not ${values.seconds}`);

const READERS = 20;
const WRITERS = 2;
const EXPORTERS = 1;
/** Articles in the database before the soak starts, so that readers have something to read at once. */
const PRELOADED = 300;
/** Writers' articles start here, so they never repeat a preloaded text. */
const WRITER_FIRST_ARTICLE = 1_000_000;
/** A ceiling far above what this machine serves, so the run is bounded even if time were not. */
const MAX_REQUESTS = 2000 * SECONDS;
const REQUEST_TIMEOUT_MS = 30_000;
const TOKEN = 'soak-token';

type Operation = 'figures' | 'series' | 'documents' | 'ingest' | 'export';

const READ_QUERIES: { operation: Operation; query: string; variables: () => Record<string, unknown> }[] = [
  {
    operation: 'figures',
    query: `query($filter: FigureFilter, $first: Int) {
      figures(filter: $filter, first: $first, orderBy: DATE_DESC) {
        totalCount
        edges { node { databaseId value qualifier category date text sentence document { title publisher } } }
        pageInfo { hasNextPage endCursor }
      }
    }`,
    variables: () => ({
      filter: pick([{ category: ['DEATHS'] }, { category: ['MONEY', 'POLL'] }, { q: 'killed' }, {}]),
      first: pick([20, 50, 100]),
    }),
  },
  {
    operation: 'series',
    query: `query($category: Category!, $interval: Interval) {
      series(category: $category, interval: $interval, measure: SUM) {
        points { start end value figureCount documentCount }
      }
    }`,
    variables: () => ({
      category: pick(['DEATHS', 'INJURIES', 'MONEY', 'DISPLACED']),
      interval: pick(['DAY', 'WEEK', 'MONTH']),
    }),
  },
  {
    operation: 'documents',
    query: `query($first: Int) {
      documents(first: $first) {
        totalCount
        edges { node { databaseId title publisher publishedAt figures(first: 10) { totalCount } } }
      }
    }`,
    variables: () => ({ first: pick([10, 20]) }),
  },
];

const INGEST = `mutation($input: IngestDocumentInput!) {
  ingestDocument(input: $input) {
    status
    document { databaseId }
    figures { databaseId value valueMax qualifier unit category cumulative text sentence span { start end } }
  }
}`;

interface ReturnedFigure {
  databaseId: number;
  value: number;
  valueMax: number | null;
  qualifier: string;
  unit: string | null;
  category: string;
  cumulative: boolean;
  text: string;
  sentence: string;
  span: { start: number; end: number };
}

function pick<T>(items: T[]): T {
  return items[Math.floor(Math.random() * items.length)];
}

const latencies = new Map<Operation, number[]>();
const errors = new Map<Operation, number>();
const errorSamples: string[] = [];
let requests = 0;
let stopping = false;

function recordError(operation: Operation, detail: string) {
  errors.set(operation, (errors.get(operation) ?? 0) + 1);
  if (errorSamples.length < 10) errorSamples.push(`${operation}: ${detail.slice(0, 300)}`);
}

/** Runs one request, timing it; returns its result, or undefined after counting an error. */
async function timed<T>(operation: Operation, run: () => Promise<T>): Promise<T | undefined> {
  requests++;
  const started = performance.now();
  try {
    const result = await run();
    const list = latencies.get(operation) ?? [];
    list.push(performance.now() - started);
    latencies.set(operation, list);
    return result;
  } catch (error) {
    recordError(operation, (error as Error).message);
    return undefined;
  }
}

const keepGoing = (deadline: number) => !stopping && Date.now() < deadline && requests < MAX_REQUESTS;

async function graphql(base: string, body: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
  });
  const text = await response.text();
  if (response.status !== 200) throw new Error(`HTTP ${response.status}: ${text}`);
  const result = JSON.parse(text);
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data;
}

async function reader(base: string, deadline: number) {
  while (keepGoing(deadline)) {
    const { operation, query, variables } = pick(READ_QUERIES);
    await timed(operation, () => graphql(base, { query, variables: variables() }));
  }
}

/** What each writer was told: document id → the figures the mutation returned. */
const acknowledged = new Map<number, ReturnedFigure[]>();
/** Articles sent whose answer never came or was an error: they may or may not be stored. */
const unacknowledgedTexts = new Set<string>();

async function writer(base: string, deadline: number, index: number) {
  for (let k = 0; keepGoing(deadline); k++) {
    const article = generatedArticle(WRITER_FIRST_ARTICLE + index + WRITERS * k);
    const input = {
      text: article.text,
      title: article.title,
      publisher: article.publisher,
      publishedAt: article.publishedAt,
    };
    const data = await timed('ingest', () =>
      graphql(base, { query: INGEST, variables: { input } }, { authorization: `Bearer ${TOKEN}` }),
    );
    const payload = data?.ingestDocument;
    if (payload?.status === 'ADDED') acknowledged.set(payload.document.databaseId, payload.figures);
    else {
      unacknowledgedTexts.add(article.text);
      if (payload) recordError('ingest', `expected ADDED, got ${payload.status}`);
    }
  }
}

let exportedRows = 0;

async function exporter(base: string, deadline: number) {
  while (keepGoing(deadline)) {
    await timed('export', async () => {
      const response = await fetch(`${base}/export/figures.csv`, {
        signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      });
      if (response.status !== 200) throw new Error(`HTTP ${response.status}`);
      const rows = (parse(await response.text(), { bom: true }) as string[][]).length - 1;
      const announced = Number(response.headers.get(ROW_COUNT_HEADER));
      if (rows !== announced) throw new Error(`${rows} rows, ${announced} announced`);
      exportedRows += rows;
    });
  }
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

interface Verdict {
  integrity: string;
  documents: number;
  lost: number;
  wrongFigures: number;
  unexpected: number;
}

/** Compares the database file with what the writers were told. */
function verify(dbPath: string, preloadedIds: Set<number>): Verdict {
  const db = new Database(dbPath, { readonly: true, fileMustExist: true });
  try {
    const integrity = (db.pragma('integrity_check', { simple: true }) as string) ?? 'unknown';
    const stored = db.prepare('SELECT id, text FROM documents').all() as { id: number; text: string }[];
    const storedIds = new Set(stored.map((d) => d.id));
    const figuresOf = db.prepare(
      `SELECT id, value, value_max AS valueMax, qualifier, unit, category, cumulative, text, sentence,
         start, "end" FROM figures WHERE document_id = ? ORDER BY id`,
    );
    let lost = 0;
    let wrongFigures = 0;
    for (const [id, returned] of acknowledged) {
      if (!storedIds.has(id)) {
        lost++;
        continue;
      }
      const rows = figuresOf.all(id) as Record<string, number | string | null>[];
      const same =
        rows.length === returned.length &&
        returned.every((f, i) => {
          const row = rows[i];
          return (
            row.id === f.databaseId &&
            row.value === f.value &&
            row.valueMax === f.valueMax &&
            row.qualifier === f.qualifier.toLowerCase() &&
            row.unit === f.unit &&
            row.category === f.category.toLowerCase() &&
            row.cumulative === (f.cumulative ? 1 : 0) &&
            row.text === f.text &&
            row.sentence === f.sentence &&
            row.start === f.span.start &&
            row.end === f.span.end
          );
        });
      if (!same) wrongFigures++;
    }
    const unexpected = stored.filter(
      (d) => !preloadedIds.has(d.id) && !acknowledged.has(d.id) && !unacknowledgedTexts.has(d.text),
    ).length;
    return { integrity, documents: stored.length, lost, wrongFigures, unexpected };
  } finally {
    db.close();
  }
}

async function main(): Promise<boolean> {
  const dir = mkdtempSync(join(tmpdir(), 'tally-soak-'));
  try {
    const dbPath = join(dir, 'tally.db');
    const db = openDb(dbPath);
    const preloadedIds = new Set<number>();
    for (let i = 0; i < PRELOADED; i++) preloadedIds.add(ingestDocument(db, generatedArticle(i)).documentId);
    db.$client.close();

    const server = await startServerProcess({ dbPath, token: TOKEN, seedsDir: dir });
    console.log(
      `soak: ${SECONDS} s against ${server.base} (${READERS} readers, ${WRITERS} writers, ${EXPORTERS} CSV exporter; ${PRELOADED} articles preloaded)`,
    );
    const started = performance.now();
    const deadline = Date.now() + SECONDS * 1000;
    const stopOnSignal = () => {
      stopping = true;
    };
    process.once('SIGINT', stopOnSignal);
    await Promise.all([
      ...Array.from({ length: READERS }, () => reader(server.base, deadline)),
      ...Array.from({ length: WRITERS }, (_, i) => writer(server.base, deadline, i)),
      ...Array.from({ length: EXPORTERS }, () => exporter(server.base, deadline)),
    ]);
    const elapsed = (performance.now() - started) / 1000;

    const peakMb = peakRssMb(server.child.pid);
    const serverPeak = Number.isNaN(peakMb) ? 'unknown' : `${peakMb.toFixed(0)} MB`;
    server.child.kill('SIGTERM');
    const exit = await server.exited;
    const verdict = verify(dbPath, preloadedIds);

    const errorCount = [...errors.values()].reduce((a, b) => a + b, 0);
    console.log(
      `\n${'operation'.padEnd(10)} ${'requests'.padStart(9)} ${'errors'.padStart(7)} ${'p50 ms'.padStart(8)} ${'p99 ms'.padStart(8)}`,
    );
    for (const operation of ['figures', 'series', 'documents', 'ingest', 'export'] as Operation[]) {
      const sorted = (latencies.get(operation) ?? []).sort((a, b) => a - b);
      const count = sorted.length + (errors.get(operation) ?? 0);
      console.log(
        `${operation.padEnd(10)} ${String(count).padStart(9)} ${String(errors.get(operation) ?? 0).padStart(7)} ${percentile(sorted, 50).toFixed(1).padStart(8)} ${percentile(sorted, 99).toFixed(1).padStart(8)}`,
      );
    }
    console.log(
      `\n${requests} requests in ${elapsed.toFixed(1)} s (${Math.round(requests / elapsed)}/s), ${errorCount} errors; ` +
        `${acknowledged.size} documents acknowledged, ${[...acknowledged.values()].reduce((n, f) => n + f.length, 0)} figures; ` +
        `${exportedRows} CSV rows exported; server peak RSS ${serverPeak}`,
    );
    for (const sample of errorSamples) console.log(`  error: ${sample}`);
    console.log(
      `database: integrity ${verdict.integrity}, ${verdict.documents} documents (${PRELOADED} preloaded); ` +
        `${verdict.lost} acknowledged documents lost, ${verdict.wrongFigures} with figures other than returned, ` +
        `${verdict.unexpected} not acknowledged yet present; server exit ${exit.signal ?? exit.code}`,
    );
    const pass =
      errorCount === 0 &&
      verdict.integrity === 'ok' &&
      verdict.lost === 0 &&
      verdict.wrongFigures === 0 &&
      verdict.unexpected === 0 &&
      exit.code === 0;
    console.log(pass ? 'PASS' : 'FAIL');
    return pass;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().then(
  (pass) => {
    process.exitCode = pass ? 0 : 1;
  },
  (error) => {
    console.error(error);
    process.exitCode = 1;
  },
);
