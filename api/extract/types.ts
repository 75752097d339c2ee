/** The closed list of categories from the gold specification (tests/fixtures/gold/README.md). */
export const CATEGORIES = [
  'strikes',
  'deaths',
  'injuries',
  'troops',
  'military_assets',
  'poll',
  'money',
  'displaced',
  'other',
] as const;
export type Category = (typeof CATEGORIES)[number];

export const QUALIFIERS = [
  'exact',
  'approximately',
  'at_least',
  'more_than',
  'at_most',
  'less_than',
  'range',
] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

export type DatePrecision = 'day' | 'month';

/** One figure found in a text. Offsets are JavaScript string indices, end exclusive. */
export interface ExtractedFigure {
  start: number;
  end: number;
  /** The number expression with its qualifier words, exactly `text.slice(start, end)`. */
  text: string;
  value: number;
  /** Upper bound, only for a range. */
  valueMax: number | null;
  qualifier: Qualifier;
  /** What is counted, as a short plural noun (`people`, `troops`, `percent`, `USD`). */
  unit: string | null;
  category: Category;
  /** `YYYY-MM-DD` or `YYYY-MM`, matching `datePrecision`. */
  date: string | null;
  datePrecision: DatePrecision | null;
  cumulative: boolean;
  sentence: string;
}

export interface ExtractOptions {
  /** Publication date `YYYY-MM-DD`, the reference for relative dates. */
  published?: string | null;
}
