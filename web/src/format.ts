// Pure formatting for the dashboard: numbers, qualifiers, dates and highlighted text. No DOM here, so
// every function is unit-tested in tests/web/format.test.ts.

export type Qualifier =
  | 'EXACT'
  | 'APPROXIMATELY'
  | 'AT_LEAST'
  | 'MORE_THAN'
  | 'AT_MOST'
  | 'LESS_THAN'
  | 'RANGE';
export type DatePrecision = 'DAY' | 'MONTH';

const whole = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
const compact = new Intl.NumberFormat('en-US', { notation: 'compact', maximumFractionDigits: 1 });

/** 1234567 → "1,234,567"; 2.5 → "2.5". */
export function formatNumber(value: number): string {
  return whole.format(value);
}

/** For axis ticks: 8000000 → "8M", 1200 → "1.2K", 95 → "95". */
export function formatCompact(value: number): string {
  return compact.format(value);
}

const QUALIFIER_SIGNS: Record<Qualifier, string> = {
  EXACT: '',
  APPROXIMATELY: '~',
  AT_LEAST: '≥ ',
  MORE_THAN: '> ',
  AT_MOST: '≤ ',
  LESS_THAN: '< ',
  RANGE: '',
};

const QUALIFIER_WORDS: Record<Qualifier, string> = {
  EXACT: 'exactly',
  APPROXIMATELY: 'about',
  AT_LEAST: 'at least',
  MORE_THAN: 'more than',
  AT_MOST: 'at most',
  LESS_THAN: 'fewer than',
  RANGE: 'between',
};

/** "at least", "more than", ... as a reader would say it. */
export function qualifierWords(qualifier: Qualifier): string {
  return QUALIFIER_WORDS[qualifier] ?? qualifier.toLowerCase().replace(/_/g, ' ');
}

/** True when the stated value is only a floor: the real number may be higher. */
export function isLowerBound(qualifier: Qualifier): boolean {
  return qualifier === 'AT_LEAST' || qualifier === 'MORE_THAN';
}

/** A figure's value as it was stated: "≥ 95", "> 1,200", "~15,000", "10–20", "3". */
export function formatFigureValue(figure: {
  value: number;
  valueMax?: number | null;
  qualifier: Qualifier;
}): string {
  if (figure.valueMax != null && figure.valueMax !== figure.value) {
    return `${formatNumber(figure.value)}–${formatNumber(figure.valueMax)}`;
  }
  return `${QUALIFIER_SIGNS[figure.qualifier] ?? ''}${formatNumber(figure.value)}`;
}

/** The value with its unit: "≥ 95 people", "$50,000,000" for money in USD. */
export function formatFigureWithUnit(figure: {
  value: number;
  valueMax?: number | null;
  qualifier: Qualifier;
  unit?: string | null;
}): string {
  const value = formatFigureValue(figure);
  if (figure.unit === 'USD') return value.replace(/(\d)/, '$$$1');
  if (figure.unit === 'percent') return `${value}%`;
  return figure.unit ? `${value} ${figure.unit}` : value;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * A `YYYY-MM-DD` or `YYYY-MM` date as people read it, to the precision it was known:
 * "13 Dec 2025", "Dec 2025"; "undated" when there is none.
 */
export function formatDate(date: string | null | undefined, precision?: DatePrecision | null): string {
  if (!date) return 'undated';
  const match = /^(\d{4})-(\d{2})(?:-(\d{2}))?/.exec(date);
  if (!match) return date;
  const [, year, month, day] = match;
  const monthName = MONTHS[Number(month) - 1] ?? month;
  if (!day || precision === 'MONTH') return `${monthName} ${year}`;
  return `${Number(day)} ${monthName} ${year}`;
}

/** A series bucket's label: the day, "week of 8 Dec 2025" or "Dec 2025". */
export function formatBucket(date: string, interval: 'day' | 'week' | 'month'): string {
  if (interval === 'month') return formatDate(date, 'MONTH');
  if (interval === 'week') return `week of ${formatDate(date, 'DAY')}`;
  return formatDate(date, 'DAY');
}

/** DEATHS or deaths → "Deaths"; MILITARY_ASSETS → "Military assets". */
export function formatCategory(category: string): string {
  const words = category.toLowerCase().replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** 1 → "1 figure", 3 → "3 figures". */
export function plural(count: number, noun: string, nouns = `${noun}s`): string {
  return `${formatNumber(count)} ${count === 1 ? noun : nouns}`;
}

export interface Segment {
  text: string;
  /** Index into the marks given, for the highlighted parts; absent for plain text. */
  mark?: number;
}

/**
 * Cuts a text into plain and highlighted segments. `marks` are [start, end) offsets into `text`; overlapping
 * or out-of-range marks are skipped rather than breaking the text.
 */
export function segmentText(text: string, marks: { start: number; end: number }[]): Segment[] {
  const order = marks
    .map((mark, index) => ({ ...mark, index }))
    .filter((m) => m.start >= 0 && m.end <= text.length && m.start < m.end)
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const segments: Segment[] = [];
  let cursor = 0;
  for (const m of order) {
    if (m.start < cursor) continue;
    if (m.start > cursor) segments.push({ text: text.slice(cursor, m.start) });
    segments.push({ text: text.slice(m.start, m.end), mark: m.index });
    cursor = m.end;
  }
  if (cursor < text.length) segments.push({ text: text.slice(cursor) });
  return segments;
}

/**
 * Where a figure's words sit in its sentence. The document offsets are preferred (they tell which of two
 * identical words is meant) and the first occurrence is the fallback.
 */
export function locateInSentence(
  sentence: string,
  figureText: string,
  document?: { text: string; start: number },
): { start: number; end: number } | null {
  if (document) {
    const sentenceStart = document.text.lastIndexOf(sentence, document.start);
    if (sentenceStart >= 0 && document.start - sentenceStart + figureText.length <= sentence.length) {
      const start = document.start - sentenceStart;
      return { start, end: start + figureText.length };
    }
  }
  const start = sentence.indexOf(figureText);
  return start < 0 ? null : { start, end: start + figureText.length };
}
