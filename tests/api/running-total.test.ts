import { beforeAll, describe, expect, it } from 'vitest';
import type { TallyYoga } from '../../api/graphql/yoga.ts';
import { data, testYoga } from './client.ts';
import { insertDocuments, insertFigures, memoryDb } from './fixtures.ts';

let yoga: TallyYoga;

beforeAll(() => {
  const db = memoryDb();
  insertDocuments(db, [
    { id: 1, publisher: 'Harbour Post', title: 'Raids on ferries go on' },
    { id: 2, publisher: 'Valley Times', title: 'Two tolls' },
  ]);
  insertFigures(db, [
    // 1, 2: one toll told by two publishers.
    {
      documentId: 1,
      category: 'deaths',
      value: 30,
      date: '2026-03-02',
      cumulative: true,
      sentence: 'Raids on ferries have killed 30 people since May.',
    },
    {
      documentId: 2,
      category: 'deaths',
      value: 44,
      date: '2026-03-20',
      cumulative: true,
      qualifier: 'at_least',
      sentence: 'The raids have now killed at least 44 people.',
    },
    // 3: an unrelated toll in the same article as 2, much larger.
    {
      documentId: 2,
      category: 'deaths',
      value: 9000,
      date: '2026-03-10',
      cumulative: true,
      sentence: 'The war in Osterland has killed 9000 people.',
    },
    // 4: not a running total; 5: another category.
    { documentId: 1, category: 'deaths', value: 3, date: '2026-03-02' },
    {
      documentId: 1,
      category: 'strikes',
      value: 12,
      date: '2026-03-02',
      cumulative: true,
      unit: 'ferries',
      sentence: 'In all 12 ferries have been hit in raids.',
    },
  ]);
  yoga = testYoga(db);
});

const TOTALS = `query($key: String, $from: Date, $filter: FigureFilter) {
  runningTotals(category: DEATHS, interval: MONTH, key: $key, from: $from, filter: $filter) {
    key label category unit largest figureCount documentCount
    points { start end value figureCount documentCount figureIds figures { databaseId text document { publisher } } }
  }
}`;

type Total = {
  key: string;
  label: string;
  largest: number;
  figureCount: number;
  documentCount: number;
  points: {
    start: string;
    end: string;
    value: number;
    figureIds: number[];
    figures: { databaseId: number; document: { publisher: string } }[];
  }[];
};

const totals = async (variables: Record<string, unknown> = {}) =>
  (await data<{ runningTotals: Total[] }>(yoga, TOTALS, variables)).runningTotals;

describe('runningTotals', () => {
  it('gives each toll of a category its own series, the one told by most documents first', async () => {
    const result = await totals();
    expect(result.map((t) => [t.key, t.label, t.documentCount, t.largest])).toEqual([
      ['people.cause-strikes', 'people in strikes', 2, 44],
      ['people.place-osterland', 'people in Osterland', 1, 9000],
    ]);
    // The two publishers' figures of one toll share a bucket; the war toll is not in it.
    expect(result[0].points).toMatchObject([
      { start: '2026-03-01', end: '2026-03-31', value: 44, figureIds: [1, 2] },
    ]);
    expect(result[1].points).toMatchObject([{ start: '2026-03-01', value: 9000, figureIds: [3] }]);
  });

  it('gives the figures behind a point of one series, largest first, with their documents', async () => {
    const [strikes] = await totals({ key: 'people.cause-strikes' });
    expect(strikes.points[0].figures).toEqual([
      { databaseId: 2, text: '44', document: { publisher: 'Valley Times' } },
      { databaseId: 1, text: '30', document: { publisher: 'Harbour Post' } },
    ]);
  });

  it('keeps a series’ key whatever the filter narrows, and gives none for events only', async () => {
    const narrowed = await totals({ from: '2026-03-15' });
    expect(narrowed.map((t) => [t.key, t.points[0].figureIds])).toEqual([['people.cause-strikes', [2]]]);
    expect(await totals({ filter: { cumulative: false } })).toEqual([]);
    expect(await totals({ filter: { publisher: 'Harbour Post' } })).toMatchObject([
      { key: 'people.cause-strikes', figureCount: 1 },
    ]);
  });
});
