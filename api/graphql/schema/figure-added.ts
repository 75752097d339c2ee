import { sql } from 'drizzle-orm';
import { filter as keepOnly, pipe } from 'graphql-yoga';
import { figures } from '../../db/schema.ts';
import { figureFilterSql } from '../../filters.ts';
import { builder } from '../builder.ts';
import { allRows, type FigureRecord, whereClause } from '../sql.ts';
import { FigureRef } from './figure.ts';
import { FigureFilterInput, toFigureFilter } from './filter.ts';

builder.subscriptionField('figureAdded', (t) =>
  t.field({
    type: FigureRef,
    description:
      'Each figure stored by `ingestDocument` from now on, as server-sent events. With a filter, only the ' +
      'figures it matches.',
    args: { filter: t.arg({ type: FigureFilterInput, required: false }) },
    subscribe: (_root, args, { db, pubsub }) => {
      const filter = toFigureFilter(args.filter);
      const condition = figureFilterSql(filter);
      const events = pubsub.subscribe('figureAdded');
      if (!condition) return events;
      // The figure is already stored, so the one filter-to-SQL function decides whether it matches.
      return pipe(
        events,
        keepOnly(
          (figure: FigureRecord) =>
            allRows(
              db,
              sql`SELECT 1 FROM ${figures} ${whereClause(sql`${figures.id} = ${figure.id}`, condition)}`,
            ).length > 0,
        ),
      );
    },
    resolve: (figure) => figure,
  }),
);
