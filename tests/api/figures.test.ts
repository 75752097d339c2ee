import { encodeGlobalID } from '@pothos/plugin-relay';
import { beforeAll, describe, expect, it } from 'vitest';
import type { TallyYoga } from '../../api/graphql/yoga.ts';
import { data, errors, type Json, testYoga } from './client.ts';
import { type FigureSeed, insertDocuments, insertFigures, memoryDb } from './fixtures.ts';

let yoga: TallyYoga;

// 25 figures over three documents. Dates repeat so that ordering needs the id tie-break, some are
// undated, one is month-precision.
const seeds: FigureSeed[] = Array.from({ length: 25 }, (_, i) => ({
  documentId: (i % 3) + 1,
  category: i % 5 === 0 ? 'troops' : 'deaths',
  value: (i * 7) % 11,
  date: i % 6 === 5 ? null : i === 4 ? '2026-01' : `2026-01-${String(1 + (i % 4)).padStart(2, '0')}`,
  qualifier: i % 4 === 0 ? 'at_least' : 'exact',
  cumulative: i % 2 === 0,
  sentence: i === 7 ? 'Officials said 50% of the town fled.' : `Figure number ${i + 1}.`,
}));

beforeAll(() => {
  const db = memoryDb();
  insertDocuments(db, [
    { id: 1, publisher: 'Sky News', publishedAt: '2026-01-05', title: 'One' },
    { id: 2, publisher: 'MS NOW', publishedAt: '2026-01-02', title: 'Two' },
    { id: 3, publisher: null, publishedAt: null, title: 'Three' },
  ]);
  insertFigures(db, seeds);
  yoga = testYoga(db);
});

const PAGE = `query Page($filter: FigureFilter, $orderBy: FigureOrder, $first: Int, $after: String, $last: Int, $before: String) {
  figures(filter: $filter, orderBy: $orderBy, first: $first, after: $after, last: $last, before: $before) {
    totalCount
    edges { cursor node { databaseId } }
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
  }
}`;

interface Page {
  figures: {
    totalCount: number;
    edges: { cursor: string; node: { databaseId: number } }[];
    pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string; endCursor: string };
  };
}

const page = (variables: Record<string, unknown>) => data<Page>(yoga, PAGE, variables);
const idsOf = (p: Page) => p.figures.edges.map((e) => e.node.databaseId);

/** Ids in the order an ORDER BY key, id (both ascending or both descending) gives, NULL smallest. */
function expectedOrder(key: (f: FigureSeed) => string | number | null, descending: boolean): number[] {
  const rows = seeds.map((f, i) => ({ id: i + 1, key: key(f) }));
  const compare = (a: (typeof rows)[0], b: (typeof rows)[0]) => {
    if (a.key !== b.key) {
      if (a.key === null) return -1;
      if (b.key === null) return 1;
      return a.key < b.key ? -1 : 1;
    }
    return a.id - b.id;
  };
  rows.sort(compare);
  if (descending) rows.reverse();
  return rows.map((r) => r.id);
}

