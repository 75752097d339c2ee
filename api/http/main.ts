// Starts Tally's server: open the database, load the seeds into an empty one, listen, and on SIGINT or
// SIGTERM stop taking requests, let those in flight finish, and close the database.
import type { AddressInfo } from 'node:net';
import { type Db, openDb } from '../db/client.ts';
import { buildYoga } from '../graphql/yoga.ts';
import { ingestSources } from '../ingest/batches.ts';
import { listSources, readSource } from '../ingest/sources.ts';
import { type App, createHttpServer, DEFAULT_WEB_ROOT } from './server.ts';

export interface ServeOptions {
  port: number;
  dbPath: string;
  token?: string;
  seedsDir: string;
  /** Defaults to web/dist. */
  webRoot?: string;
  /** The address to listen on; every interface by default, `127.0.0.1` for this machine only. */
  host?: string;
  /** How long open requests may run on after shutdown begins; DRAIN_TIMEOUT_MS by default. */
  drainTimeoutMs?: number;
  log?: (line: string) => void;
}

/** How long open requests (such as live subscriptions) may run on after a shutdown signal. */
export const DRAIN_TIMEOUT_MS = 5000;

export interface RunningServer {
  url: string;
  port: number;
  /** Stops accepting requests, waits for those in flight (up to the drain timeout), closes the database. */
  close: () => Promise<void>;
}

function countDocuments(db: Db): number {
  return (db.$client.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n;
}

/** Ingests the seed articles when the database holds no documents yet. */
export function ingestSeedsIfEmpty(db: Db, seedsDir: string, log: (line: string) => void): void {
  if (countDocuments(db) > 0) return;
  let added = 0;
  let figures = 0;
  for (const source of ingestSources(db, listSources([seedsDir]), readSource)) {
    if ('problem' in source) log(`seeds: ${source.path}: ${source.problem}`);
    else if (source.outcome.status === 'failed')
      log(`seeds: ${source.path}: ${source.outcome.error.message}`);
    else if (source.outcome.status === 'added') {
      added++;
      figures += source.outcome.figures.length;
    }
  }
  log(`seeds: ingested ${added} documents with ${figures} figures from ${seedsDir}`);
}

export async function startServer(options: ServeOptions): Promise<RunningServer> {
  const log = options.log ?? console.log;
  const db = openDb(options.dbPath);
  ingestSeedsIfEmpty(db, options.seedsDir, log);
  const app: App = {
    db,
    dbPath: options.dbPath,
    yoga: buildYoga({ db, token: options.token }),
    webRoot: options.webRoot ?? DEFAULT_WEB_ROOT,
  };
  const server = createHttpServer(app);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://${options.host ?? 'localhost'}:${port}/`;

  let closing: Promise<void> | undefined;
  const close = () => {
    closing ??= new Promise<void>((resolve) => {
      app.draining = true;
      const forceTimer = setTimeout(
        () => server.closeAllConnections(),
        options.drainTimeoutMs ?? DRAIN_TIMEOUT_MS,
      );
      server.close(() => {
        clearTimeout(forceTimer);
        db.$client.close();
        resolve();
      });
      // Keep-alive connections with no request in flight would hold close() open.
      server.closeIdleConnections();
    });
    return closing;
  };
  return { url, port, close };
}

/** Runs the server until SIGINT or SIGTERM, then shuts it down gracefully. */
export async function serve(options: ServeOptions): Promise<void> {
  const log = options.log ?? console.log;
  const running = await startServer({ ...options, log });
  log(`Tally is serving the dashboard at ${running.url} and GraphQL at ${running.url}graphql`);
  if (!options.token) log('TALLY_TOKEN is not set: writes through GraphQL are refused.');
  await new Promise<void>((resolve) => {
    const stop = (signal: NodeJS.Signals) => {
      log(`${signal}: finishing open requests, then stopping`);
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      void running.close().then(resolve);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  log('stopped');
}
