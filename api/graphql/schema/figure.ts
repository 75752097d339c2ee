import type { GraphQLResolveInfo } from 'graphql';
import { figures } from '../../db/schema.ts';
import type { FigureFilter } from '../../filters.ts';
import { builder } from '../builder.ts';
import type { Context } from '../context.ts';
import { databaseId } from '../ids.ts';
import { type Ordering, type PageArgs, paginate } from '../pagination.ts';
import { selects } from '../selection.ts';
import {
  allRows,
  countFigures,
  type DocumentRecord,
  type FigureRecord,
  figurePageSql,
  figuresByIds,
} from '../sql.ts';
import { CategoryEnum } from './category.ts';
import { DocumentRef } from './document.ts';
import { FigureFilterInput, toFigureFilter } from './filter.ts';
import { DatePrecisionEnum, QualifierEnum } from './qualifier.ts';

export const FigureRef = builder.objectRef<FigureRecord>('Figure');

const SpanRef = builder.objectRef<{ start: number; end: number }>('Span').implement({
  description: 'Where the figure’s text sits in its document: JavaScript string offsets, end exclusive.',
  fields: (t) => ({ start: t.exposeInt('start'), end: t.exposeInt('end') }),
});

builder.node(FigureRef, {
  description: 'A number found in a document, with what it counts, when, and the sentence it came from.',
  id: { resolve: (figure) => figure.id },
  loadMany: (ids, { db }) => {
    const found = new Map(figuresByIds(db, ids.map(Number)).map((f) => [String(f.id), f]));
    return ids.map((id) => found.get(id) ?? null);
  },
  fields: (t) => ({
    databaseId: t.exposeInt('id', {
      description: 'The id in the database, export files and dashboard URLs.',
    }),
    value: t.exposeFloat('value', { description: 'The number, or the lower bound of a range.' }),
    valueMax: t.exposeFloat('valueMax', { nullable: true, description: 'The upper bound of a range.' }),
    qualifier: t.field({ type: QualifierEnum, resolve: (f) => f.qualifier as never }),
    category: t.field({ type: CategoryEnum, resolve: (f) => f.category as never }),
    unit: t.exposeString('unit', {
      nullable: true,
      description: 'What is counted: people, troops, percent, USD.',
    }),
    date: t.expose('date', { type: 'Date', nullable: true, description: 'The day the figure refers to.' }),
    datePrecision: t.field({
      type: DatePrecisionEnum,
      nullable: true,
      resolve: (f) => f.datePrecision as never,
    }),
    cumulative: t.boolean({
      description: 'A running total ("since the war began") rather than one event.',
      resolve: (f) => Boolean(f.cumulative),
    }),
    text: t.exposeString('text', { description: 'The number as written, with its qualifier words.' }),
    sentence: t.exposeString('sentence'),
    span: t.field({ type: SpanRef, resolve: (f) => ({ start: f.start, end: f.end }) }),
    document: t.field({
      type: DocumentRef,
      // Never null: a figure's document is a foreign key with ON DELETE CASCADE.
      resolve: (f, _args, { loaders }) => loaders.document.get(f.documentId) as DocumentRecord,
    }),
  }),
});

export const FigureOrderEnum = builder.enumType('FigureOrder', {
  values: {
    DATE_DESC: { description: 'Newest first; undated figures last.' },
    DATE_ASC: { description: 'Oldest first; undated figures first.' },
    VALUE_DESC: {},
    VALUE_ASC: {},
    POSITION: { description: 'Documents in the order they arrived, each document’s figures in text order.' },
  } as const,
});

type FigureOrder = 'DATE_DESC' | 'DATE_ASC' | 'VALUE_DESC' | 'VALUE_ASC' | 'POSITION';

const dateKey = { column: figures.date, read: (f: FigureRecord) => f.date };
const valueKey = { column: figures.value, read: (f: FigureRecord) => f.value };
const orderings: Record<FigureOrder, Ordering<FigureRecord>> = {
  DATE_DESC: { name: 'DATE_DESC', descending: true, key: dateKey },
  DATE_ASC: { name: 'DATE_ASC', descending: false, key: dateKey },
  VALUE_DESC: { name: 'VALUE_DESC', descending: true, key: valueKey },
  VALUE_ASC: { name: 'VALUE_ASC', descending: false, key: valueKey },
  POSITION: { name: 'POSITION', descending: false },
};

/**
 * One page of figures matching a filter, shared by `Query.figures` and `Document.figures`. When the query
 * asks for the figures' documents, they are fetched with the page, in one more query.
 */
export function figureConnection(
  ctx: Context,
  info: GraphQLResolveInfo,
  filter: FigureFilter,
  order: FigureOrder,
  args: PageArgs,
) {
  const connection = paginate(args, {
    ordering: orderings[order],
    idColumn: figures.id,
    fetch: (cursorCondition, orderBy, limit) =>
      allRows<FigureRecord>(ctx.db, figurePageSql(filter, cursorCondition, orderBy, limit)),
    count: () => countFigures(ctx.db, filter),
  });
  if (selects(info, ['edges', 'node', 'document'])) {
    ctx.loaders.document.loadNow(connection.edges.map((edge) => edge.node.documentId));
  }
  return connection;
}

export const FigureConnectionRef = builder.connectionObject(
  {
    type: FigureRef,
    name: 'FigureConnection',
    fields: (t) => ({
      totalCount: t.int({
        description: 'How many figures match, over all pages.',
        resolve: (connection) => connection.totalCount(),
      }),
    }),
  },
  { name: 'FigureEdge' },
);

builder.queryFields((t) => ({
  figures: t.connection(
    {
      type: FigureRef,
      description: `Figures matching a filter, ${20} at a time by default and at most ${100}.`,
      args: {
        filter: t.arg({ type: FigureFilterInput, required: false }),
        orderBy: t.arg({ type: FigureOrderEnum, required: false, defaultValue: 'DATE_DESC' }),
      },
      resolve: (_root, args, ctx, info) =>
        figureConnection(ctx, info, toFigureFilter(args.filter), args.orderBy ?? 'DATE_DESC', args),
    },
    FigureConnectionRef,
  ),
  figure: t.field({
    type: FigureRef,
    nullable: true,
    description: 'One figure by `Figure.id` or `Figure.databaseId`.',
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, args, { db }) => figuresByIds(db, [databaseId(String(args.id), 'Figure')])[0] ?? null,
  }),
}));
