import { sql } from 'drizzle-orm';
import { index, integer, real, sqliteTable, text } from 'drizzle-orm/sqlite-core';

export const documents = sqliteTable(
  'documents',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    /** SHA-256 of the text: the same text is never stored twice. */
    contentHash: text('content_hash').notNull().unique(),
    /** File name or URL the text came from. */
    source: text('source'),
    title: text('title'),
    publisher: text('publisher'),
    url: text('url'),
    /** `YYYY-MM-DD` */
    publishedAt: text('published_at'),
    text: text('text').notNull(),
    ingestedAt: text('ingested_at').notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`),
  },
  (t) => [
    index('documents_publisher').on(t.publisher),
    index('documents_published_at').on(t.publishedAt, t.id),
  ],
);

export const figures = sqliteTable(
  'figures',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    documentId: integer('document_id')
      .notNull()
      .references(() => documents.id, { onDelete: 'cascade' }),
    start: integer('start').notNull(),
    end: integer('end').notNull(),
    text: text('text').notNull(),
    sentence: text('sentence').notNull(),
    value: real('value').notNull(),
    valueMax: real('value_max'),
    qualifier: text('qualifier').notNull(),
    unit: text('unit'),
    category: text('category').notNull(),
    /** `YYYY-MM-DD` for day precision, `YYYY-MM` for month precision. */
    date: text('date'),
    datePrecision: text('date_precision'),
    cumulative: integer('cumulative', { mode: 'boolean' }).notNull(),
  },
  (t) => [
    index('figures_category_date').on(t.category, t.date, t.id),
    // Covers the API's time series: one category's dated values, read without touching the table.
    index('figures_series').on(t.category, t.date, t.value, t.documentId),
    index('figures_date').on(t.date, t.id),
    index('figures_document').on(t.documentId, t.start),
  ],
);

export type DocumentRow = typeof documents.$inferSelect;
export type FigureRow = typeof figures.$inferSelect;
