// The limits must let every query the dashboard sends through and stop hostile ones.
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { CATEGORIES } from '../../api/extract/types.ts';
import type { TallyYoga } from '../../api/graphql/yoga.ts';
import * as dashboard from '../../web/src/queries.ts';
import type { Filter } from '../../web/src/state.ts';
import { errors, run, testYoga } from './client.ts';
import { insertDocuments, insertFigures, memoryDb } from './fixtures.ts';

let yoga: TallyYoga;

beforeAll(() => {
  const db = memoryDb();
  insertDocuments(db, [{ id: 1, publisher: 'Sky News', title: 'One' }]);
  insertFigures(
    db,
    Array.from({ length: 150 }, (_, i) => ({
      documentId: 1,
      category: 'deaths',
      value: i,
      date: '2026-01-05',
      qualifier: 'at_least',
      cumulative: i % 2 === 0,
    })),
  );
  yoga = testYoga(db);
});

describe('the dashboard’s own queries pass the limits', () => {
  const sent: string[] = [];
  beforeAll(() => {
    // The dashboard fetches a relative /graphql; answer it from the in-process server.
    vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
      sent.push(String(init.body));
      return yoga.fetch(new URL(url, 'http://tally.test'), init);
    });
  });
  afterEach(() => expect(sent.length).toBeGreaterThan(0));

  const filter: Filter = {
    categories: ['deaths'],
    from: '2026-01-01',
    to: '2026-01-31',
    publisher: 'Sky News',
    q: null,
  };

  it('overview', async () => {
    expect((await dashboard.loadOverview()).categories).toHaveLength(9);
  });
  it('series of every category', async () => {
    const categories = [...CATEGORIES];
    const series = await dashboard.loadSeries(categories, filter, 'week', 'sum');
    expect(series.find((s) => s.category === 'deaths')?.totals[0].points[0].figureCount).toBe(75);
  });
  it('hedged figures', async () => {
    expect((await dashboard.loadHedgedFigures(['deaths'], filter)).shapes).toHaveLength(100);
  });
  it('the figures behind a point', async () => {
    const bucket = {
      start: '2026-01-05',
      end: '2026-01-11',
      value: 0,
      figureCount: 0,
      documentCount: 0,
      figureIds: [],
    };
    const result = await dashboard.loadPointFigures(
      { category: 'deaths', kind: 'event', date: '2026-01-05' },
      bucket,
      filter,
      'week',
    );
    expect(result.totalCount).toBe(75);
  });
  it('the figures behind a running total’s point', async () => {
    const [deaths] = await dashboard.loadSeries(['deaths'], filter, 'week', 'sum');
    const [total] = deaths.totals;
    const result = await dashboard.loadPointFigures(
      { category: 'deaths', kind: 'total', series: total.key, date: '2026-01-05' },
      total.points[0],
      filter,
      'week',
    );
    expect(result.totalCount).toBe(75);
    expect(result.figures).toHaveLength(75);
  });
  it('the table', async () => {
    expect((await dashboard.loadFigurePage(filter, 'value', true, null)).figures).toHaveLength(
      dashboard.TABLE_PAGE_SIZE,
    );
  });
  it('a document with all its figures', async () => {
    expect((await dashboard.loadDocument('1'))?.figures).toHaveLength(150);
  });
});

describe('hostile queries are refused', () => {
  it('too deep', async () => {
    const deep =
      '{ figures { edges { node { document { figures { edges { node { document { figures { edges { node { value } } } } } } } } } } } }';
    expect(await errors(yoga, deep)).toEqual(['Syntax Error: Query depth limit of 10 exceeded, found 12.']);
  });

  it('too many aliases', async () => {
    const aliases = Array.from({ length: 16 }, (_, i) => `a${i}: categories { category }`).join(' ');
    expect((await errors(yoga, `{ ${aliases} }`))[0]).toContain('Aliases limit of 15 exceeded');
  });

  it('too many tokens', async () => {
    expect((await errors(yoga, `{ categories { ${'category '.repeat(2000)} } }`))[0]).toContain(
      'Document contains more that 2000 tokens',
    );
  });

  it('too many directives', async () => {
    const directives = '@include(if: true) '.repeat(21);
    expect((await errors(yoga, `{ categories ${directives} { category } }`))[0]).toContain(
      'Directives limit of 20 exceeded',
    );
  });

  it('too costly: nested pages multiply', async () => {
    const costly =
      '{ documents(first: 100) { edges { node { figures(first: 100) { edges { node { value sentence text } } } } } } }';
    expect((await errors(yoga, costly))[0]).toContain('Query Cost limit of 10000 exceeded');
  });

  it('too many rows, even when page sizes hide in variables', async () => {
    const query = `query($n: Int) { figures(first: $n) { edges { node { document {
      figures(first: $n) { edges { node { value } } } } } } } }`;
    const result = await run(yoga, query, { n: 100 });
    expect(result.errors?.[0].message).toBe(
      'This query could return up to 10100 rows across its connections; the limit is 5000. Ask for smaller or fewer nested pages.',
    );
  });

  it('no field suggestions to help guess the schema', async () => {
    expect(await errors(yoga, '{ figurs }')).toEqual([
      'Cannot query field "figurs" on type "Query". [Suggestion hidden]',
    ]);
  });

  it('no batched requests', async () => {
    const response = await yoga.fetch('http://tally.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([
        { query: '{ categories { category } }' },
        { query: '{ categories { category } }' },
      ]),
    });
    expect(response.status).toBeGreaterThanOrEqual(400);
  });
});
