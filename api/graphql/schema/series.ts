import { builder } from '../builder.ts';
import { selects } from '../selection.ts';
import { allRows, type SeriesInterval, type SeriesMeasure, type SeriesRow, seriesSql } from '../sql.ts';
import { CategoryEnum } from './category.ts';
import { checkedFilter, FigureFilterInput, toFigureFilter } from './filter.ts';
import type { Category } from '../../extract/types.ts';

export const IntervalEnum = builder.enumType('Interval', {
  values: {
    DAY: {},
    WEEK: { description: 'Weeks starting on Monday.' },
    MONTH: {},
  } as const,
});

const MeasureEnum = builder.enumType('Measure', {
  values: {
    SUM: { description: 'The sum of the values.' },
    MAX: { description: 'The largest value.' },
    LATEST: { description: 'The value of the last figure by date (then by id): right for running totals.' },
    COUNT: { description: 'How many figures.' },
  } as const,
});

interface Series {
  category: Category;
  interval: SeriesInterval;
  measure: SeriesMeasure;
  points: SeriesRow[];
}

type Types = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;

/** What every time bucket has, of a series or of a running total. */
interface Bucket {
  start: string;
  end: string;
  value: number;
  figureCount: number;
  documentCount: number;
}

/** The fields of a time bucket that `SeriesPoint` and `RunningTotalPoint` share. */
export function bucketFields<Shape extends Bucket>(t: PothosSchemaTypes.ObjectFieldBuilder<Types, Shape>) {
  return {
    start: t.field({ type: 'Date', description: 'First day of the bucket.', resolve: (b) => b.start }),
    end: t.field({ type: 'Date', description: 'Last day of the bucket.', resolve: (b) => b.end }),
    value: t.float({ resolve: (b) => b.value }),
    figureCount: t.int({ resolve: (b) => b.figureCount }),
    documentCount: t.int({ resolve: (b) => b.documentCount }),
  };
}

const SeriesPointRef = builder.objectRef<SeriesRow>('SeriesPoint').implement({
  description:
    'One time bucket. The figures behind it are exactly `figures(filter: {category, from: start, to: end})` ' +
    'with the series’ filter.',
  fields: (t) => ({
    ...bucketFields(t),
    figureIds: t.intList({
      description: 'The `Figure.databaseId` of every figure behind the point, ascending.',
      resolve: (point) =>
        (point.figureIds ?? '')
          .split(',')
          .map(Number)
          .sort((a, b) => a - b),
    }),
  }),
});

const SeriesRef = builder.objectRef<Series>('Series').implement({
  fields: (t) => ({
    category: t.expose('category', { type: CategoryEnum }),
    interval: t.expose('interval', { type: IntervalEnum }),
    measure: t.expose('measure', { type: MeasureEnum }),
    points: t.expose('points', {
      type: [SeriesPointRef],
      description: 'Buckets with figures, oldest first.',
    }),
  }),
});

builder.queryField('series', (t) =>
  t.field({
    type: SeriesRef,
    description:
      'The dated figures of one category bucketed over time, for charts. `category` replaces the ' +
      'filter’s categories; `from` and `to` narrow its range. Undated figures are left out.',
    args: {
      category: t.arg({ type: CategoryEnum, required: true }),
      interval: t.arg({ type: IntervalEnum, required: false, defaultValue: 'MONTH' }),
      measure: t.arg({ type: MeasureEnum, required: false, defaultValue: 'SUM' }),
      from: t.arg({ type: 'Date', required: false }),
      to: t.arg({ type: 'Date', required: false }),
      filter: t.arg({ type: FigureFilterInput, required: false }),
    },
    resolve: (_root, args, { db }, info) => {
      const base = toFigureFilter(args.filter);
      const later = (a?: string, b?: string | null) => (a && b ? (a > b ? a : b) : (a ?? b ?? undefined));
      const earlier = (a?: string, b?: string | null) => (a && b ? (a < b ? a : b) : (a ?? b ?? undefined));
      const filter = checkedFilter({
        ...base,
        categories: [args.category],
        from: later(base.from, args.from),
        to: earlier(base.to, args.to),
      });
      const interval = args.interval ?? 'MONTH';
      const measure = args.measure ?? 'SUM';
      return {
        category: args.category,
        interval,
        measure,
        points: allRows<SeriesRow>(
          db,
          seriesSql(filter, interval, measure, { figureIds: selects(info, ['points', 'figureIds']) }),
        ),
      };
    },
  }),
);
