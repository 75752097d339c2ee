// The built dashboard is served under a content security policy that allows exactly what the page loads:
// every source the policy grants is one the page uses, and everything the page uses is granted. Needs
// web/dist, which `npm test` builds first.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from '../../api/http/main.ts';
import { DEFAULT_WEB_ROOT } from '../../api/http/server.ts';

const built = existsSync(join(DEFAULT_WEB_ROOT, 'index.html'));

/** Directives that name what may be fetched; any not in the policy falls back to `default-src`. */
const FETCH_DIRECTIVES = [
  'script-src',
  'style-src',
  'img-src',
  'font-src',
  'connect-src',
  'media-src',
  'object-src',
  'frame-src',
  'worker-src',
  'manifest-src',
  'child-src',
];

function parsePolicy(header: string): Map<string, string[]> {
  return new Map(
    header
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...sources]) => [name, sources]),
  );
}

const attribute = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`, 'i').exec(tag)?.[1];

/** What the page loads, by directive, read from its HTML and bundles. */
function pageNeeds(html: string, scripts: string[]): Map<string, Set<string>> {
  const needs = new Map<string, Set<string>>();
  const need = (directive: string, url: string) => {
    const source = url.startsWith('data:')
      ? 'data:'
      : /^[a-z]+:\/\//i.test(url)
        ? new URL(url).origin
        : "'self'";
    needs.set(directive, (needs.get(directive) ?? new Set()).add(source));
  };
  for (const tag of html.match(/<script\b[^>]*>/gi) ?? []) need('script-src', attribute(tag, 'src')!);
  for (const tag of html.match(/<link\b[^>]*>/gi) ?? []) {
    const rel = attribute(tag, 'rel');
    const href = attribute(tag, 'href')!;
    if (rel === 'stylesheet') need('style-src', href);
    else if (rel === 'modulepreload') need('script-src', href);
    else if (rel === 'icon') need('img-src', href);
    else if (rel === 'manifest') need('manifest-src', href);
  }
  for (const tag of html.match(/<img\b[^>]*>/gi) ?? []) need('img-src', attribute(tag, 'src')!);
  // The dashboard talks to its own /graphql (queries and the live event stream).
  if (scripts.some((code) => code.includes('/graphql'))) need('connect-src', '/graphql');
  return needs;
}

describe.skipIf(!built)('the dashboard’s security headers', () => {
  let dir: string;
  let server: RunningServer;
  let base: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'tally-csp-'));
    server = await startServer({
      port: 0,
      host: '127.0.0.1',
      dbPath: join(dir, 'tally.db'),
      seedsDir: join(dir, 'no-seeds'),
      log: () => {},
    });
    base = `http://127.0.0.1:${server.port}`;
  });
  afterAll(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('grant exactly what the built page loads, and nothing inline', async () => {
    const page = await fetch(`${base}/`);
    expect(page.status).toBe(200);
    const html = await page.text();
    const policy = parsePolicy(page.headers.get('content-security-policy') ?? '');

    // Nothing inline for the policy to have to allow: no script bodies, handlers, style blocks or attributes.
    expect(html).not.toMatch(/<script\b(?![^>]*\ssrc=)[^>]*>/i);
    expect(html).not.toMatch(/\son[a-z]+=/i);
    expect(html).not.toMatch(/<style\b|\sstyle=/i);

    // Every script the build made, including chunks the page imports later.
    const scripts = await Promise.all(
      readdirSync(join(DEFAULT_WEB_ROOT, 'assets'))
        .filter((name) => name.endsWith('.js'))
        .map(async (name) => {
          const response = await fetch(`${base}/assets/${name}`);
          expect(response.status).toBe(200);
          expect(response.headers.get('x-content-type-options')).toBe('nosniff');
          return response.text();
        }),
    );
    expect(scripts.length).toBeGreaterThan(0);
    // Code the policy would block (it grants no 'unsafe-eval'), and styles written as attributes.
    for (const code of scripts) {
      expect(code).not.toMatch(/\beval\(|new Function\(|setAttribute\(\s*["']style["']/);
    }

    const needs = pageNeeds(html, scripts);
    for (const directive of FETCH_DIRECTIVES) {
      expect(new Set(policy.get(directive) ?? []), directive).toEqual(needs.get(directive) ?? new Set());
    }
    expect(policy.get('default-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'none'"]);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    expect(policy.get('form-action')).toEqual(["'self'"]);
    for (const sources of policy.values()) {
      for (const source of sources) expect(source).not.toMatch(/unsafe|^\*$|^https?:$/);
    }
  });

  it('come with every file of the dashboard, along with nosniff and no referrer', async () => {
    const html = readFileSync(join(DEFAULT_WEB_ROOT, 'index.html'), 'utf8');
    const files = [
      '/',
      ...(html.match(/(?:src|href)="\.?(\/assets\/[^"]+)"/g) ?? []).map((m) =>
        m.replace(/^.*="\.?/, '').slice(0, -1),
      ),
    ];
    expect(files.length).toBeGreaterThan(1);
    for (const file of files) {
      const response = await fetch(`${base}${file}`);
      expect(response.status, file).toBe(200);
      expect(response.headers.get('content-security-policy'), file).toContain("default-src 'none'");
      expect(response.headers.get('x-content-type-options'), file).toBe('nosniff');
      expect(response.headers.get('referrer-policy'), file).toBe('no-referrer');
      await response.arrayBuffer();
    }
  });
});
