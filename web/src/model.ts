// Pure: turns the API's series buckets, and the figures behind them, into what the chart draws.
import type { ChartPoint, ChartSeries } from './chart.ts';
import { formatCategory, isLowerBound, type Qualifier } from './format.ts';
import type { Measure, PointRef } from './state.ts';

/** The parts of a figure that decide how its bucket is drawn, and which bucket that is. */
export interface FigureShape {
  /** Which running total's bucket it is in, by `Bucket.figureIds`. */
  databaseId?: number;
  value: number;
  valueMax: number | null;
  qualifier: Qualifier;
  /** Upper-case, as the API gives it. */
  category: string;
  cumulative: boolean;
  /** `YYYY-MM-DD` (a month-precision figure gives the first of its month). */
  date: string | null;
}

export interface Bucket {
  /** First and last day of the bucket, `YYYY-MM-DD`. */
  start: string;
  end: string;
  value: number;
  /** The figures behind a running total's bucket: a category holds several tolls, each its own series. */
  figureIds?: number[];
}

export interface CategorySeries {
  category: string;
  kind: PointRef['kind'];
  /** A running total's toll: `RunningTotal.key` and `.label` (`people in strikes`). */
  series?: string;
  subject?: string;
  buckets: Bucket[];
}

const PALETTE = [
  '#c2410c',
  '#1d4ed8',
  '#047857',
  '#7c3aed',
  '#b91c1c',
  '#0e7490',
  '#a16207',
  '#be185d',
  '#4b5563',
];
/** Every category the API knows (its Category enum), in the order the colours are given. */
export const CATEGORIES = [
  'deaths',
  'injuries',
  'strikes',
  'troops',
  'military_assets',
  'displaced',
  'money',
  'poll',
  'other',
];

/** A fixed colour per category, so a category keeps its colour when others are added or removed. */
export function categoryColor(category: string): string {
  const known = CATEGORIES.indexOf(category);
  if (known >= 0) return PALETTE[known];
  let hash = 0;
  for (const char of category) hash = (hash * 31 + char.charCodeAt(0)) | 0;
  return PALETTE[Math.abs(hash) % PALETTE.length];
}

/** `YYYY-MM-DD` (or `YYYY-MM`) as local midnight in milliseconds, which is how the time axis reads dates. */
export function dayToTime(date: string): number {
  const [year, month, day] = date.split('-').map(Number);
  return new Date(year, month - 1, day || 1).getTime();
}

/**
 * How a bucket's value should be read, from the hedged figures behind it (every other figure is exact).
 * With `max` the largest figure decides; with `sum` any lower bound makes the sum a lower bound and ranges
 * widen it; a count is exact.
 */
export function bucketShape(
  bucket: Bucket,
  behind: readonly FigureShape[],
  measure: Measure,
): Pick<ChartPoint, 'lowerBound' | 'approximate' | 'yMax'> {
  if (measure === 'count' || !behind.length) return { lowerBound: false, approximate: false, yMax: null };
  const deciding = measure === 'max' ? behind.filter((f) => f.value === bucket.value) : behind;
  const widths = deciding.map((f) => Math.max(0, (f.valueMax ?? f.value) - f.value));
  const extra = measure === 'max' ? Math.max(0, ...widths) : widths.reduce((sum, w) => sum + w, 0);
  return {
    lowerBound: deciding.some((f) => isLowerBound(f.qualifier)),
    approximate: deciding.some((f) => f.qualifier === 'APPROXIMATELY'),
    yMax: extra > 0 ? bucket.value + extra : null,
  };
}

const KIND_LABELS: Record<PointRef['kind'], string> = {
  total: 'running total',
  event: 'reported events',
};

/** "Deaths · reported events"; a running total names its toll: "Deaths — people in strikes (running total)". */
export function seriesLabel(category: string, kind: PointRef['kind'], subject?: string | null): string {
  if (kind === 'total' && subject) return `${formatCategory(category)} — ${subject} (${KIND_LABELS.total})`;
  return `${formatCategory(category)} · ${KIND_LABELS[kind]}`;
}

