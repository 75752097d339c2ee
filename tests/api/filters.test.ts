import { asc } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../api/db/client.ts';
import { figures } from '../../api/db/schema.ts';
import {
  type FigureFilter,
  FilterError,
  figureFilterSql,
  figureFilterToSearchParams,
  parseFigureFilter,
} from '../../api/filters.ts';
import { insertDocuments, insertFigures, memoryDb } from './fixtures.ts';

let db: Db;

beforeAll(() => {
  db = memoryDb();
  insertDocuments(db, [
    { id: 1, publisher: 'Sky News' },
    { id: 2, publisher: 'MS NOW' },
  ]);
  insertFigures(db, [
    { documentId: 1, category: 'deaths', value: 10, date: '2026-01-01', sentence: 'Ten people died.' },
    { documentId: 1, category: 'deaths', value: 50, date: '2026-01', cumulative: true },
    { documentId: 1, category: 'troops', value: 15000, date: '2026-01-20', qualifier: 'approximately' },
    { documentId: 2, category: 'deaths', value: 7, date: '2026-02-03', sentence: 'A 100% rise_in deaths.' },
    { documentId: 2, category: 'strikes', value: 3, date: null },
    { documentId: 2, category: 'deaths', value: 80, date: '2025-12-31', qualifier: 'at_least' },
  ]);
});

function ids(filter: FigureFilter): number[] {
  return db
    .select({ id: figures.id })
    .from(figures)
    .where(figureFilterSql(filter))
    .orderBy(asc(figures.id))
    .all()
    .map((r) => r.id);
}

const parse = (query: string) => parseFigureFilter(new URLSearchParams(query));

describe('figureFilterSql', () => {
  it('matches everything when empty', () => {
    expect(ids({})).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('filters by categories', () => {
    expect(ids({ categories: ['troops', 'strikes'] })).toEqual([3, 5]);
  });

  it('treats a month-precision figure as the first day of its month', () => {
    expect(ids({ from: '2026-01-01', to: '2026-01-31' })).toEqual([1, 2, 3]);
    expect(ids({ from: '2026-01-02' })).toEqual([3, 4]);
    expect(ids({ to: '2026-01-01' })).toEqual([1, 2, 6]);
  });

  it('filters by documents, publisher, qualifier and cumulative', () => {
    expect(ids({ documents: [2] })).toEqual([4, 5, 6]);
    expect(ids({ publisher: 'Sky News' })).toEqual([1, 2, 3]);
    expect(ids({ qualifier: 'at_least' })).toEqual([6]);
    expect(ids({ cumulative: true })).toEqual([2]);
    expect(ids({ cumulative: false, categories: ['deaths'] })).toEqual([1, 4, 6]);
  });

  it('filters by value range, bounds included', () => {
    expect(ids({ minValue: 10, maxValue: 80 })).toEqual([1, 2, 6]);
  });

  it('searches sentences case-insensitively, with % and _ taken literally', () => {
    expect(ids({ q: 'ten PEOPLE' })).toEqual([1]);
    expect(ids({ q: '100% rise_in' })).toEqual([4]);
    expect(ids({ q: '0_r' })).toEqual([]);
  });
});

describe('parseFigureFilter', () => {
  it('reads every parameter, repeatable ones included, enums in any case', () => {
    expect(
      parse(
        'category=DEATHS&category=troops&from=2026-01&to=2026-02&document=2&document=1&publisher=Sky%20News' +
          '&qualifier=AT_LEAST&cumulative=false&min=1.5&max=100&q=killed&view=table',
      ),
    ).toEqual({
      categories: ['deaths', 'troops'],
      from: '2026-01-01',
      to: '2026-02-28',
      documents: [2, 1],
      publisher: 'Sky News',
      qualifier: 'at_least',
      cumulative: false,
      minValue: 1.5,
      maxValue: 100,
      q: 'killed',
    });
  });

  it('round-trips through figureFilterToSearchParams', () => {
    const filter = parse('category=deaths&from=2026-01-05&document=3&cumulative=true&min=0&q=a%20b');
    expect(parse(figureFilterToSearchParams(filter).toString())).toEqual(filter);
  });

  it('ignores empty parameters', () => {
    expect(parse('category=&from=&q=%20')).toEqual({});
  });

  it.each([
    ['category=bombs', 'unknown category bombs'],
    ['from=2026-02-30', '"from" must be a day written YYYY-MM-DD, not "2026-02-30"'],
    ['to=yesterday', '"to" must be a day written YYYY-MM-DD'],
    ['from=2026-03-01&to=2026-01-01', '"from" (2026-03-01) is after "to" (2026-01-01)'],
    ['document=abc', '"document" must be document ids'],
    ['qualifier=roughly', 'unknown qualifier roughly'],
    ['cumulative=maybe', '"cumulative" must be true or false'],
    ['min=ten', '"min" must be a number, not "ten"'],
    ['min=5&max=1', '"min" (5) is greater than "max" (1)'],
    ['from=2026-01-01&from=2026-02-01', '"from" is given 2 times'],
    [`q=${'x'.repeat(201)}`, '"q" is longer than 200 characters'],
  ])('rejects %s', (query, message) => {
    expect(() => parse(query)).toThrow(FilterError);
    expect(() => parse(query)).toThrow(message);
  });

  it('names every problem at once', () => {
    try {
      parse('category=bombs&min=x');
      expect.unreachable();
    } catch (error) {
      expect((error as FilterError).problems).toHaveLength(2);
    }
  });
});
