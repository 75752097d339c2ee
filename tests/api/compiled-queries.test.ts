// Queries sent again run compiled by graphql-jit (api/graphql/jit.ts): the same answers and the same
// errors as graphql-js gives, and nothing compiled for a query sent once.
import type { DocumentNode } from 'graphql';
import { createYoga } from 'graphql-yoga';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { CATEGORIES } from '../../api/extract/types.ts';
import { createContext, createTallyPubSub } from '../../api/graphql/context.ts';
import { useCompiledQueries } from '../../api/graphql/jit.ts';
import { limitPlugins } from '../../api/graphql/limits.ts';
import { schema } from '../../api/graphql/schema.ts';
import type { TallyYoga } from '../../api/graphql/yoga.ts';
import * as dashboard from '../../web/src/queries.ts';
import type { Filter } from '../../web/src/state.ts';
import { run } from './client.ts';
import { insertDocuments, insertFigures, memoryDb } from './fixtures.ts';

let yoga: TallyYoga;
/** The documents compiled so far, in order. */
const compiled: DocumentNode[] = [];

beforeAll(() => {
  const db = memoryDb();
  insertDocuments(db, [
    { id: 1, publisher: 'Sky News', title: 'One', publishedAt: '2026-01-06' },
    { id: 2, publisher: 'MS NOW', title: 'Two', publishedAt: '2026-02-02' },
  ]);
  insertFigures(
    db,
    Array.from({ length: 60 }, (_, i) => ({
      documentId: 1 + (i % 2),
      category: CATEGORIES[i % CATEGORIES.length],
      value: i * 7,
      valueMax: i % 5 === 0 ? i * 7 + 3 : null,
      date: i % 11 === 0 ? null : `2026-0${1 + (i % 2)}-${String(1 + (i % 28)).padStart(2, '0')}`,
      qualifier: ['exact', 'at_least', 'approximately'][i % 3],
      cumulative: i % 4 === 0,
    })),
  );
  const pubsub = createTallyPubSub();
  // As buildYoga builds it, but told of each compilation.
  yoga = createYoga({
    schema,
    context: ({ request }) => createContext({ db, pubsub, token: undefined, request }),
    maskedErrors: true,
    plugins: [...limitPlugins(), useCompiledQueries((document) => compiled.push(document))],
  }) as unknown as TallyYoga;
});

beforeEach(() => {
  compiled.length = 0;
});

/** The JSON answer to `query` run as the operation `operationName`. */
const FIGURES = `query Figures($filter: FigureFilter, $first: Int) {
  figures(filter: $filter, first: $first) {
    totalCount
    edges { cursor node { id databaseId value valueMax qualifier category unit date datePrecision cumulative
      text sentence span { start end } document { databaseId title publisher publishedAt } } }
    pageInfo { hasNextPage endCursor }
  }
}`;

