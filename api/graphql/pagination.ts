// Relay cursor pagination over keyset queries: a page never skips or repeats rows when rows are added,
// because the cursor holds the last row's sort key and id rather than an offset.
import { type SQL, sql } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import { GraphQLError } from 'graphql';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

export interface PageArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

/** One way to sort rows: by an optional key column, then always by id, both in the same direction. */
export interface Ordering<Row> {
  /** The GraphQL enum name, kept in cursors so that a cursor is not reused under another order. */
  name: string;
  descending: boolean;
  key?: { column: SQLiteColumn; read: (row: Row) => string | number | null };
}

export interface Connection<Row> {
  edges: { cursor: string; node: Row }[];
  pageInfo: {
    hasNextPage: boolean;
    hasPreviousPage: boolean;
    startCursor: string | null;
    endCursor: string | null;
  };
  totalCount: () => number;
}

type CursorKey = string | number | null;

function badInput(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });
}

function encodeCursor(ordering: Ordering<unknown>, key: CursorKey, id: number): string {
  return Buffer.from(JSON.stringify([ordering.name, key, id])).toString('base64url');
}

function decodeCursor(cursor: string, ordering: Ordering<unknown>): { key: CursorKey; id: number } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    parsed = null;
  }
  if (
    !Array.isArray(parsed) ||
    parsed.length !== 3 ||
    typeof parsed[0] !== 'string' ||
    !(parsed[1] === null || typeof parsed[1] === 'string' || typeof parsed[1] === 'number') ||
    !Number.isSafeInteger(parsed[2])
  ) {
    throw badInput(`the cursor "${cursor.slice(0, 60)}" was not given out by this API`);
  }
  if (parsed[0] !== ordering.name) {
    throw badInput(`the cursor belongs to orderBy ${parsed[0]}, not ${ordering.name}`);
  }
  return { key: parsed[1], id: parsed[2] };
}

function checkSize(name: string, size: number | null | undefined): void {
  if (size != null && (!Number.isInteger(size) || size < 0 || size > MAX_PAGE_SIZE)) {
    throw badInput(`"${name}" must be between 0 and ${MAX_PAGE_SIZE}, not ${size}`);
  }
}

/**
 * Rows strictly beyond (key, id) when walking in the given direction. SQLite sorts NULL before every
 * value, so NULL keys come first ascending and last descending.
 */
function beyond(
  idColumn: SQLiteColumn,
  key: Ordering<unknown>['key'],
  at: { key: CursorKey; id: number },
  descending: boolean,
): SQL {
  const idBeyond = descending ? sql`${idColumn} < ${at.id}` : sql`${idColumn} > ${at.id}`;
  if (!key) return idBeyond;
  const column = key.column;
  if (at.key === null) {
    return descending
      ? sql`(${column} IS NULL AND ${idBeyond})`
      : sql`((${column} IS NULL AND ${idBeyond}) OR ${column} IS NOT NULL)`;
  }
  const keyBeyond = descending ? sql`${column} < ${at.key}` : sql`${column} > ${at.key}`;
  const tail = descending ? sql` OR ${column} IS NULL` : sql``;
  return sql`(${keyBeyond} OR (${column} = ${at.key} AND ${idBeyond})${tail})`;
}

/**
 * Validates Relay arguments and fetches one page. `fetch` receives the extra condition for the cursor,
 * the ORDER BY clause and the row limit (one more than the page, to learn whether another follows).
 */
export function paginate<Row extends { id: number }>(
  args: PageArgs,
  options: {
    ordering: Ordering<Row>;
    idColumn: SQLiteColumn;
    fetch: (cursorCondition: SQL | undefined, orderBy: SQL, limit: number) => Row[];
    count: () => number;
  },
): Connection<Row> {
  const { ordering, idColumn } = options;
  checkSize('first', args.first);
  checkSize('last', args.last);
  if (args.first != null && args.last != null) throw badInput('give "first" or "last", not both');
  if (args.after != null && args.before != null) throw badInput('give "after" or "before", not both');
  const backward = args.last != null || (args.before != null && args.first == null);
  const size = (backward ? args.last : args.first) ?? DEFAULT_PAGE_SIZE;
  const cursor = backward ? args.before : args.after;
  const at = cursor != null ? decodeCursor(cursor, ordering as Ordering<unknown>) : null;

  // Walking backward is walking forward in the reverse order, then flipping the page.
  const descending = ordering.descending !== backward;
  const direction = descending ? sql`DESC` : sql`ASC`;
  const orderBy = ordering.key
    ? sql`ORDER BY ${ordering.key.column} ${direction}, ${idColumn} ${direction}`
    : sql`ORDER BY ${idColumn} ${direction}`;
  const condition = at
    ? beyond(idColumn, ordering.key as Ordering<unknown>['key'], at, descending)
    : undefined;
  const rows = size === 0 ? [] : options.fetch(condition, orderBy, size + 1);
  const more = rows.length > size;
  const page = rows.slice(0, size);
  if (backward) page.reverse();

  let total: number | undefined;
  const edges = page.map((node) => ({
    cursor: encodeCursor(
      ordering as Ordering<unknown>,
      ordering.key ? ordering.key.read(node) : null,
      node.id,
    ),
    node,
  }));
  return {
    edges,
    pageInfo: {
      hasNextPage: backward ? cursor != null : more,
      hasPreviousPage: backward ? more : cursor != null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount: () => (total ??= options.count()),
  };
}
