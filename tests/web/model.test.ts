import { describe, expect, it } from 'vitest';
import {
  bucketShape,
  categoryColor,
  dayToTime,
  type FigureShape,
  figuresInBucket,
  seriesLabel,
  toChartSeries,
  visibleTotals,
} from '../../web/src/model.ts';

const shape = (
  value: number,
  qualifier: FigureShape['qualifier'],
  more: Partial<FigureShape> = {},
): FigureShape => ({
  value,
  valueMax: null,
  qualifier,
  category: 'DEATHS',
  cumulative: false,
  date: '2025-12-13',
  ...more,
});

const day = { start: '2025-12-13', end: '2025-12-13' };

describe('how a bucket is drawn', () => {
  it('takes the largest figure as deciding with max', () => {
    expect(bucketShape({ ...day, value: 80 }, [shape(80, 'MORE_THAN')], 'max')).toEqual({
      lowerBound: true,
      approximate: false,
      yMax: null,
    });
    // A smaller hedged figure in the bucket does not make the largest one a lower bound.
    expect(bucketShape({ ...day, value: 90 }, [shape(80, 'MORE_THAN')], 'max').lowerBound).toBe(false);
  });

  it('makes a sum a lower bound, and widens it by its ranges', () => {
    const behind = [shape(80, 'MORE_THAN'), shape(10, 'RANGE', { valueMax: 20 })];
    expect(bucketShape({ ...day, value: 93 }, behind, 'sum')).toEqual({
      lowerBound: true,
      approximate: false,
      yMax: 103,
    });
  });

  it('draws a range as a range, an approximation as one, and a count as exact', () => {
    expect(bucketShape({ ...day, value: 10 }, [shape(10, 'RANGE', { valueMax: 20 })], 'max').yMax).toBe(20);
    expect(bucketShape({ ...day, value: 15000 }, [shape(15000, 'APPROXIMATELY')], 'max').approximate).toBe(
      true,
    );
    expect(bucketShape({ ...day, value: 2 }, [shape(80, 'MORE_THAN')], 'count')).toEqual({
      lowerBound: false,
      approximate: false,
      yMax: null,
    });
  });

  it('finds the hedged figures of a bucket by category, kind and day', () => {
    const week = { start: '2025-12-08', end: '2025-12-14', value: 3 };
    const figures = [
      shape(3, 'AT_LEAST'),
      shape(3, 'AT_LEAST', { cumulative: true }),
      shape(3, 'AT_LEAST', { category: 'STRIKES' }),
      shape(3, 'AT_LEAST', { date: '2025-12-15' }),
      shape(3, 'AT_LEAST', { date: null }),
    ];
    expect(figuresInBucket({ category: 'deaths', kind: 'event' }, week, figures)).toEqual([figures[0]]);
    expect(figuresInBucket({ category: 'deaths', kind: 'total' }, week, figures)).toEqual([figures[1]]);
  });
});

describe('chart series', () => {
  it('keeps one series per category and kind with points, running totals always by the largest', () => {
    const series = toChartSeries(
      [
        {
          category: 'deaths',
          kind: 'total',
          buckets: [{ start: '2025-12-01', end: '2025-12-01', value: 80 }],
        },
        { category: 'deaths', kind: 'event', buckets: [] },
        {
          category: 'displaced',
          kind: 'event',
          buckets: [{ start: '2025-12-20', end: '2025-12-20', value: 15000 }],
        },
      ],
      [
        shape(80, 'MORE_THAN', { cumulative: true, date: '2025-12-01' }),
        shape(15000, 'APPROXIMATELY', { category: 'DISPLACED', date: '2025-12-20' }),
      ],
      'sum',
    );
    expect(series.map((s) => s.label)).toEqual(['Deaths · running total', 'Displaced · reported events']);
    expect(series[0].points[0]).toMatchObject({
      y: 80,
      lowerBound: true,
      ref: { kind: 'total', date: '2025-12-01' },
    });
    expect(series[1].points[0]).toMatchObject({ approximate: true, x: dayToTime('2025-12-20') });
    expect(series[0].color).toBe(categoryColor('deaths'));
  });

  it('gives each bucket the hedged figures dated within it, and no others', () => {
    const weeks = [
      { start: '2025-12-01', end: '2025-12-07', value: 5 },
      { start: '2025-12-15', end: '2025-12-21', value: 40 },
    ];
    const [series] = toChartSeries(
      [{ category: 'deaths', kind: 'event', buckets: weeks }],
      [
        shape(40, 'AT_LEAST', { date: '2025-12-21' }),
        shape(5, 'AT_LEAST', { date: '2025-12-10' }),
        shape(5, 'RANGE', { date: '2025-12-01', valueMax: 9 }),
      ],
      'max',
    );
    expect(series.points.map((p) => [p.lowerBound, p.yMax])).toEqual([
      [false, 9],
      [true, null],
    ]);
  });

  it('reads dates as local days', () => {
    expect(new Date(dayToTime('2025-12-13')).getDate()).toBe(13);
    expect(new Date(dayToTime('2025-11')).getDate()).toBe(1);
  });
});

