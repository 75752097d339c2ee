// One filter for every surface that lists figures: the GraphQL `figures` and `series` queries, the CSV and
// JSONL export and the dashboard's URL. Parse it with `parseFigureFilter`, turn it into SQL with
// `figureFilterSql`, write it back into a URL with `figureFilterToSearchParams`.
import { and, eq, gte, inArray, lte, type SQL, sql } from 'drizzle-orm';
import { documents, figures } from './db/schema.ts';
import { CATEGORIES, type Category, QUALIFIERS, type Qualifier } from './extract/types.ts';

export interface FigureFilter {
  /** Any of these categories. */
  categories?: Category[];
  /** First day included, `YYYY-MM-DD`. A month-precision figure counts as the first day of its month. */
  from?: string;
  /** Last day included, `YYYY-MM-DD`. */
  to?: string;
  /** Any of these document ids. */
  documents?: number[];
  /** Exact publisher name. */
  publisher?: string;
  qualifier?: Qualifier;
  cumulative?: boolean;
  /** Lowest `value` included. */
  minValue?: number;
  /** Highest `value` included. */
  maxValue?: number;
  /** Case-insensitive substring of the figure's sentence. */
  q?: string;
}

/** The URL search parameter names, shared by the dashboard URL, the export URLs and GraphQL's filter. */
export const FILTER_PARAMS = [
  'category',
  'from',
  'to',
  'document',
  'publisher',
  'qualifier',
  'cumulative',
  'min',
  'max',
  'q',
] as const;

export const MAX_QUERY_LENGTH = 200;
export const MAX_PUBLISHER_LENGTH = 200;
export const MAX_LIST_LENGTH = 100;

