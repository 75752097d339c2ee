import { describe, expect, it } from 'vitest';
import {
  bucketShape,
  categoryColor,
  dayToTime,
  type FigureShape,
  toChartSeries,
} from '../../web/src/model.ts';

const figures = new Map<number, FigureShape>(
  [
    { databaseId: 1, value: 3, valueMax: null, qualifier: 'EXACT' },
    { databaseId: 2, value: 80, valueMax: null, qualifier: 'MORE_THAN' },
    { databaseId: 3, value: 10, valueMax: 20, qualifier: 'RANGE' },
    { databaseId: 4, value: 15000, valueMax: null, qualifier: 'APPROXIMATELY' },
  ].map((f) => [f.databaseId, f as FigureShape]),
);

describe('how a bucket is drawn', () => {
  it('takes the largest figure as deciding with max', () => {
    expect(bucketShape({ start: '2025-12-13', value: 80, figureIds: [1, 2] }, figures, 'max')).toEqual({
      lowerBound: true,
      approximate: false,
      yMax: null,
    });
    expect(bucketShape({ start: '2025-12-13', value: 3, figureIds: [1] }, figures, 'max').lowerBound).toBe(
      false,
    );
  });

  it('makes a sum a lower bound, and widens it by its ranges', () => {
    expect(bucketShape({ start: '2025-12-13', value: 93, figureIds: [1, 2, 3] }, figures, 'sum')).toEqual({
      lowerBound: true,
      approximate: false,
      yMax: 103,
    });
  });

  it('draws a range as a range, and a count as exact', () => {
    expect(bucketShape({ start: '2025-12-13', value: 10, figureIds: [3] }, figures, 'max').yMax).toBe(20);
    expect(bucketShape({ start: '2025-12-13', value: 2, figureIds: [2, 3] }, figures, 'count')).toEqual({
      lowerBound: false,
      approximate: false,
      yMax: null,
    });
  });

  it('treats figures not loaded yet as exact', () => {
    expect(bucketShape({ start: '2025-12-13', value: 5, figureIds: [99] }, figures, 'max').lowerBound).toBe(
      false,
    );
  });
});

describe('chart series', () => {
  it('keeps one series per category and kind with points, running totals always by the largest', () => {
    const series = toChartSeries(
      [
        { category: 'deaths', kind: 'total', buckets: [{ start: '2025-12-01', value: 80, figureIds: [2] }] },
        { category: 'deaths', kind: 'event', buckets: [] },
        {
          category: 'displaced',
          kind: 'event',
          buckets: [{ start: '2025-12-20', value: 15000, figureIds: [4] }],
        },
      ],
      figures,
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

  it('reads dates as local days', () => {
    expect(new Date(dayToTime('2025-12-13')).getDate()).toBe(13);
    expect(new Date(dayToTime('2025-11')).getDate()).toBe(1);
  });
});
