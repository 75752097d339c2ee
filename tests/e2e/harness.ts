// What the browser tests and the dashboard benchmark share: an up-to-date web/dist, the real server on a
// temporary database, and Debian's chromium.
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium } from 'playwright-core';
import { type RunningServer, startServer } from '../../api/http/main.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const webDir = join(root, 'web');
export const SEEDS_DIR = join(root, 'seeds');
export const TOKEN = 'e2e-token';

function newestChange(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((entry) => newestChange(join(path, entry))));
}

/** Builds web/dist with Vite when it is missing or older than its sources. */
export async function ensureDashboardBuilt(): Promise<void> {
  const built = statSync(join(webDir, 'dist/index.html'), { throwIfNoEntry: false })?.mtimeMs ?? 0;
  const sources = Math.max(
    newestChange(join(webDir, 'src')),
    newestChange(join(webDir, 'index.html')),
    newestChange(join(webDir, 'vite.config.ts')),
  );
  if (built > sources) return;
  const { build } = await import('vite');
  await build({ configFile: join(webDir, 'vite.config.ts'), logLevel: 'warn' });
}

export interface TestServer extends RunningServer {
  /** Runs a GraphQL operation against the server, as a client other than the page would. */
  graphql: <T>(query: string, variables?: object, token?: string) => Promise<T>;
  stop: () => Promise<void>;
}

/**
 * The real server on 127.0.0.1 and a free port, with a database in a fresh temporary folder. `prepare`
 * may fill the database first; an empty one gets the seeds.
 */
export async function startTestServer(prepare?: (dbPath: string) => void): Promise<TestServer> {
  const folder = mkdtempSync(join(tmpdir(), 'tally-e2e-'));
  const dbPath = join(folder, 'tally.db');
  prepare?.(dbPath);
  const server = await startServer({
    port: 0,
    host: '127.0.0.1',
    dbPath,
    token: TOKEN,
    seedsDir: SEEDS_DIR,
    log: () => {},
  });
  const graphql = async <T>(query: string, variables: object = {}, token?: string): Promise<T> => {
    const response = await fetch(new URL('graphql', server.url), {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
    if (body.errors?.length) throw new Error(body.errors.map((e) => e.message).join('; '));
    return body.data!;
  };
  return {
    ...server,
    graphql,
    stop: async () => {
      await server.close();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
}
