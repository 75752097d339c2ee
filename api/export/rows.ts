import type { Statement } from 'better-sqlite3';
import { and, count, eq, fillPlaceholders, gt, lte, max, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { documents, figures } from '../db/schema.ts';

/**
 * The figure's date as a day, as the GraphQL API gives it: a month-precision date (stored `YYYY-MM`)
 * becomes the first of its month, and `date_precision` says it is a month.
 */
const dayOfFigure = sql<
  string | null
>`(CASE WHEN length(${figures.date}) = 7 THEN ${figures.date} || '-01' ELSE ${figures.date} END)`;

/** How each exported column is written: numbers bare, booleans as true/false, text quoted and defused. */
export type ColumnKind = 'number' | 'boolean' | 'text';

/** The exported columns, in file order: the figure, then the document it came from. */
export const EXPORT_COLUMNS = [
  { name: 'figure_id', kind: 'number', source: figures.id },
  { name: 'value', kind: 'number', source: figures.value },
  { name: 'value_max', kind: 'number', source: figures.valueMax },
  { name: 'qualifier', kind: 'text', source: figures.qualifier },
  { name: 'unit', kind: 'text', source: figures.unit },
  { name: 'category', kind: 'text', source: figures.category },
  { name: 'date', kind: 'text', source: dayOfFigure },
  { name: 'date_precision', kind: 'text', source: figures.datePrecision },
  { name: 'cumulative', kind: 'boolean', source: figures.cumulative },
  { name: 'text', kind: 'text', source: figures.text },
  { name: 'sentence', kind: 'text', source: figures.sentence },
  { name: 'start', kind: 'number', source: figures.start },
  { name: 'end', kind: 'number', source: figures.end },
  { name: 'document_id', kind: 'number', source: documents.id },
  { name: 'title', kind: 'text', source: documents.title },
  { name: 'publisher', kind: 'text', source: documents.publisher },
  { name: 'url', kind: 'text', source: documents.url },
  { name: 'published', kind: 'text', source: documents.publishedAt },
] as const satisfies readonly { name: string; kind: ColumnKind; source: unknown }[];

/** One exported row as SQLite returns it: values in `EXPORT_COLUMNS` order, `cumulative` as 0 or 1. */
export type ExportRow = (string | number | null)[];

/** Rows read per query: enough that the per-query cost vanishes, few enough that a page takes about 10 ms. */
export const DEFAULT_PAGE_SIZE = 1000;

/** Ids counted per COUNT step, so that counting a large selection also yields to the event loop. */
const COUNT_STEP = 200_000;

/**
 * The figures matching `where`, read in pages by id. The selection is fixed when it is opened: figures
 * ingested later have larger ids and are left out, so `count()` and the rows always agree.
 */
export interface FigureSelection {
  /** Rows in the selection, counted in id steps so that no single query blocks for long. */
  count(): Promise<number>;
  /** The next page of rows after `afterId` (0 for the first), at most `pageSize` of them. */
  page(afterId: number): ExportRow[];
}

export function openSelection(db: Db, where: SQL | undefined, pageSize = DEFAULT_PAGE_SIZE): FigureSelection {
  const lastId =
    db
      .select({ lastId: max(figures.id) })
      .from(figures)
      .get()?.lastId ?? 0;
  const after = sql.placeholder('after');
  const upTo = sql.placeholder('upTo');

  const pageQuery = db
    .select(Object.fromEntries(EXPORT_COLUMNS.map((c) => [c.name, c.source])))
    .from(figures)
    .innerJoin(documents, eq(figures.documentId, documents.id))
    .where(and(where, gt(figures.id, after), lte(figures.id, lastId)))
    .orderBy(figures.id)
    .limit(pageSize)
    .toSQL();
  const countQuery = db
    .select({ rows: count() })
    .from(figures)
    .innerJoin(documents, eq(figures.documentId, documents.id))
    .where(and(where, gt(figures.id, after), lte(figures.id, upTo)))
    .toSQL();

  // Raw better-sqlite3 statements: drizzle's row mapping would cost more than writing the CSV itself,
  // and each page is read to its end at once, so no statement stays open across an await.
  const pageStatement = db.$client.prepare(pageQuery.sql).raw() as Statement<unknown[], ExportRow>;
  const countStatement = db.$client.prepare(countQuery.sql).pluck() as Statement<unknown[], number>;

  return {
    async count() {
      let rows = 0;
      for (let from = 0; from < lastId; from += COUNT_STEP) {
        rows += countStatement.get(
          ...fillPlaceholders(countQuery.params, { after: from, upTo: Math.min(from + COUNT_STEP, lastId) }),
        )!;
        await new Promise(setImmediate);
      }
      return rows;
    },
    page(afterId) {
      return pageStatement.all(...fillPlaceholders(pageQuery.params, { after: afterId }));
    },
  };
}