/**
 * The hedged figures that fall in a bucket of one series: same category, same kind, dated within the
 * bucket's days, which is how the API defines the figures behind a point; a running total's bucket names
 * its figures.
 */
export function figuresInBucket(
  series: Pick<CategorySeries, 'category' | 'kind'>,
  bucket: Bucket,
  figures: readonly FigureShape[],
): FigureShape[] {
  if (bucket.figureIds) {
    const ids = new Set(bucket.figureIds);
    return figures.filter((f) => f.databaseId != null && ids.has(f.databaseId));
  }
  const category = series.category.toUpperCase();
  const cumulative = series.kind === 'total';
  return figures.filter(
    (f) =>
      f.category === category &&
      f.cumulative === cumulative &&
      f.date != null &&
      f.date >= bucket.start &&
      f.date <= bucket.end,
  );
}

/** The hedged figures of one series, grouped by bucket in one pass over both (each sorted by day). */
function hedgedByBucket(series: CategorySeries, hedged: readonly FigureShape[]): FigureShape[][] {
  if (series.buckets.some((b) => b.figureIds)) {
    return series.buckets.map((bucket) => figuresInBucket(series, bucket, hedged));
  }
  const category = series.category.toUpperCase();
  const cumulative = series.kind === 'total';
  const own = hedged
    .filter((f) => f.category === category && f.cumulative === cumulative && f.date != null)
    .sort((a, b) => (a.date! < b.date! ? -1 : a.date! > b.date! ? 1 : 0));
  let next = 0;
  return series.buckets.map((bucket) => {
    while (next < own.length && own[next].date! < bucket.start) next++;
    const inside: FigureShape[] = [];
    while (next < own.length && own[next].date! <= bucket.end) inside.push(own[next++]);
    return inside;
  });
}

/** How many running totals of one category are drawn before the rest are asked for. */
export const TOP_TOTALS = 3;

/**
 * The running totals to draw among one category's (given largest first): the first `limit`, or all. A
 * selected point's series is always drawn, so a shared link shows what it points at.
 */
export function visibleTotals<T extends Pick<CategorySeries, 'series'>>(
  totals: readonly T[],
  limit: number,
  showAll: boolean,
  selected?: PointRef | null,
): { shown: T[]; hidden: number } {
  if (showAll || totals.length <= limit) return { shown: [...totals], hidden: 0 };
  const shown = totals.filter(
    (t, i) =>
      i < limit || (selected?.kind === 'total' && selected.series != null && t.series === selected.series),
  );
  return { shown, hidden: totals.length - shown.length };
}

/** Line patterns that tell a category's running totals apart; the colour stays the category's. */
export const DASHES: number[][] = [[], [8, 4], [2, 3], [12, 3, 2, 3]];

/**
 * The chart's series: one per category and kind that has points (a running total per toll), totals
 * before events. A category's running totals take the dash patterns in order.
 */
export function toChartSeries(
  results: CategorySeries[],
  hedged: readonly FigureShape[],
  measure: Measure,
): ChartSeries[] {
  const totalsSeen = new Map<string, number>();
  return results
    .filter((r) => r.buckets.length > 0)
    .map((r) => {
      const behind = hedgedByBucket(r, hedged);
      const nth = r.kind === 'total' ? (totalsSeen.get(r.category) ?? 0) : 0;
      if (r.kind === 'total') totalsSeen.set(r.category, nth + 1);
      return {
        label: seriesLabel(r.category, r.kind, r.subject),
        kind: r.kind,
        color: categoryColor(r.category),
        dash: DASHES[nth % DASHES.length],
        points: r.buckets.map((bucket, i) => {
          const ref: PointRef = { category: r.category, kind: r.kind, date: bucket.start };
          if (r.series) ref.series = r.series;
          return {
            x: dayToTime(bucket.start),
            y: bucket.value,
            ...bucketShape(bucket, behind[i], r.kind === 'total' ? 'max' : measure),
            ref,
          };
        }),
      };
    });
}
