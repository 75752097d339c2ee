// Dashboard: with 10,000 figures in the database, the time from navigation to the first chart drawn in
// headless chromium (the page's own `tally:first-chart` performance mark), over several runs; and the
// size of the built JavaScript, gzipped. Target: under 1 s and at most 150 KB.
import { readdirSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { openDb } from '../api/db/client.ts';
import type { Category, ExtractedFigure, Qualifier } from '../api/extract/types.ts';
import { writeDocument } from '../api/ingest/ingest.ts';
import { ensureDashboardBuilt, launchChromium, startTestServer } from '../tests/e2e/harness.ts';

const FIGURES = 10_000;
const PER_DOCUMENT = 25;
/** Ten years: long enough that a category's daily series is decimated. */
const DAYS = 3650;
const RUNS = 7;
const TARGET_MS = 1000;
const TARGET_KB = 150;

const CATEGORIES: Category[] = [
  'deaths',
  'deaths',
  'deaths',
  'strikes',
  'injuries',
  'troops',
  'displaced',
  'money',
];
const QUALIFIERS: Qualifier[] = [
  'exact',
  'exact',
  'exact',
  'exact',
  'at_least',
  'more_than',
  'approximately',
  'range',
];

/** A deterministic pseudo-random sequence, so every run benchmarks the same database. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

/** 10,000 figures over ten years in 400 documents, written through Tally's one writer. */
function fillDatabase(dbPath: string): void {
  const db = openDb(dbPath);
  const next = random(42);
  const day = (offset: number) => new Date(Date.UTC(2025, 0, 1 + offset)).toISOString().slice(0, 10);
  for (let d = 0; d < FIGURES / PER_DOCUMENT; d++) {
    const published = day(Math.floor(next() * DAYS));
    const figures: ExtractedFigure[] = [];
    let text = '';
    for (let f = 0; f < PER_DOCUMENT; f++) {
      const value = Math.ceil(next() * 200);
      const qualifier = QUALIFIERS[Math.floor(next() * QUALIFIERS.length)];
      const sentence = `Officials said ${value} people were affected in incident ${d}-${f}.`;
      const start = text.length + 'Officials said '.length;
      text += `${sentence} `;
      figures.push({
        start,
        end: start + String(value).length,
        text: String(value),
        value,
        valueMax: qualifier === 'range' ? value + 10 : null,
        qualifier,
        unit: 'people',
        category: CATEGORIES[Math.floor(next() * CATEGORIES.length)],
        date: day(Math.floor(next() * DAYS)),
        datePrecision: 'day',
        cumulative: next() < 0.2,
        sentence,
      });
    }
    writeDocument(
      db,
      { text, title: `Report ${d}`, publisher: `Publisher ${d % 12}`, publishedAt: published },
      figures,
    );
  }
  db.$client.close();
}

function builtScriptsKb(): { raw: number; gzipped: number } {
  const assets = fileURLToPath(new URL('../web/dist/assets', import.meta.url));
  let raw = 0;
  let gzipped = 0;
  for (const file of readdirSync(assets).filter((f) => f.endsWith('.js'))) {
    const bytes = readFileSync(join(assets, file));
    raw += bytes.length;
    gzipped += gzipSync(bytes, { level: 9 }).length;
  }
  return { raw: raw / 1024, gzipped: gzipped / 1024 };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

await ensureDashboardBuilt();
const size = builtScriptsKb();
const server = await startTestServer(fillDatabase);
const browser = await launchChromium();
try {
  const views = [
    { name: 'landing view (deaths)', path: '/' },
    { name: 'every category', path: '/?interval=day' },
  ];
  for (const view of views) {
    const times: number[] = [];
    let drawn = 0;
    let buckets = 0;
    for (let run = 0; run < RUNS; run++) {
      // A fresh context each run: nothing cached from the run before.
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      await page.goto(new URL(view.path, server.url).href);
      const handle = await page.waitForFunction(
        () => performance.getEntriesByName('tally:first-chart')[0]?.startTime,
        undefined,
        { timeout: 30_000 },
      );
      times.push((await handle.jsonValue()) as number);
      drawn = Number(await page.locator('#chart').getAttribute('data-point-count'));
      // The label counts the buckets the API returned, before decimation thins long series.
      const label = (await page.locator('#chart').getAttribute('aria-label')) ?? '';
      buckets = Number(/([\d,]+) points?/.exec(label)?.[1].replace(/,/g, ''));
      await context.close();
    }
    // The first run also pays for chromium's own warm-up; it is reported but not in the median.
    const warm = times.slice(1);
    console.log(
      `${view.name}: first chart drawn ${median(warm).toFixed(0)} ms after navigation (median of ${warm.length}; ` +
        `min ${Math.min(...warm).toFixed(0)}, max ${Math.max(...warm).toFixed(0)}, first run ${times[0].toFixed(0)}), ` +
        `${drawn} points drawn for ${buckets} buckets of ${FIGURES} figures; target < ${TARGET_MS} ms: ${median(warm) < TARGET_MS ? 'met' : 'MISSED'}`,
    );
  }
  console.log(`machine load while measuring: ${loadavg()[0].toFixed(1)} (1-minute average)`);
  console.log(
    `JavaScript: ${size.raw.toFixed(1)} KB, ${size.gzipped.toFixed(1)} KB gzipped; ` +
      `target ≤ ${TARGET_KB} KB gzipped: ${size.gzipped <= TARGET_KB ? 'met' : 'MISSED'}`,
  );
} finally {
  await browser.close();
  await server.stop();
}
