import { describe, expect, it } from 'vitest';
import {
  bucketShape,
  categoryColor,
  dayToTime,
  type FigureShape,
  figuresInBucket,
  toChartSeries,
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
