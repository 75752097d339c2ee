import type { Category } from '../../extract/types.ts';
import {
  type BucketedRunningTotal,
  groupRunningTotals,
  type RunningTotalPoint,
  type RunningTotalSeries,
} from '../../running-totals.ts';
import { builder } from '../builder.ts';
import { allRows, type FigureRecord, figuresByIds, runningTotalRowsSql } from '../sql.ts';
import { CategoryEnum } from './category.ts';
import { FigureRef } from './figure.ts';
import { checkedFilter, FigureFilterInput, toFigureFilter } from './filter.ts';
import { bucketFields, IntervalEnum } from './series.ts';

/** The most figures `RunningTotalPoint.figures` returns. */
const POINT_FIGURES = 100;

const RunningTotalPointRef = builder.objectRef<RunningTotalPoint>('RunningTotalPoint').implement({
  description: 'One time bucket of one running total: the largest figure of that series in the bucket.',
  fields: (t) => ({
    ...bucketFields(t),
    figureIds: t.exposeIntList('figureIds', {
      description: 'The `Figure.databaseId` of every figure behind the point, ascending.',
    }),
    figures: t.field({
      type: [FigureRef],
      description: `The figures behind the point, largest first, at most ${POINT_FIGURES} (see \`figureCount\`).`,
      resolve: (point, _args, { db, loaders }) => {
        const rows: FigureRecord[] = figuresByIds(db, point.figureIds)
          .sort((a, b) => b.value - a.value || a.id - b.id)
          .slice(0, POINT_FIGURES);
        loaders.document.loadNow(rows.map((f) => f.documentId));
        return rows;
      },
    }),
  }),
});

const RunningTotalRef = builder
  .objectRef<RunningTotalSeries & { category: Category }>('RunningTotal')
  .implement({
    description:
      'The running totals of one toll: figures of one category counting the same thing (unit) about the ' +
      'same place or kind of event, read from their sentences; a figure whose sentence names neither is ' +
      'joined only to the running totals of its own document.',
    fields: (t) => ({
      key: t.exposeString('key', {
        description:
          'Identifies the series within its category, whatever the filter: `people.place-ukraine`.',
      }),
      label: t.exposeString('label', { description: 'What it counts, in words: `people in Ukraine`.' }),
      category: t.expose('category', { type: CategoryEnum }),
      unit: t.exposeString('unit', { nullable: true }),
      largest: t.exposeFloat('largest', { description: 'The largest value in the series.' }),
      figureCount: t.exposeInt('figureCount'),
      documentCount: t.exposeInt('documentCount'),
      points: t.expose('points', {
        type: [RunningTotalPointRef],
        description: 'Buckets with figures, oldest first.',
      }),
    }),
  });

builder.queryField('runningTotals', (t) =>
  t.field({
    type: [RunningTotalRef],
    description:
      'The dated running totals of one category, one series per toll (see `RunningTotal`): those told ' +
      'by the most documents first, then the largest. `category` replaces the filter’s categories, `from` and `to` narrow its range, `key` keeps ' +
      'one series. A filter asking for `cumulative: false` gives none.',
    args: {
      category: t.arg({ type: CategoryEnum, required: true }),
      interval: t.arg({ type: IntervalEnum, required: false, defaultValue: 'MONTH' }),
      from: t.arg({ type: 'Date', required: false }),
      to: t.arg({ type: 'Date', required: false }),
      filter: t.arg({ type: FigureFilterInput, required: false }),
      key: t.arg.string({ required: false }),
    },
    resolve: (_root, args, { db }) => {
      const base = toFigureFilter(args.filter);
      if (base.cumulative === false) return [];
      // Days as `YYYY-MM-DD` compare as text: the later start and the earlier end win.
      const from = [base.from, args.from]
        .filter((d): d is string => !!d)
        .sort()
        .at(-1);
      const to = [base.to, args.to].filter((d): d is string => !!d).sort()[0];
      const filter = checkedFilter({
        ...base,
        categories: [args.category],
        from: from ?? undefined,
        to: to ?? undefined,
        cumulative: true,
      });
      const rows = allRows<BucketedRunningTotal>(db, runningTotalRowsSql(filter, args.interval ?? 'MONTH'));
      return groupRunningTotals(rows)
        .filter((s) => args.key == null || s.key === args.key)
        .map((s) => ({ ...s, category: args.category }));
    },
  }),
);