describe('figures: pagination', () => {
  it('gives 20 by default, newest first, with the total', async () => {
    const result = await page({});
    expect(result.figures.totalCount).toBe(25);
    expect(idsOf(result)).toEqual(expectedOrder((f) => f.date, true).slice(0, 20));
    expect(result.figures.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
  });

  it.each([
    ['DATE_DESC', (f: FigureSeed) => f.date, true],
    ['DATE_ASC', (f: FigureSeed) => f.date, false],
    ['VALUE_DESC', (f: FigureSeed) => f.value, true],
    ['VALUE_ASC', (f: FigureSeed) => f.value, false],
    ['POSITION', () => 0, false],
  ] as const)('walks %s forward page by page without gaps or repeats', async (orderBy, key, descending) => {
    const seen: number[] = [];
    let after: string | null = null;
    for (let pages = 0; pages < 10; pages++) {
      const result: Page = await page({ orderBy, first: 4, after });
      seen.push(...idsOf(result));
      expect(result.figures.pageInfo.hasPreviousPage).toBe(after !== null);
      if (!result.figures.pageInfo.hasNextPage) break;
      after = result.figures.pageInfo.endCursor;
    }
    expect(seen).toEqual(expectedOrder(key, descending));
  });

  it('walks backward with last/before to the same order', async () => {
    const seen: number[] = [];
    let before: string | null = null;
    for (let pages = 0; pages < 10; pages++) {
      const result: Page = await page({ orderBy: 'DATE_DESC', last: 6, before });
      seen.unshift(...idsOf(result));
      if (!result.figures.pageInfo.hasPreviousPage) break;
      before = result.figures.pageInfo.startCursor;
    }
    expect(seen).toEqual(expectedOrder((f) => f.date, true));
  });

  it('gives an exact last page and an empty page after it', async () => {
    const all = await page({ first: 100 });
    expect(idsOf(all)).toHaveLength(25);
    expect(all.figures.pageInfo.hasNextPage).toBe(false);
    const first = await page({ first: 24 });
    const last = await page({ first: 24, after: first.figures.pageInfo.endCursor });
    expect(idsOf(last)).toEqual([idsOf(all).at(-1)]);
    expect(last.figures.pageInfo.hasNextPage).toBe(false);
    const beyond = await page({ first: 5, after: last.figures.pageInfo.endCursor });
    expect(beyond.figures.edges).toEqual([]);
    expect(beyond.figures.pageInfo).toMatchObject({ hasNextPage: false, startCursor: null, endCursor: null });
  });

  it('answers first: 0 with only the total', async () => {
    const result = await page({ first: 0 });
    expect(result.figures.edges).toEqual([]);
    expect(result.figures.totalCount).toBe(25);
  });

  it('keeps cursors stable when rows are added before them', async () => {
    const db = memoryDb();
    insertDocuments(db, [{ id: 1 }]);
    insertFigures(
      db,
      seeds.map((f) => ({ ...f, documentId: 1 })),
    );
    const live = testYoga(db);
    const first = await data<Page>(live, PAGE, { orderBy: 'DATE_ASC', first: 10 });
    insertFigures(db, [{ documentId: 1, category: 'deaths', value: 1, date: '2025-01-01' }]);
    const next = await data<Page>(live, PAGE, {
      orderBy: 'DATE_ASC',
      first: 5,
      after: first.figures.pageInfo.endCursor,
    });
    expect(idsOf(next)).toEqual(expectedOrder((f) => f.date, false).slice(10, 15));
  });

  it.each([
    [{ first: 101 }, '"first" must be between 0 and 100, not 101'],
    [{ first: -1 }, '"first" must be between 0 and 100, not -1'],
    [{ last: 500 }, '"last" must be between 0 and 100, not 500'],
    [{ first: 5, last: 5 }, 'give "first" or "last", not both'],
    [{ after: 'bm9wZQ' }, 'was not given out by this API'],
    [
      { after: 'WyJEQVRFX0RFU0MiLCIyMDI2LTAxLTAxIiwzXQ', orderBy: 'VALUE_ASC' },
      'belongs to orderBy DATE_DESC, not VALUE_ASC',
    ],
  ])('rejects %j', async (variables, message) => {
    expect((await errors(yoga, PAGE, variables))[0]).toContain(message);
  });
});

describe('figures: filters', () => {
  const count = async (filter: Record<string, unknown>) => (await page({ filter, first: 100 })).figures;
  const expectIds = async (filter: Record<string, unknown>, predicate: (f: FigureSeed) => boolean) => {
    const result = await count(filter);
    const expected = seeds.flatMap((f, i) => (predicate(f) ? [i + 1] : []));
    expect(idsOf({ figures: result }).sort((a, b) => a - b)).toEqual(expected);
    expect(result.totalCount).toBe(expected.length);
  };

  it('by category', () => expectIds({ category: ['TROOPS'] }, (f) => f.category === 'troops'));
  it('by date range, month-precision as its first day', () =>
    expectIds({ from: '2026-01-01', to: '2026-01-02' }, (f) => f.date !== null && f.date <= '2026-01-02'));
  it('by document, as database id or global id', async () => {
    await expectIds({ document: ['2'] }, (f) => f.documentId === 2);
    await expectIds({ document: [encodeGlobalID('Document', 3)] }, (f) => f.documentId === 3);
  });
  it('by publisher', () => expectIds({ publisher: 'Sky News' }, (f) => f.documentId === 1));
  it('by qualifier', () => expectIds({ qualifier: 'AT_LEAST' }, (f) => f.qualifier === 'at_least'));
  it('by cumulative', () => expectIds({ cumulative: true }, (f) => f.cumulative === true));
  it('by value range', () => expectIds({ min: 3, max: 6 }, (f) => f.value >= 3 && f.value <= 6));
  it('by words in the sentence', () => expectIds({ q: '50% OF' }, (f) => f.sentence === seeds[7].sentence));
  it('by all at once', () =>
    expectIds(
      { category: ['DEATHS'], cumulative: false, min: 1, from: '2026-01-02' },
      (f) =>
        f.category === 'deaths' && !f.cumulative && f.value >= 1 && f.date !== null && f.date >= '2026-01-02',
    ));

  it.each([
    [{ from: '2026-02-30' }, 'Date must be a day written YYYY-MM-DD, not "2026-02-30"'],
    [{ from: '2026-03-01', to: '2026-01-01' }, '"from" (2026-03-01) is after "to" (2026-01-01)'],
    [{ min: 10, max: 1 }, '"min" (10) is greater than "max" (1)'],
    [{ q: 'x'.repeat(201) }, '"q" is longer than 200 characters'],
    [{ document: ['not-an-id'] }, '"not-an-id" is not a Document id'],
    [{ document: [encodeGlobalID('Figure', 1)] }, 'is not a Document id'],
    [{ category: ['BOMBS'] }, 'Value "BOMBS" does not exist in "Category" enum'],
  ])('rejects %j with a clear message', async (filter, message) => {
    expect((await errors(yoga, PAGE, { filter }))[0]).toContain(message);
  });
});

describe('single figures and documents', () => {
  const FIGURE = `query($id: ID!) { figure(id: $id) { id databaseId value date datePrecision category qualifier
    cumulative sentence span { start end } document { databaseId title publisher publishedAt text } } }`;

  it('finds a figure by global id or database id, with its provenance', async () => {
    const byNumber = await data(yoga, FIGURE, { id: '5' });
    const byGlobal = await data(yoga, FIGURE, { id: byNumber.figure.id });
    expect(byGlobal).toEqual(byNumber);
    expect(byNumber.figure).toMatchObject({
      databaseId: 5,
      date: '2026-01-01',
      datePrecision: 'MONTH',
      category: 'DEATHS',
      qualifier: 'AT_LEAST',
      document: { databaseId: 2, title: 'Two', publisher: 'MS NOW', text: 'Text of document 2.' },
    });
  });

  it('gives null for a missing figure and an error for a malformed id', async () => {
    expect((await data(yoga, FIGURE, { id: '999' })).figure).toBeNull();
    expect(await errors(yoga, FIGURE, { id: 'garbage!' })).toEqual(['"garbage!" is not a Figure id']);
  });

  it('resolves node(id) for figures and documents', async () => {
    const result = await data(
      yoga,
      `query($f: ID!, $d: ID!) { f: node(id: $f) { __typename ... on Figure { databaseId } }
        d: node(id: $d) { __typename ... on Document { title } } }`,
      { f: encodeGlobalID('Figure', 3), d: encodeGlobalID('Document', 1) },
    );
    expect(result).toEqual({
      f: { __typename: 'Figure', databaseId: 3 },
      d: { __typename: 'Document', title: 'One' },
    });
  });

  it('pages a document’s figures in text order', async () => {
    const result = await data(
      yoga,
      `{ document(id: "3") { title figures(first: 3) { totalCount edges { node { databaseId } } } } }`,
    );
    expect(result.document.figures.totalCount).toBe(8);
    expect(result.document.figures.edges.map((e: Json) => e.node.databaseId)).toEqual([3, 6, 9]);
  });

  it('lists documents newest first, undated last, and by publisher', async () => {
    const all = await data(yoga, '{ documents { totalCount edges { node { databaseId } } } }');
    expect(all.documents.edges.map((e: Json) => e.node.databaseId)).toEqual([1, 2, 3]);
    const sky = await data(
      yoga,
      '{ documents(publisher: "MS NOW") { totalCount edges { node { title } } } }',
    );
    expect(sky.documents).toEqual({ totalCount: 1, edges: [{ node: { title: 'Two' } }] });
  });
});