describe('a query sent again', () => {
  it('is compiled on its second run, not its first, and only once', async () => {
    await run(yoga, FIGURES, { first: 5 });
    expect(compiled).toHaveLength(0);
    await run(yoga, FIGURES, { first: 5 });
    await run(yoga, FIGURES, { first: 9 });
    expect(compiled).toHaveLength(1);
  });

  it('answers compiled as graphql-js answered it', async () => {
    const queries: [string, Record<string, unknown>][] = [
      // Another text than the test above sent, so another document.
      [
        `${FIGURES} # in pages of 40`,
        { first: 40, filter: { category: ['DEATHS', 'TROOPS'], from: '2026-01-01' } },
      ],
      [
        `query($id: ID!) { node(id: $id) { id ... on Figure { value category document { title } } } }`,
        { id: 'RmlndXJlOjM=' },
      ],
      [
        `{ documents(first: 2) { edges { node { title figures(first: 3, orderBy: VALUE_DESC) {
          edges { node { value qualifier } } } } } } }`,
        {},
      ],
      [
        `query($c: Category!) { series(category: $c, interval: MONTH, measure: SUM) {
          points { start end value figureCount documentCount figureIds } } }`,
        { c: 'DEATHS' },
      ],
      [`{ categories { category figureCount firstDate lastDate } }`, {}],
    ];
    for (const [query, variables] of queries) {
      const byGraphqlJs = await run(yoga, query, variables);
      expect(byGraphqlJs.errors).toBeUndefined();
      expect(await run(yoga, query, variables)).toEqual(byGraphqlJs);
      expect(await run(yoga, query, variables)).toEqual(byGraphqlJs);
    }
    expect(compiled).toHaveLength(queries.length);
  });

  it('answers each of the dashboard’s queries compiled as graphql-js answered it', async () => {
    const sent = new Set<string>();
    vi.stubGlobal('fetch', (url: string, init: RequestInit) => {
      sent.add(JSON.parse(String(init.body)).query);
      return yoga.fetch(new URL(url, 'http://tally.test'), init);
    });
    const filter: Filter = { categories: ['deaths'], from: '2026-01-01', to: null, publisher: null, q: null };
    const loads = [
      () => dashboard.loadOverview(),
      () => dashboard.loadSeries([...CATEGORIES], filter, 'week', 'sum'),
      () => dashboard.loadHedgedFigures(['deaths', 'troops'], filter),
      () => dashboard.loadFigurePage(filter, 'value', true, null),
      () => dashboard.loadDocument('1'),
    ];
    try {
      for (const load of loads) {
        const byGraphqlJs = await load();
        expect(await load()).toEqual(byGraphqlJs);
        expect(await load()).toEqual(byGraphqlJs);
      }
    } finally {
      vi.unstubAllGlobals();
    }
    expect(sent.size).toBeGreaterThanOrEqual(loads.length);
    expect(compiled).toHaveLength(sent.size);
  });

  it('keeps graphql-js’s reason for a bad variable', async () => {
    const query = `query($filter: FigureFilter) { figures(filter: $filter) { totalCount } }`;
    await run(yoga, query, {});
    await run(yoga, query, {});
    expect(compiled).toHaveLength(1);
    const date = await run(yoga, query, { filter: { from: '2026-02-30' } });
    expect(date.errors?.[0].message).toContain('Date must be a day written YYYY-MM-DD');
    const category = await run(yoga, query, { filter: { category: ['BOMBS'] } });
    expect(category.errors?.[0].message).toContain('Value "BOMBS" does not exist in "Category" enum');
    expect(category.data).toBeUndefined();
  });

  it('is still refused under an operation name it does not have', async () => {
    const send = (operationName: string) =>
      run(yoga, 'query Named { categories { category } }', {}, {}, operationName);
    const refusedByGraphqlJs = await send('Other');
    expect(refusedByGraphqlJs.errors).toHaveLength(1);
    await send('Named');
    expect((await send('Named')).data?.categories).toHaveLength(CATEGORIES.length);
    expect(compiled).toHaveLength(1);
    expect(await send('Other')).toEqual(refusedByGraphqlJs);
  });
});

describe('left to graphql-js', () => {
  it('a new query text each time: nothing is compiled', async () => {
    for (let i = 0; i < 20; i++) {
      const result = await run(yoga, `{ a${i}: categories { category } }`);
      expect(result.data?.[`a${i}`]).toHaveLength(CATEGORIES.length);
    }
    expect(compiled).toHaveLength(0);
  });

  it('documents of several operations, and mutations', async () => {
    const two = 'query A { categories { category } } query B { categories { figureCount } }';
    const mutation = 'mutation { ingestDocument(input: { text: "x" }) { status } }';
    for (let i = 0; i < 3; i++) {
      expect((await run(yoga, two, {}, {}, 'B')).data?.categories).toHaveLength(CATEGORIES.length);
      // Valid, and refused by its resolver (no token is set): run, so a compiled one would be counted.
      expect((await run(yoga, mutation)).errors?.[0].message).toContain('Writes are disabled');
    }
    expect(compiled).toHaveLength(0);
  });
});
