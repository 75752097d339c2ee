// The SQL behind the API, as drizzle `SQL` fragments run through cached prepared statements. Kept apart
// from the resolvers so that the benchmark's bare handler runs exactly the same statements.
import type { Statement } from 'better-sqlite3';
import { type SQL, sql } from 'drizzle-orm';
import { SQLiteSyncDialect } from 'drizzle-orm/sqlite-core';
import type { Db } from '../db/client.ts';
import { documents, figures } from '../db/schema.ts';
import { type FigureFilter, figureDay, figureFilterSql } from '../filters.ts';

const dialect = new SQLiteSyncDialect();
const statementCache = new WeakMap<object, Map<string, Statement>>();

/** Runs a query through a prepared statement cached by its text: the API asks the same few shapes. */
export function allRows<T>(db: Db, query: SQL): T[] {
  const { sql: text, params } = dialect.sqlToQuery(query);
  let cache = statementCache.get(db.$client);
  if (!cache) {
    cache = new Map();
    statementCache.set(db.$client, cache);
  }
  let statement = cache.get(text);
  if (!statement) {
    statement = db.$client.prepare(text);
    cache.set(text, statement);
  }
  return statement.all(...params) as T[];
}

/** A figure as the API reads it, in the database's own column names. */
export interface FigureRecord {
  id: number;
  documentId: number;
  start: number;
  end: number;
  text: string;
  sentence: string;
  value: number;
  valueMax: number | null;
  qualifier: string;
  unit: string | null;
  category: string;
  date: string | null;
  datePrecision: string | null;
  cumulative: number;
}

/** A constant fragment rendered once: drizzle would otherwise walk its chunks on every request. */
function precompiled(fragment: SQL): SQL {
  return sql.raw(dialect.sqlToQuery(fragment).sql);
}

export const figureColumns =
  precompiled(sql`${figures.id} AS id, ${figures.documentId} AS documentId, ${figures.start} AS start,
  ${figures.end} AS "end", ${figures.text} AS text, ${figures.sentence} AS sentence, ${figures.value} AS value,
  ${figures.valueMax} AS valueMax, ${figures.qualifier} AS qualifier, ${figures.unit} AS unit,
  ${figures.category} AS category, ${figures.date} AS date, ${figures.datePrecision} AS datePrecision,
  ${figures.cumulative} AS cumulative`);

/** A document without its text, which is large and fetched only when asked for. */
export interface DocumentRecord {
  id: number;
  title: string | null;
  publisher: string | null;
  url: string | null;
  source: string | null;
  publishedAt: string | null;
  ingestedAt: string;
}

export const documentColumns = precompiled(sql`${documents.id} AS id, ${documents.title} AS title,
  ${documents.publisher} AS publisher, ${documents.url} AS url, ${documents.source} AS source,
  ${documents.publishedAt} AS publishedAt, ${documents.ingestedAt} AS ingestedAt`);

export function whereClause(...conditions: (SQL | undefined)[]): SQL {
  const present = conditions.filter((c): c is SQL => c !== undefined);
  return present.length ? sql`WHERE ${sql.join(present, sql` AND `)}` : sql``;
}

export function documentsByIds(db: Db, ids: readonly number[]): DocumentRecord[] {
  // One statement for any number of ids: they travel as a JSON array.
  return allRows(
    db,
    sql`SELECT ${documentColumns} FROM ${documents}
      WHERE ${documents.id} IN (SELECT value FROM json_each(${JSON.stringify(ids)}))`,
  );
}

export function countFigures(db: Db, filter: FigureFilter): number {
  const [row] = allRows<{ n: number }>(
    db,
    sql`SELECT count(*) AS n FROM ${figures} ${whereClause(figureFilterSql(filter))}`,
  );
  return row.n;
}

