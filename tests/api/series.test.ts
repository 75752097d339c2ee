import { beforeAll, describe, expect, it } from 'vitest';
import type { TallyYoga } from '../../api/graphql/yoga.ts';
import { data, errors, type Json, testYoga } from './client.ts';
import { insertDocuments, insertFigures, memoryDb } from './fixtures.ts';

let yoga: TallyYoga;

beforeAll(() => {
  const db = memoryDb();
  insertDocuments(db, [
    { id: 1, publisher: 'Sky News' },
    { id: 2, publisher: 'MS NOW' },
  ]);
  // Ids 1..10 in this order; the comments give each figure's week (weeks start on Monday).
  insertFigures(db, [
    { documentId: 1, category: 'deaths', value: 10, date: '2026-01-05' }, // 1: Mon, week of 01-05
    { documentId: 1, category: 'deaths', value: 20, date: '2026-01-07' }, // 2: week of 01-05
    { documentId: 2, category: 'deaths', value: 5, date: '2026-01-11' }, // 3: Sun, week of 01-05
    { documentId: 2, category: 'deaths', value: 7, date: '2026-01-12' }, // 4: Mon, week of 01-12
    { documentId: 1, category: 'deaths', value: 100, date: '2026-01', cumulative: true }, // 5: as 01-01, week of 12-29
    { documentId: 2, category: 'deaths', value: 3, date: '2026-02-01' }, // 6: Sun, week of 01-26
    { documentId: 1, category: 'deaths', value: 50, date: '2026-02-28' }, // 7: week of 02-23
    { documentId: 1, category: 'deaths', value: 99, date: null }, // 8: undated, never in a series
    { documentId: 1, category: 'troops', value: 1000, date: '2026-01-05' }, // 9: another category
    { documentId: 2, category: 'deaths', value: 8, date: '2026-01-05' }, // 10: same day as 1, later id
  ]);
  yoga = testYoga(db);
});

const SERIES = `query($interval: Interval, $measure: Measure, $from: Date, $to: Date, $filter: FigureFilter) {
  series(category: DEATHS, interval: $interval, measure: $measure, from: $from, to: $to, filter: $filter) {
    category interval measure
    points { start end value figureCount documentCount figureIds }
  }
}`;

type Point = {
  start: string;
  end: string;
  value: number;
  figureCount: number;
  documentCount: number;
  figureIds: number[];
};

async function points(variables: Record<string, unknown>): Promise<Point[]> {
  return (await data<{ series: { points: Point[] } }>(yoga, SERIES, variables)).series.points;
}

const values = (ps: Point[]) => ps.map((p) => [p.start, p.value]);

describe('series', () => {
  it('buckets by month with counts, documents and ids', async () => {
    expect(await points({ interval: 'MONTH', measure: 'SUM' })).toEqual([
      {
        start: '2026-01-01',
        end: '2026-01-31',
        value: 150,
        figureCount: 6,
        documentCount: 2,
        figureIds: [1, 2, 3, 4, 5, 10],
      },
      {
        start: '2026-02-01',
        end: '2026-02-28',
        value: 53,
        figureCount: 2,
        documentCount: 2,
        figureIds: [6, 7],
      },
    ]);
  });

  it.each([
    [
      'MAX',
      [
        ['2026-01-01', 100],
        ['2026-02-01', 50],
      ],
    ],
    [
      'COUNT',
      [
        ['2026-01-01', 6],
        ['2026-02-01', 2],
      ],
    ],
    // The last figure by day: 4 (01-12) in January, 7 (02-28) in February.
    [
      'LATEST',
      [
        ['2026-01-01', 7],
        ['2026-02-01', 50],
      ],
    ],
  ])('measures %s by month', async (measure, expected) => {
    expect(values(await points({ interval: 'MONTH', measure }))).toEqual(expected);
  });

  it('buckets by Monday-to-Sunday week', async () => {
    const weeks = await points({ interval: 'WEEK', measure: 'SUM' });
    expect(weeks.map((p) => [p.start, p.end, p.value, p.figureCount])).toEqual([
      ['2025-12-29', '2026-01-04', 100, 1],
      ['2026-01-05', '2026-01-11', 43, 4],
      ['2026-01-12', '2026-01-18', 7, 1],
      ['2026-01-26', '2026-02-01', 3, 1],
      ['2026-02-23', '2026-03-01', 50, 1],
    ]);
    // Within the week of 01-05 the last day is the 11th (figure 3).
    expect(values(await points({ interval: 'WEEK', measure: 'LATEST' }))[1]).toEqual(['2026-01-05', 5]);
  });

  it('buckets by day, breaking ties on a day by id for LATEST', async () => {
    const days = await points({ interval: 'DAY', measure: 'SUM' });
    expect(values(days)).toEqual([
      ['2026-01-01', 100],
      ['2026-01-05', 18],
      ['2026-01-07', 20],
      ['2026-01-11', 5],
      ['2026-01-12', 7],
      ['2026-02-01', 3],
      ['2026-02-28', 50],
    ]);
    expect(days[1]).toMatchObject({
      end: '2026-01-05',
      figureCount: 2,
      documentCount: 2,
      figureIds: [1, 10],
    });
    expect(values(await points({ interval: 'DAY', measure: 'LATEST' }))[1]).toEqual(['2026-01-05', 8]);
  });

  it('narrows to from/to, a month-precision figure counting as its first day', async () => {
    expect(values(await points({ from: '2026-01-06', to: '2026-02-01' }))).toEqual([
      ['2026-01-01', 32],
      ['2026-02-01', 3],
    ]);
    expect(values(await points({ from: '2026-01-01', to: '2026-01-04' }))).toEqual([['2026-01-01', 100]]);
  });

  it('applies the filter, with the category argument replacing its categories', async () => {
    expect(values(await points({ filter: { publisher: 'Sky News', category: ['TROOPS'] } }))).toEqual([
      ['2026-01-01', 130],
      ['2026-02-01', 50],
    ]);
    expect(values(await points({ filter: { cumulative: true } }))).toEqual([['2026-01-01', 100]]);
    expect(values(await points({ filter: { from: '2026-02-01' }, to: '2026-02-15' }))).toEqual([
      ['2026-02-01', 3],
    ]);
  });

  it('is empty for a category without dated figures', async () => {
    const result = await data(yoga, '{ series(category: POLL) { points { start } } }');
    expect(result.series.points).toEqual([]);
  });

  it.each([
    [{ interval: 'YEAR' }, 'Value "YEAR" does not exist in "Interval" enum'],
    [{ from: '2026-1-5' }, 'Date must be a day written YYYY-MM-DD, not "2026-1-5"'],
    [{ from: '2026-02-01', to: '2026-01-01' }, '"from" (2026-02-01) is after "to" (2026-01-01)'],
  ])('rejects %j', async (variables, message) => {
    expect((await errors(yoga, SERIES, variables))[0]).toContain(message);
  });
});

describe('categories', () => {
  it('counts each category with its date range', async () => {
    const result = await data(
      yoga,
      '{ categories { category figureCount documentCount firstDate lastDate } }',
    );
    expect(result.categories).toHaveLength(9);
    expect(result.categories.find((c: Json) => c.category === 'DEATHS')).toEqual({
      category: 'DEATHS',
      figureCount: 9,
      documentCount: 2,
      firstDate: '2026-01-01',
      lastDate: '2026-02-28',
    });
    expect(result.categories.find((c: Json) => c.category === 'POLL')).toMatchObject({
      figureCount: 0,
      firstDate: null,
    });
  });
});
