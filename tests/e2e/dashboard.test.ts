// The dashboard in Debian's chromium against the real server on a temporary database with the seeds.
import { mkdirSync, readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { TOP_TOTALS } from '../../web/src/model.ts';
import { ensureDashboardBuilt, launchChromium, startTestServer, type TestServer, TOKEN } from './harness.ts';

const SCREENSHOTS = 'artifacts/screenshots';
const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 390, height: 844 };

let server: TestServer;
let browser: Browser;
/** Console errors and uncaught exceptions of the pages opened by the current test. */
let problems: string[] = [];

beforeAll(async () => {
  await ensureDashboardBuilt();
  [server, browser] = await Promise.all([startTestServer(), launchChromium()]);
  mkdirSync(SCREENSHOTS, { recursive: true });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

afterEach(() => {
  // Every test doubles as the "no console errors" check for the pages it opened.
  expect(problems).toEqual([]);
  problems = [];
});

async function open(path: string, viewport = DESKTOP): Promise<Page> {
  const context = await browser.newContext({ viewport, acceptDownloads: true });
  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page: ${error.message}`));
  await page.goto(new URL(path, server.url).href);
  await chartReady(page);
  return page;
}

/** Waits until the chart has drawn its data (or said that there is none) and the table is filled. */
async function chartReady(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const canvas = document.getElementById('chart');
    const status = document.getElementById('chart-status');
    const table = document.getElementById('figures-table');
    return (
      canvas?.dataset.pointCount !== undefined &&
      !status?.classList.contains('loading') &&
      !table?.querySelector('.status.loading')
    );
  });
}

async function drawnPoints(page: Page): Promise<number> {
  return Number(await page.locator('#chart').getAttribute('data-point-count'));
}

const SERIES = `query($category: Category!, $events: FigureFilter) {
  totals: runningTotals(category: $category, interval: DAY) { points { start } }
  event: series(category: $category, interval: DAY, measure: MAX, filter: $events) { points { start } }
}`;

/**
 * How many points the API gives for these categories, by day: the running totals of the tolls drawn (the
 * first few of each category unless all are asked for) and the events.
 */
async function apiPoints(categories: string[], allTotals = false): Promise<number> {
  let total = 0;
  for (const category of categories) {
    const data = await server.graphql<{ totals: { points: unknown[] }[]; event: { points: unknown[] } }>(
      SERIES,
      { category, events: { cumulative: false } },
    );
    const drawn = allTotals ? data.totals : data.totals.slice(0, TOP_TOTALS);
    total += drawn.reduce((sum, t) => sum + t.points.length, 0) + data.event.points.length;
  }
  return total;
}

/** A chart point from the URL: `deaths.event.2025-12-13` or `deaths.total.people.cause-strikes.2026-01-03`. */
function parsePoint(point: string) {
  const [, category, kind, series, date] = /^([a-z_]+)\.(total|event)\.(?:(.+)\.)?([\d-]{10})$/.exec(point)!;
  return { category, kind, series, date };
}

interface ApiFigure {
  databaseId: number;
  text: string;
  sentence: string;
  value: number;
}

async function apiFigures(filter: object): Promise<ApiFigure[]> {
  const data = await server.graphql<{ figures: { edges: { node: ApiFigure }[] } }>(
    'query($filter: FigureFilter) { figures(filter: $filter, first: 100) { edges { node { databaseId text sentence value } } } }',
    { filter },
  );
  return data.figures.edges.map((e) => e.node);
}

/** The figures behind one day of one running total. */
async function apiTotalIds(category: string, key: string, day: string): Promise<number[]> {
  const data = await server.graphql<{ runningTotals: { points: { figureIds: number[] }[] }[] }>(
    `query($category: Category!, $key: String, $day: Date) {
      runningTotals(category: $category, interval: DAY, key: $key, from: $day, to: $day) { points { figureIds } }
    }`,
    { category: category.toUpperCase(), key, day },
  );
  return data.runningTotals.flatMap((t) => t.points.flatMap((p) => p.figureIds));
}

/** What the keyboard cursor announces at each drawn point, left to right. */
async function announcedPoints(page: Page): Promise<string[]> {
  const count = await drawnPoints(page);
  await page.focus('#chart');
  await page.keyboard.press('Home');
  const said = [await page.locator('#chart-cursor').textContent()];
  for (let i = 1; i < count; i++) {
    await page.keyboard.press('ArrowRight');
    said.push(await page.locator('#chart-cursor').textContent());
  }
  return said.map((s) => s ?? '');
}

async function apiFiguresOrdered(orderBy: string): Promise<ApiFigure[]> {
  const data = await server.graphql<{ figures: { edges: { node: ApiFigure }[] } }>(
    'query($orderBy: FigureOrder) { figures(orderBy: $orderBy, first: 1) { edges { node { databaseId text sentence value } } } }',
    { orderBy },
  );
  return data.figures.edges.map((e) => e.node);
}

// Generous: CI runs these beside the other suites on two cores.
describe('dashboard', { timeout: 60_000 }, () => {
  it('draws as many points as the API returns', async () => {
    const page = await open('/?category=deaths&category=strikes&interval=day');
    const expected = await apiPoints(['DEATHS', 'STRIKES']);
    expect(expected).toBeGreaterThan(0);
    expect(await drawnPoints(page)).toBe(expected);
    await expect(page.locator('#chart').getAttribute('aria-label')).resolves.toContain(`${expected} points`);
    await page.screenshot({ path: `${SCREENSHOTS}/desktop-chart.png`, fullPage: true });
    await page.context().close();
  });

  it('shows the sentences behind a clicked point, and the document they come from', async () => {
    const page = await open('/?category=deaths&category=strikes&interval=day&scale=log');
    // The keyboard cursor tells where the last point is drawn; then a real click on it.
    await page.focus('#chart');
    await page.keyboard.press('End');
    const canvas = page.locator('#chart');
    const x = Number(await canvas.getAttribute('data-active-x'));
    const y = Number(await canvas.getAttribute('data-active-y'));
    await canvas.click({ position: { x, y } });
    await page.waitForURL(/point=/);

    const point = new URL(page.url()).searchParams.get('point')!;
    const { category, kind, series, date } = parsePoint(point);
    const filter = { category: [category.toUpperCase()], cumulative: kind === 'total', from: date, to: date };
    // A running total's point holds its own toll's figures only.
    const ids = series ? await apiTotalIds(category, series, date) : null;
    const expected = (await apiFigures(filter)).filter((f) => !ids || ids.includes(f.databaseId));
    expect(expected.length).toBeGreaterThan(0);
    const sources = page.locator('#provenance .source');
    await expect.poll(() => sources.count()).toBe(expected.length);
    const shown = await sources.evaluateAll((items) =>
      items.map((item) => ({
        sentence: item.querySelector('.sentence')!.textContent,
        marked: item.querySelector('mark')?.textContent,
      })),
    );
    expect(shown.map((s) => s.sentence).sort()).toEqual(expected.map((f) => f.sentence).sort());
    for (const figure of expected) expect(shown.map((s) => s.marked)).toContain(figure.text);
    await page.screenshot({ path: `${SCREENSHOTS}/desktop-provenance.png`, fullPage: true });
    // Without the keyboard focus ring: the picture for the README.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.screenshot({ path: `${SCREENSHOTS}/desktop-dashboard.png` });

    // The selected point is part of the URL: a reload opens the same sources.
    await page.reload();
    await chartReady(page);
    await expect.poll(() => sources.count()).toBe(expected.length);
    expect((await sources.locator('.sentence').allTextContents()).sort()).toEqual(
      shown.map((s) => s.sentence).sort(),
    );

    // The keyboard reaches every point too: Home, then Enter, selects the first one.
    await page.focus('#chart');
    await page.keyboard.press('Home');
    // Screen readers hear where the cursor is.
    await expect(page.locator('#chart-cursor').textContent()).resolves.toMatch(
      /figures? from \d+ documents?/,
    );
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.searchParams.get('point') !== point);
    await page.goBack();
    await page.waitForURL((url) => url.searchParams.get('point') === point);

    // The document view marks every figure; the one we came from is selected and its fields shown.
    await sources.first().locator('.doc-link').click();
    await page.waitForURL(/doc=\d+/);
    const selected = page.locator('.figure-mark[aria-pressed="true"]');
    await expect.poll(() => selected.count()).toBe(1);
    await expect(page.locator('.figure-fields dl').textContent()).resolves.toContain('Category');
    expect(await page.locator('.figure-mark').count()).toBeGreaterThan(1);
    await page.screenshot({ path: `${SCREENSHOTS}/desktop-document.png`, fullPage: true });

    await page.goBack();
    await page.waitForURL((url) => !url.searchParams.has('doc'));
    await expect.poll(() => page.locator('#dashboard-view').isVisible()).toBe(true);
    await page.context().close();
  });

  it('keeps a filter in the URL, through a reload and back', async () => {
    const page = await open('/?category=deaths&interval=day');
    await page.click('.chip[data-category="strikes"]');
    await page.waitForURL(/category=strikes/);
    await page.fill('#filter-q', 'boat');
    await page.press('#filter-q', 'Enter');
    await page.waitForURL(/q=boat/);
    await chartReady(page);

    await page.reload();
    await chartReady(page);
    const url = new URL(page.url());
    expect(url.searchParams.getAll('category')).toEqual(['deaths', 'strikes']);
    expect(await page.inputValue('#filter-q')).toBe('boat');
    expect(await page.getAttribute('.chip[data-category="strikes"]', 'aria-pressed')).toBe('true');
    const sentences = await page.locator('#figures-table tbody .sentence').allTextContents();
    expect(sentences.length).toBeGreaterThan(0);
    for (const sentence of sentences) expect(sentence.toLowerCase()).toContain('boat');
    expect(await drawnPoints(page)).toBeGreaterThan(0);

    await page.goBack();
    await page.waitForURL((u) => !u.searchParams.has('q'));
    await expect.poll(() => page.inputValue('#filter-q')).toBe('');
    await page.context().close();
  });

  it('charts every category, and pages and sorts the table', async () => {
    const page = await open('/?interval=day');
    const categories = [
      'DEATHS',
      'DISPLACED',
      'INJURIES',
      'MILITARY_ASSETS',
      'MONEY',
      'OTHER',
      'POLL',
      'STRIKES',
      'TROOPS',
    ];
    expect(await drawnPoints(page)).toBe(await apiPoints(categories));

    const range = page.locator('.pager .range');
    const total = Number((await range.textContent())!.split(' of ')[1].replace(/,/g, ''));
    expect(total).toBeGreaterThan(25);
    const firstPage = await page.locator('#figures-table tbody tr').first().getAttribute('data-figure-id');
    await page.click('.pager >> text=Next');
    await expect.poll(() => range.textContent()).toBe(`26–${Math.min(total, 50)} of ${total}`);
    expect(await page.locator('#figures-table tbody tr').first().getAttribute('data-figure-id')).not.toBe(
      firstPage,
    );
    await page.click('.pager >> text=Previous');
    await expect.poll(() => range.textContent()).toBe(`1–25 of ${total}`);

    await page.click('button.sort[data-sort="value"]');
    await page.waitForURL(/sort=-value/);
    await expect
      .poll(() => page.getAttribute('th:has(button[data-sort="value"])', 'aria-sort'))
      .toBe('descending');
    const [largest] = (await apiFiguresOrdered('VALUE_DESC')).map((f) => String(f.databaseId));
    await expect
      .poll(() => page.locator('#figures-table tbody tr').first().getAttribute('data-figure-id'))
      .toBe(largest);
    await page.context().close();
  });

  it('downloads a CSV that holds the rows of the table', async () => {
    const page = await open('/?category=deaths&interval=day');
    const tableIds = await page
      .locator('#figures-table tbody tr')
      .evaluateAll((rows) => rows.map((row) => Number((row as HTMLElement).dataset.figureId)));
    const caption = await page.locator('#figures-table caption').textContent();
    const total = Number(/\((\d[\d,]*)\)/.exec(caption ?? '')?.[1].replace(/,/g, ''));
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download-csv')]);
    const rows = parse(readFileSync((await download.path())!), { columns: true, bom: true }) as Record<
      string,
      string
    >[];
    expect(rows.length).toBe(total);
    const byId = new Map(rows.map((row) => [Number(row.figure_id), row]));
    expect(tableIds.length).toBe(Math.min(total, 25));
    for (const id of tableIds) expect(byId.has(id)).toBe(true);
    const firstRow = page.locator('#figures-table tbody tr').first();
    const first = byId.get(tableIds[0])!;
    await expect(firstRow.locator('.sentence').textContent()).resolves.toBe(first.sentence);
    expect(new Set(rows.map((row) => row.category))).toEqual(new Set(['deaths']));
    await page.context().close();
  });

  it('is usable at phone width', async () => {
    const page = await open('/?category=deaths&interval=day', PHONE);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(PHONE.width);
    await page.screenshot({ path: `${SCREENSHOTS}/phone-chart.png` });
    await page.screenshot({ path: `${SCREENSHOTS}/phone-full.png`, fullPage: true });
    await page.context().close();
  });

  it('draws unrelated running totals of one category as separate, named lines', async () => {
    // The seeds' deaths hold three running totals: "dozens" and "at least 95" killed in the boat strikes,
    // and "27,000 deaths" in Ukraine, a war about another country. Only the first two are one toll.
    const page = await open('/?category=deaths&interval=day');
    const key = await page.locator('#chart-key .key-series.total').allTextContents();
    expect(key.sort()).toEqual([
      'Deaths — people in Ukraine (running total)',
      'Deaths — people in strikes (running total)',
    ]);
    const said = await announcedPoints(page);
    const totals = said.filter((s) => s.includes('(running total)'));
    const ukraine = totals.filter((s) => s.includes('27,000'));
    const strikes = totals.filter((s) => /\b(12|95)\b/.test(s));
    expect(ukraine).toHaveLength(1);
    expect(strikes).toHaveLength(2);
    // The tooltip names the series of each point: the war toll is not on the strikes' line.
    expect(ukraine[0]).toMatch(/^Deaths — people in Ukraine \(running total\)/);
    for (const s of strikes) expect(s).toMatch(/^Deaths — people in strikes \(running total\)/);

    // A running total's point opens its own toll's sentence, and says which toll it is.
    const at95 = said.indexOf(strikes.find((s) => s.includes('95'))!);
    await page.focus('#chart');
    await page.keyboard.press('Home');
    for (let i = 0; i < at95; i++) await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await page.waitForURL(/point=deaths\.total\.people\.cause-strikes\.2026-01-03/);
    const sources = page.locator('#provenance .source .sentence');
    await expect.poll(() => sources.allTextContents()).toEqual(['At least 95 people died in these attacks.']);
    await expect(page.locator('#provenance h2').textContent()).resolves.toBe(
      'Deaths — people in strikes (running total)',
    );
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.screenshot({ path: `${SCREENSHOTS}/desktop-running-totals.png`, fullPage: true });
    await page.context().close();
  });

  // Last: it adds a document to the database the other tests read.
  it('shows a document ingested through the API without a reload', async () => {
    const page = await open('/?category=deaths&interval=day');
    await page.waitForSelector('#live.on');
    const before = await drawnPoints(page);
    const { ingestDocument } = await server.graphql<{
      ingestDocument: {
        status: string;
        figures: { databaseId: number; category: string; sentence: string }[];
      };
    }>(
      `mutation($input: IngestDocumentInput!) {
        ingestDocument(input: $input) { status figures { databaseId category sentence } }
      }`,
      {
        input: {
          title: 'Strike on a fishing boat',
          publisher: 'Test Wire',
          publishedAt: '2026-01-06',
          text: 'At least 14 people were killed on 5 January 2026 when a US strike hit a boat in the Caribbean, officials said.',
        },
      },
      TOKEN,
    );
    expect(ingestDocument.status).toBe('ADDED');
    const death = ingestDocument.figures.find((f) => f.category === 'DEATHS');
    expect(death, 'the new article should yield a deaths figure').toBeDefined();

    await page.waitForSelector(`#figures-table tr[data-figure-id="${death!.databaseId}"]`);
    await expect.poll(() => drawnPoints(page)).toBe(await apiPoints(['DEATHS']));
    expect(await drawnPoints(page)).toBeGreaterThan(before);
    await expect(page.locator('#toast').textContent()).resolves.toContain('Strike on a fishing boat');
    await page.screenshot({ path: `${SCREENSHOTS}/desktop-live.png`, fullPage: true });
    await page.context().close();
  });

  // After the other ingest: it adds three more deaths tolls.
  it('draws the largest few running totals of a category, and the rest on request', async () => {
    const { ingestDocument } = await server.graphql<{ ingestDocument: { status: string } }>(
      `mutation($input: IngestDocumentInput!) { ingestDocument(input: $input) { status } }`,
      {
        input: {
          title: 'Three tolls',
          publisher: 'Test Wire',
          publishedAt: '2026-01-06',
          text:
            'Since the fighting began in March, 410 people have been killed in Norvania, the health ministry said.\n\n' +
            'Floods have killed 38 people across the country since the start of the year.\n\n' +
            'The death toll from the earthquake has risen to 120, officials said.\n',
        },
      },
      TOKEN,
    );
    expect(ingestDocument.status).toBe('ADDED');
    const page = await open('/?category=deaths&interval=day');
    expect(await page.locator('#chart-key .key-series.total').count()).toBe(TOP_TOTALS);
    const more = page.locator('#chart-key .key-more button');
    await expect(more.textContent()).resolves.toBe('Show 2 more running totals');
    expect(await drawnPoints(page)).toBe(await apiPoints(['DEATHS']));

    await more.click();
    await page.waitForURL(/totals=all/);
    await expect.poll(() => page.locator('#chart-key .key-series.total').count()).toBe(TOP_TOTALS + 2);
    await expect.poll(() => drawnPoints(page)).toBe(await apiPoints(['DEATHS'], true));
    await page.screenshot({ path: `${SCREENSHOTS}/desktop-all-totals.png`, fullPage: true });
    await page.setViewportSize(PHONE);
    await page.screenshot({ path: `${SCREENSHOTS}/phone-all-totals.png`, fullPage: true });
    await page.context().close();
  });
});
