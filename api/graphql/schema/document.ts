import { sql } from 'drizzle-orm';
import { documents } from '../../db/schema.ts';
import { MAX_PUBLISHER_LENGTH } from '../../filters.ts';
import { builder } from '../builder.ts';
import { databaseId } from '../ids.ts';
import { type Ordering, paginate } from '../pagination.ts';
import { allRows, type DocumentRecord, documentColumns, documentsByIds, whereClause } from '../sql.ts';
import { FigureConnectionRef, FigureOrderEnum, FigureRef, figureConnection } from './figure.ts';
import { FigureFilterInput, toFigureFilter } from './filter.ts';
import { GraphQLError } from 'graphql';

export const DocumentRef = builder.objectRef<DocumentRecord>('Document');

builder.node(DocumentRef, {
  description: 'An article as ingested: where it came from and the figures found in it.',
  id: { resolve: (doc) => doc.id },
  loadMany: (ids, { db }) => {
    const found = new Map(documentsByIds(db, ids.map(Number)).map((d) => [String(d.id), d]));
    return ids.map((id) => found.get(id) ?? null);
  },
  fields: (t) => ({
    databaseId: t.exposeInt('id', {
      description: 'The id in the database, export files and dashboard URLs.',
    }),
    title: t.exposeString('title', { nullable: true }),
    publisher: t.exposeString('publisher', { nullable: true }),
    url: t.exposeString('url', { nullable: true }),
    source: t.exposeString('source', {
      nullable: true,
      description: 'The file name or URL it was read from.',
    }),
    publishedAt: t.expose('publishedAt', { type: 'Date', nullable: true }),
    ingestedAt: t.exposeString('ingestedAt', {
      description: 'When Tally stored it, as an ISO 8601 timestamp.',
    }),
    text: t.string({
      description: 'The full text; figure spans are offsets into it.',
      resolve: (doc, _args, { loaders }) => loaders.documentText.get(doc.id) as string,
    }),
    figures: t.connection(
      {
        type: FigureRef,
        description: 'The figures found in this document, in text order unless asked otherwise.',
        args: {
          filter: t.arg({ type: FigureFilterInput, required: false }),
          orderBy: t.arg({ type: FigureOrderEnum, required: false, defaultValue: 'POSITION' }),
        },
        resolve: (doc, args, ctx, info) =>
          figureConnection(
            ctx,
            info,
            { ...toFigureFilter(args.filter), documents: [doc.id] },
            args.orderBy ?? 'POSITION',
            args,
          ),
      },
      FigureConnectionRef,
    ),
  }),
});

const DocumentOrderEnum = builder.enumType('DocumentOrder', {
  values: {
    PUBLISHED_DESC: { description: 'Newest first; undated documents last.' },
    PUBLISHED_ASC: { description: 'Oldest first; undated documents first.' },
    INGESTED: { description: 'In the order they were stored.' },
  } as const,
});

const publishedKey = { column: documents.publishedAt, read: (d: DocumentRecord) => d.publishedAt };
const orderings: Record<'PUBLISHED_DESC' | 'PUBLISHED_ASC' | 'INGESTED', Ordering<DocumentRecord>> = {
  PUBLISHED_DESC: { name: 'PUBLISHED_DESC', descending: true, key: publishedKey },
  PUBLISHED_ASC: { name: 'PUBLISHED_ASC', descending: false, key: publishedKey },
  INGESTED: { name: 'INGESTED', descending: false },
};

const DocumentConnectionRef = builder.connectionObject(
  {
    type: DocumentRef,
    name: 'DocumentConnection',
    fields: (t) => ({
      totalCount: t.int({ resolve: (connection) => connection.totalCount() }),
    }),
  },
  { name: 'DocumentEdge' },
);

builder.queryFields((t) => ({
  documents: t.connection(
    {
      type: DocumentRef,
      description: 'Documents, 20 at a time by default and at most 100.',
      args: {
        publisher: t.arg.string({ required: false, description: 'Exactly this publisher.' }),
        orderBy: t.arg({ type: DocumentOrderEnum, required: false, defaultValue: 'PUBLISHED_DESC' }),
      },
      resolve: (_root, args, { db }) => {
        if (args.publisher != null && args.publisher.length > MAX_PUBLISHER_LENGTH) {
          throw new GraphQLError(`"publisher" is longer than ${MAX_PUBLISHER_LENGTH} characters`, {
            extensions: { code: 'BAD_USER_INPUT' },
          });
        }
        const byPublisher = args.publisher ? sql`${documents.publisher} = ${args.publisher}` : undefined;
        return paginate(args, {
          ordering: orderings[args.orderBy ?? 'PUBLISHED_DESC'],
          idColumn: documents.id,
          fetch: (cursorCondition, orderBy, limit) =>
            allRows<DocumentRecord>(
              db,
              sql`SELECT ${documentColumns} FROM ${documents}
                ${whereClause(byPublisher, cursorCondition)} ${orderBy} LIMIT ${limit}`,
            ),
          count: () =>
            allRows<{ n: number }>(
              db,
              sql`SELECT count(*) AS n FROM ${documents} ${whereClause(byPublisher)}`,
            )[0].n,
        });
      },
    },
    DocumentConnectionRef,
  ),
  document: t.field({
    type: DocumentRef,
    nullable: true,
    description: 'One document by `Document.id` or `Document.databaseId`.',
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, args, { db }) =>
      documentsByIds(db, [databaseId(String(args.id), 'Document')])[0] ?? null,
  }),
}));
