// The one HTTP server: GraphQL, exports, health checks and the built dashboard, as a list of routes tried
// in order. A route answers the request and returns true, or returns false to pass it on.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import type { Db } from '../db/client.ts';
import { handleExport } from '../export/http.ts';
import type { TallyYoga } from '../graphql/yoga.ts';
import { MAX_TEXT_BYTES } from '../ingest/ingest.ts';

export interface App {
  db: Db;
  /** The database file, opened afresh by the readiness check; `:memory:` checks `db` itself. */
  dbPath: string;
  yoga: TallyYoga;
  /** The built dashboard (web/dist). */
  webRoot: string;
  /** Set while shutting down, so that readiness fails and load balancers stop sending requests. */
  draining?: boolean;
}

export type Route = (req: IncomingMessage, res: ServerResponse, app: App) => boolean | Promise<boolean>;

export const DEFAULT_WEB_ROOT = fileURLToPath(new URL('../../web/dist', import.meta.url));

/** GraphQL bodies above this are refused before they are read: an article plus room for the query. */
export const MAX_GRAPHQL_BODY_BYTES = MAX_TEXT_BYTES + 1024 * 1024;

/**
 * What the dashboard may load, and nothing it does not need (tests/security/dashboard.test.ts checks the
 * built page against it): its own scripts, styles and fetches, and the data: image of its inline icon.
 * No inline scripts or styles, no fonts, no framing, no plugins.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  'img-src data:',
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const SECURITY_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    ...SECURITY_HEADERS,
  });
  res.end(JSON.stringify(body));
}

function pathOf(req: IncomingMessage): string {
  return new URL(req.url ?? '/', 'http://localhost').pathname;
}

/** Refuses a request before reading its body, closing the connection so the unread body goes with it. */
function refuseBody(res: ServerResponse, status: number, message: string): void {
  res.setHeader('Connection', 'close');
  sendJson(res, status, { errors: [{ message }] });
}

const graphqlRoute: Route = (req, res, { yoga }) => {
  if (pathOf(req) !== '/graphql') return false;
  if (req.method === 'POST') {
    const length = req.headers['content-length'];
    if (length === undefined) {
      refuseBody(res, 411, 'POST /graphql needs a Content-Length header');
      return true;
    }
    if (Number(length) > MAX_GRAPHQL_BODY_BYTES) {
      refuseBody(res, 413, `the request body is larger than ${MAX_GRAPHQL_BODY_BYTES / 1024 / 1024} MB`);
      return true;
    }
  }
  yoga(req, res);
  return true;
};

const healthRoute: Route = (req, res) => {
  if (pathOf(req) !== '/health') return false;
  sendJson(res, 200, { status: 'ok' });
  return true;
};

/** Ready when the database file opens and answers a query. */
export function checkDatabase(app: Pick<App, 'db' | 'dbPath'>): void {
  if (app.dbPath === ':memory:') {
    app.db.$client.prepare('SELECT count(*) FROM documents').get();
    return;
  }
  const probe = new Database(app.dbPath, { readonly: true, fileMustExist: true });
  try {
    probe.prepare('SELECT count(*) FROM documents').get();
  } finally {
    probe.close();
  }
}

const readyRoute: Route = (req, res, app) => {
  if (pathOf(req) !== '/ready') return false;
  if (app.draining) {
    sendJson(res, 503, { status: 'shutting down' });
    return true;
  }
  try {
    checkDatabase(app);
    sendJson(res, 200, { status: 'ready' });
  } catch (error) {
    console.error('readiness check failed:', error);
    sendJson(res, 503, { status: 'database unavailable' });
  }
  return true;
};

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json; charset=utf-8',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
};

const dashboardRoute: Route = (req, res, { webRoot }) => {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  const path = pathOf(req);
  let decoded: string;
  try {
    decoded = decodeURIComponent(path === '/' ? '/index.html' : path);
  } catch {
    return false;
  }
  // A NUL byte makes file-system calls throw rather than miss: no file has one in its name.
  if (decoded.includes('\0')) return false;
  const root = resolve(webRoot);
  const file = resolve(join(root, normalize(decoded)));
  // Never serve anything outside the dashboard folder.
  if (file !== root && !file.startsWith(root + sep)) return false;
  if (path === '/' && !existsSync(file)) {
    res.writeHead(503, { 'Content-Type': 'text/plain; charset=utf-8', ...SECURITY_HEADERS });
    res.end('The dashboard is not built yet (web/dist is missing). The API is at /graphql.\n');
    return true;
  }
  let stat: ReturnType<typeof statSync>;
  try {
    stat = statSync(file);
  } catch {
    // Not there, or not reachable (`/index.html/x` fails with ENOTDIR, not ENOENT).
    return false;
  }
  if (!stat.isFile()) return false;
  res.writeHead(200, {
    'Content-Type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
    'Content-Length': stat.size,
    // Built assets carry a content hash in their names; the page itself must always be fresh.
    'Cache-Control': path.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    ...SECURITY_HEADERS,
  });
  if (req.method === 'HEAD') res.end();
  else createReadStream(file).pipe(res);
  return true;
};

/**
 * The routes, tried in order; add one line here to serve a new path, e.g.
 * `(req, res, { db }) => handleExport(db, req, res)`.
 */
export const routes: Route[] = [
  graphqlRoute,
  healthRoute,
  readyRoute,
  (req, res, { db }) => handleExport(db, req, res),
  dashboardRoute,
];

/** A request listener that tries each route, answering 404 when none takes the request. */
export function createHandler(app: App, routeList: Route[] = routes) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    // Every route reads the URL; one that cannot be parsed (e.g. `//%E0%A4%A`) is the client's mistake.
    if (!URL.canParse(req.url ?? '/', 'http://localhost')) {
      sendJson(res, 400, { error: 'the request URL cannot be read' });
      return;
    }
    try {
      for (const route of routeList) {
        if (await route(req, res, app)) return;
      }
      sendJson(res, 404, { error: `nothing at ${pathOf(req)}` });
    } catch (error) {
      console.error(`${req.method} ${req.url} failed:`, error);
      if (!res.headersSent) sendJson(res, 500, { error: 'internal error' });
      else res.destroy();
    }
  };
}

export function createHttpServer(app: App): Server {
  const handler = createHandler(app);
  return createServer((req, res) => void handler(req, res));
}