/** A filter that cannot be used; `problems` holds one sentence per bad parameter. */
export class FilterError extends Error {
  override name = 'FilterError';
  constructor(readonly problems: string[]) {
    super(problems.join('; '));
  }
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const MONTH = /^\d{4}-\d{2}$/;

function isRealDay(day: string): boolean {
  if (!DAY.test(day)) return false;
  const date = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(day);
}

/** `YYYY-MM-DD` stays; `YYYY-MM` becomes its first or last day. Null when the text is no valid date. */
function dayOf(text: string, end: 'first' | 'last'): string | null {
  if (isRealDay(text)) return text;
  if (!MONTH.test(text)) return null;
  const [year, month] = text.split('-').map(Number);
  if (month < 1 || month > 12) return null;
  const day = end === 'first' ? 1 : new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${text}-${String(day).padStart(2, '0')}`;
}

/**
 * Checks a filter built in code or from GraphQL input, and returns it without empty fields. Throws a
 * FilterError naming every problem.
 */
export function validateFigureFilter(filter: FigureFilter): FigureFilter {
  const problems: string[] = [];
  const clean: FigureFilter = {};
  if (filter.categories?.length) {
    const unknown = filter.categories.filter((c) => !CATEGORIES.includes(c));
    if (unknown.length)
      problems.push(`unknown category ${unknown.join(', ')} (known: ${CATEGORIES.join(', ')})`);
    else if (filter.categories.length > MAX_LIST_LENGTH)
      problems.push(`at most ${MAX_LIST_LENGTH} categories`);
    else clean.categories = [...new Set(filter.categories)];
  }
  for (const key of ['from', 'to'] as const) {
    const value = filter[key];
    if (value == null || value === '') continue;
    if (isRealDay(value)) clean[key] = value;
    else problems.push(`"${key}" must be a day written YYYY-MM-DD, not "${value}"`);
  }
  if (clean.from && clean.to && clean.from > clean.to) {
    problems.push(`"from" (${clean.from}) is after "to" (${clean.to})`);
  }
  if (filter.documents?.length) {
    if (filter.documents.some((id) => !Number.isSafeInteger(id) || id < 1))
      problems.push('document ids must be positive whole numbers');
    else if (filter.documents.length > MAX_LIST_LENGTH) problems.push(`at most ${MAX_LIST_LENGTH} documents`);
    else clean.documents = [...new Set(filter.documents)];
  }
  if (filter.publisher != null && filter.publisher !== '') {
    if (filter.publisher.length > MAX_PUBLISHER_LENGTH)
      problems.push(`"publisher" is longer than ${MAX_PUBLISHER_LENGTH} characters`);
    else clean.publisher = filter.publisher;
  }
  if (filter.qualifier != null) {
    if (QUALIFIERS.includes(filter.qualifier)) clean.qualifier = filter.qualifier;
    else problems.push(`unknown qualifier ${filter.qualifier} (known: ${QUALIFIERS.join(', ')})`);
  }
  if (filter.cumulative != null) clean.cumulative = filter.cumulative;
  for (const key of ['minValue', 'maxValue'] as const) {
    const value = filter[key];
    if (value == null) continue;
    if (Number.isFinite(value)) clean[key] = value;
    else problems.push(`"${key === 'minValue' ? 'min' : 'max'}" must be a finite number`);
  }
  if (clean.minValue != null && clean.maxValue != null && clean.minValue > clean.maxValue) {
    problems.push(`"min" (${clean.minValue}) is greater than "max" (${clean.maxValue})`);
  }
  if (filter.q != null && filter.q.trim() !== '') {
    if (filter.q.length > MAX_QUERY_LENGTH)
      problems.push(`"q" is longer than ${MAX_QUERY_LENGTH} characters`);
    else clean.q = filter.q.trim();
  }
  if (problems.length) throw new FilterError(problems);
  return clean;
}

/**
 * Reads a filter from URL search parameters (`category` and `document` repeatable; enum values in any
 * case; `from`/`to` as `YYYY-MM-DD` or a whole month `YYYY-MM`). Unknown parameters are ignored, since
 * URLs also carry other state. Throws a FilterError naming every bad parameter.
 */
export function parseFigureFilter(params: URLSearchParams): FigureFilter {
  const problems: string[] = [];
  const raw: FigureFilter = {};
  const single = (name: string): string | undefined => {
    const values = params.getAll(name).filter((v) => v.trim() !== '');
    if (values.length > 1) problems.push(`"${name}" is given ${values.length} times; give it once`);
    return values[0]?.trim();
  };

  const listOf = (name: string) =>
    params
      .getAll(name)
      .flatMap((v) => v.split(','))
      .map((v) => v.trim())
      .filter(Boolean);

  const categories = listOf('category');
  if (categories.length) raw.categories = categories.map((c) => c.toLowerCase()) as Category[];

  const from = single('from');
  if (from) raw.from = dayOf(from, 'first') ?? from;
  const to = single('to');
  if (to) raw.to = dayOf(to, 'last') ?? to;

  const docs = listOf('document');
  if (docs.length) {
    if (docs.every((d) => /^\d+$/.test(d))) raw.documents = docs.map(Number);
    else problems.push(`"document" must be document ids (whole numbers), not "${docs.join(',')}"`);
  }

  const publisher = single('publisher');
  if (publisher) raw.publisher = publisher;

  const qualifier = single('qualifier');
  if (qualifier) raw.qualifier = qualifier.toLowerCase() as Qualifier;

  const cumulative = single('cumulative');
  if (cumulative) {
    if (/^(true|1|yes)$/i.test(cumulative)) raw.cumulative = true;
    else if (/^(false|0|no)$/i.test(cumulative)) raw.cumulative = false;
    else problems.push(`"cumulative" must be true or false, not "${cumulative}"`);
  }

  for (const [name, key] of [
    ['min', 'minValue'],
    ['max', 'maxValue'],
  ] as const) {
    const text = single(name);
    if (!text) continue;
    const value = Number(text);
    if (Number.isFinite(value)) raw[key] = value;
    else problems.push(`"${name}" must be a number, not "${text}"`);
  }

  const q = params.get('q');
  if (q) raw.q = q;

  try {
    const clean = validateFigureFilter(raw);
    if (problems.length) throw new FilterError(problems);
    return clean;
  } catch (error) {
    if (error instanceof FilterError) throw new FilterError([...problems, ...error.problems]);
    throw error;
  }
}

/** Writes a filter as URL search parameters, the inverse of `parseFigureFilter`. */
export function figureFilterToSearchParams(filter: FigureFilter): URLSearchParams {
  const params = new URLSearchParams();
  for (const category of filter.categories ?? []) params.append('category', category);
  if (filter.from) params.set('from', filter.from);
  if (filter.to) params.set('to', filter.to);
  for (const id of filter.documents ?? []) params.append('document', String(id));
  if (filter.publisher) params.set('publisher', filter.publisher);
  if (filter.qualifier) params.set('qualifier', filter.qualifier);
  if (filter.cumulative != null) params.set('cumulative', String(filter.cumulative));
  if (filter.minValue != null) params.set('min', String(filter.minValue));
  if (filter.maxValue != null) params.set('max', String(filter.maxValue));
  if (filter.q) params.set('q', filter.q);
  return params;
}

/**
 * A figure's date as a day, as the API and the export give it: a month-precision date (stored `YYYY-MM`)
 * stands for the first day of its month.
 */
export const figureDay = sql<
  string | null
>`(CASE WHEN length(${figures.date}) = 7 THEN ${figures.date} || '-01' ELSE ${figures.date} END)`;

/**
 * The filter as a where-clause over `figures` (undefined when it filters nothing). Expects a validated
 * filter. Publisher filtering looks documents up in a subquery, so no join is needed.
 */
export function figureFilterSql(filter: FigureFilter): SQL | undefined {
  const conditions: (SQL | undefined)[] = [];
  if (filter.categories?.length) {
    conditions.push(
      filter.categories.length === 1
        ? eq(figures.category, filter.categories[0])
        : inArray(figures.category, filter.categories),
    );
  }
  if (filter.from) {
    // Month-precision dates are stored as `YYYY-MM`, which sorts before every day of that month; a range
    // that starts on the 1st therefore starts at the month itself.
    const lower = filter.from.endsWith('-01') ? filter.from.slice(0, 7) : filter.from;
    conditions.push(gte(figures.date, lower));
  }
  if (filter.to) conditions.push(lte(figures.date, filter.to));
  if (filter.documents?.length) conditions.push(inArray(figures.documentId, filter.documents));
  if (filter.publisher) {
    conditions.push(
      inArray(
        figures.documentId,
        sql`(SELECT ${documents.id} FROM ${documents} WHERE ${documents.publisher} = ${filter.publisher})`,
      ),
    );
  }
  if (filter.qualifier) conditions.push(eq(figures.qualifier, filter.qualifier));
  if (filter.cumulative != null) conditions.push(eq(figures.cumulative, filter.cumulative));
  if (filter.minValue != null) conditions.push(gte(figures.value, filter.minValue));
  if (filter.maxValue != null) conditions.push(lte(figures.value, filter.maxValue));
  if (filter.q) {
    const pattern = `%${filter.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    conditions.push(sql`${figures.sentence} LIKE ${pattern} ESCAPE '\\'`);
  }
  return conditions.length ? and(...conditions) : undefined;
}