describe('running totals, one series per toll', () => {
  const deathsTotal = (series: string, subject: string, value: number, figureIds: number[]) => ({
    category: 'deaths',
    kind: 'total' as const,
    series,
    subject,
    buckets: [{ start: '2026-01-03', end: '2026-01-03', value, figureIds }],
  });

  it('draws two tolls of one category as two lines, named, with their own points and dashes', () => {
    const drawn = toChartSeries(
      [
        deathsTotal('people.place-norvania', 'people in Norvania', 20_000, [1]),
        deathsTotal('people.cause-strikes', 'people in strikes', 40, [2]),
      ],
      [],
      'max',
    );
    expect(drawn.map((s) => s.label)).toEqual([
      'Deaths — people in Norvania (running total)',
      'Deaths — people in strikes (running total)',
    ]);
    expect(drawn.map((s) => s.points.map((p) => p.y))).toEqual([[20_000], [40]]);
    expect(drawn[1].points[0].ref).toEqual({
      category: 'deaths',
      kind: 'total',
      series: 'people.cause-strikes',
      date: '2026-01-03',
    });
    expect(drawn[0].dash).not.toEqual(drawn[1].dash);
    expect(drawn[0].color).toBe(drawn[1].color);
  });

  it('marks a running total’s point by its own hedged figures, not another toll’s of the same day', () => {
    const hedged = [
      shape(40, 'AT_LEAST', { databaseId: 2, cumulative: true, date: '2026-01-03' }),
      shape(20_000, 'APPROXIMATELY', { databaseId: 3, cumulative: true, date: '2026-01-03' }),
    ];
    const [norvania, strikes] = toChartSeries(
      [
        deathsTotal('people.place-norvania', 'people in Norvania', 20_000, [1]),
        deathsTotal('people.cause-strikes', 'people in strikes', 40, [2]),
      ],
      hedged,
      'max',
    );
    expect(norvania.points[0]).toMatchObject({ lowerBound: false, approximate: false });
    expect(strikes.points[0]).toMatchObject({ lowerBound: true });
    const bucket = { start: '2026-01-03', end: '2026-01-03', value: 40, figureIds: [2] };
    expect(figuresInBucket({ category: 'deaths', kind: 'total' }, bucket, hedged)).toEqual([hedged[0]]);
  });

  it('names events and unnamed totals as before', () => {
    expect(seriesLabel('deaths', 'event')).toBe('Deaths · reported events');
    expect(seriesLabel('military_assets', 'total')).toBe('Military assets · running total');
  });

  it('shows the largest few of a category, all on request, and always the selected one', () => {
    const totals = ['a', 'b', 'c', 'd', 'e'].map((series) => ({ series }));
    expect(visibleTotals(totals, 3, false)).toEqual({ shown: totals.slice(0, 3), hidden: 2 });
    expect(visibleTotals(totals, 3, true)).toEqual({ shown: totals, hidden: 0 });
    expect(visibleTotals(totals.slice(0, 2), 3, false)).toEqual({ shown: totals.slice(0, 2), hidden: 0 });
    const selected = { category: 'deaths', kind: 'total' as const, series: 'e', date: '2026-01-03' };
    expect(visibleTotals(totals, 3, false, selected)).toEqual({
      shown: [...totals.slice(0, 3), totals[4]],
      hidden: 1,
    });
  });
});