/** One page of figures: the filter, the cursor's condition, the order and the row limit. */
export function figurePageSql(
  filter: FigureFilter,
  cursorCondition: SQL | undefined,
  orderBy: SQL,
  limit: number,
): SQL {
  return sql`SELECT ${figureColumns} FROM ${figures}
    ${whereClause(figureFilterSql(filter), cursorCondition)} ${orderBy} LIMIT ${limit}`;
}

export function figuresByIds(db: Db, ids: readonly number[]): FigureRecord[] {
  return allRows(
    db,
    sql`SELECT ${figureColumns} FROM ${figures}
      WHERE ${figures.id} IN (SELECT value FROM json_each(${JSON.stringify(ids)}))`,
  );
}

export type SeriesInterval = 'DAY' | 'WEEK' | 'MONTH';
export type SeriesMeasure = 'SUM' | 'MAX' | 'LATEST' | 'COUNT';

export interface SeriesRow {
  start: string;
  end: string;
  value: number;
  figureCount: number;
  documentCount: number;
  /** Comma-separated figure ids, as SQLite's group_concat gives them; null when not asked for. */
  figureIds: string | null;
}

const bucketStart: Record<SeriesInterval, SQL> = {
  DAY: figureDay,
  // Weeks start on Monday: step back six days, then forward to the next Monday.
  WEEK: sql`date(${figureDay}, '-6 days', 'weekday 1')`,
  MONTH: sql`(substr(${figures.date}, 1, 7) || '-01')`,
};

const bucketEnd: Record<SeriesInterval, SQL> = {
  DAY: sql`bucket`,
  WEEK: sql`date(bucket, '+6 days')`,
  MONTH: sql`date(bucket, '+1 month', '-1 day')`,
};

// With exactly one max() in the query, SQLite takes bare columns from the row holding the maximum:
// `latest` is then the value of the bucket's last figure by day, then id.
const measureValue: Record<SeriesMeasure, SQL> = {
  SUM: sql`sum(value)`,
  MAX: sql`max(value)`,
  COUNT: sql`count(*)`,
  LATEST: sql`value`,
};

/**
 * Dated figures matching the filter, grouped into time buckets in SQL; empty buckets are left out. The
 * figures_series index covers it, so the table itself is never read. Ids are collected only on request.
 */
export function seriesSql(
  filter: FigureFilter,
  interval: SeriesInterval,
  measure: SeriesMeasure,
  options: { figureIds: boolean },
): SQL {
  const latest = measure === 'LATEST';
  return sql`SELECT bucket AS start, ${bucketEnd[interval]} AS "end", ${measureValue[measure]} AS value,
      count(*) AS figureCount, count(DISTINCT document_id) AS documentCount,
      ${options.figureIds ? sql`group_concat(id)` : sql`NULL`} AS figureIds
      ${latest ? sql`, max(sort_key) AS sort_key` : sql``}
    FROM (
      SELECT ${figures.id} AS id, ${figures.documentId} AS document_id, ${figures.value} AS value,
        ${bucketStart[interval]} AS bucket
        ${latest ? sql`, printf('%s %012d', ${figureDay}, ${figures.id}) AS sort_key` : sql``}
      FROM ${figures} ${whereClause(figureFilterSql(filter), sql`${figures.date} IS NOT NULL`)}
    )
    GROUP BY bucket ORDER BY bucket`;
}

/** The dated running totals matching the filter, each with its bucket and its toll, oldest first. */
export function runningTotalRowsSql(filter: FigureFilter, interval: SeriesInterval): SQL {
  return sql`SELECT id, documentId, value, unit, toll, tollLabel, bucket AS start, ${bucketEnd[interval]} AS "end"
    FROM (
      SELECT ${figures.id} AS id, ${figures.documentId} AS documentId, ${figures.value} AS value,
        ${figures.unit} AS unit, ${figures.toll} AS toll, ${figures.tollLabel} AS tollLabel,
        ${bucketStart[interval]} AS bucket
      FROM ${figures}
      ${whereClause(figureFilterSql({ ...filter, cumulative: true }), sql`${figures.date} IS NOT NULL`)}
    )
    ORDER BY bucket, id`;
}
