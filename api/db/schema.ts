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
    /**
     * The toll a running total belongs to (`runningTotalSubject` in api/running-totals.ts), written at
     * ingest because it is read from the sentence; null for figures that are not running totals.
     */
    toll: text('toll'),
    tollLabel: text('toll_label'),
  },
  (t) => [
    index('figures_category_date').on(t.category, t.date, t.id),
    // Covers the API's time series: one category's dated values, read without touching the table.
    index('figures_series').on(t.category, t.date, t.value, t.documentId),
    index('figures_date').on(t.date, t.id),
    index('figures_document').on(t.documentId, t.start),
    // Covers the API's running totals: they are a small share of the figures, and reading them through
    // the table would fetch every figure of the category with its sentence.
    index('figures_running_totals')
      .on(t.category, t.date, t.toll, t.value, t.documentId, t.unit, t.tollLabel)
      .where(sql`cumulative = 1`),
    // Empty once every running total has its toll: finds the ones a database from before the column lacks.
    index('figures_toll_missing').on(t.id).where(sql`cumulative = 1 AND toll IS NULL`),
  ],
);

export type DocumentRow = typeof documents.$inferSelect;
export type FigureRow = typeof figures.$inferSelect;
