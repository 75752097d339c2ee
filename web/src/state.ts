// The dashboard's whole view lives in the URL. The filter part uses the same parameter names as
// /export/figures.csv, so the CSV link is the filter part of the page's own URL.

export type Interval = 'day' | 'week' | 'month';
export type Measure = 'max' | 'sum' | 'count';
export type SortKey = 'date' | 'value';
export type Scale = 'linear' | 'log';

export interface Filter {
  /** Lower-case category names (`deaths`, `military_assets`); empty means every category. */
  categories: string[];
  /** `YYYY-MM-DD` bounds, inclusive. */
  from: string | null;
  to: string | null;
  publisher: string | null;
  /** Words searched for in the figures' sentences. */
  q: string | null;
}

/**
 * A point on the chart: one bucket of one category, either of one of its running totals (`series` is the
 * toll's key, `RunningTotal.key`) or of its events.
 */
export interface PointRef {
  category: string;
  kind: 'total' | 'event';
  series?: string;
  date: string;
}

/** Which running totals are drawn: the largest few of each category, or all. */
export type TotalsShown = 'top' | 'all';

export interface ViewState {
  filter: Filter;
  interval: Interval;
  /** How the events of one bucket are combined; running totals always show the largest. */
  measure: Measure;
  /** A log scale keeps small counts readable beside large totals. */
  scale: Scale;
  totals: TotalsShown;
  point: PointRef | null;
  /** The document open in the document view, and the figure selected in it (database ids). */
  doc: string | null;
  figure: string | null;
  sort: SortKey;
  descending: boolean;
}

export const DEFAULT_STATE: ViewState = {
  filter: { categories: [], from: null, to: null, publisher: null, q: null },
  interval: 'day',
  measure: 'max',
  scale: 'linear',
  totals: 'top',
  point: null,
  doc: null,
  figure: null,
  sort: 'date',
  descending: true,
};

/** What a first visit with an empty URL shows: the category people come for. */
export const LANDING_CATEGORIES = ['deaths'];

const INTERVALS: Interval[] = ['day', 'week', 'month'];
const MEASURES: Measure[] = ['max', 'sum', 'count'];
const SORT_KEYS: SortKey[] = ['date', 'value'];
const SCALES: Scale[] = ['linear', 'log'];
const TOTALS: TotalsShown[] = ['top', 'all'];
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const CATEGORY = /^[a-z_]+$/;

function oneOf<T extends string>(value: string | null, allowed: T[], fallback: T): T {
  return allowed.includes(value as T) ? (value as T) : fallback;
}

function day(value: string | null): string | null {
  return value && DAY.test(value) ? value : null;
}

function text(value: string | null): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}

/** `deaths.event.2025-11-29`, or with a running total's series `deaths.total.people.cause-strikes.2026-01-03`. */
function parsePoint(value: string | null): PointRef | null {
  const match = /^([a-z_]+)\.(total|event)\.(?:([a-z0-9][a-z0-9.-]*)\.)?(\d{4}-\d{2}-\d{2})$/.exec(
    value ?? '',
  );
  if (!match) return null;
  const point: PointRef = { category: match[1], kind: match[2] as PointRef['kind'], date: match[4] };
  if (match[3] && point.kind === 'total') point.series = match[3];
  return point;
}

function pointParam(point: PointRef): string {
  return [point.category, point.kind, point.series, point.date].filter(Boolean).join('.');
}

/** Reads a view from a query string. Unknown or malformed values fall back to the defaults. */
export function parseState(search: string): ViewState {
  const params = new URLSearchParams(search);
  const categories = [
    ...new Set(
      params
        .getAll('category')
        .map((c) => c.trim().toLowerCase())
        .filter((c) => CATEGORY.test(c)),
    ),
  ];
  const sort = params.get('sort') ?? '';
  return {
    filter: {
      categories,
      from: day(params.get('from')),
      to: day(params.get('to')),
      publisher: text(params.get('publisher')),
      q: text(params.get('q')),
    },
    interval: oneOf(params.get('interval'), INTERVALS, DEFAULT_STATE.interval),
    measure: oneOf(params.get('measure'), MEASURES, DEFAULT_STATE.measure),
    scale: oneOf(params.get('scale'), SCALES, DEFAULT_STATE.scale),
    totals: oneOf(params.get('totals'), TOTALS, DEFAULT_STATE.totals),
    point: parsePoint(params.get('point')),
    doc: text(params.get('doc')),
    figure: text(params.get('figure')),
    sort: oneOf(sort.replace(/^-/, ''), SORT_KEYS, DEFAULT_STATE.sort),
    descending: sort ? sort.startsWith('-') : DEFAULT_STATE.descending,
  };
}

/** The filter alone as URL parameters: the names /export/figures.csv takes. */
export function filterParams(filter: Filter): URLSearchParams {
  const params = new URLSearchParams();
  for (const category of filter.categories) params.append('category', category);
  if (filter.from) params.set('from', filter.from);
  if (filter.to) params.set('to', filter.to);
  if (filter.publisher) params.set('publisher', filter.publisher);
  if (filter.q) params.set('q', filter.q);
  return params;
}

/**
 * Writes a view as a query string, in a fixed order. `interval` is always written so that a view with no
 * filter at all ("every category") is not mistaken for a first visit on reload.
 */
export function serializeState(state: ViewState): string {
  const params = filterParams(state.filter);
  params.set('interval', state.interval);
  if (state.measure !== DEFAULT_STATE.measure) params.set('measure', state.measure);
  if (state.scale !== DEFAULT_STATE.scale) params.set('scale', state.scale);
  if (state.totals !== DEFAULT_STATE.totals) params.set('totals', state.totals);
  if (state.sort !== DEFAULT_STATE.sort || state.descending !== DEFAULT_STATE.descending) {
    params.set('sort', `${state.descending ? '-' : ''}${state.sort}`);
  }
  if (state.point) params.set('point', pointParam(state.point));
  if (state.doc) params.set('doc', state.doc);
  if (state.figure) params.set('figure', state.figure);
  return `?${params}`;
}

/** The view a URL shows, with the landing categories on a first visit (an empty query string). */
export function stateFromLocation(search: string): ViewState {
  const state = parseState(search);
  if (search === '' || search === '?') state.filter.categories = [...LANDING_CATEGORIES];
  return state;
}

/** The CSV export of exactly what the filter selects. */
export function csvHref(filter: Filter): string {
  const params = filterParams(filter).toString();
  return `/export/figures.csv${params ? `?${params}` : ''}`;
}

export function samePoint(a: PointRef | null, b: PointRef | null): boolean {
  return (
    a === b ||
    (!!a &&
      !!b &&
      a.category === b.category &&
      a.kind === b.kind &&
      (a.series ?? null) === (b.series ?? null) &&
      a.date === b.date)
  );
}

export function sameFilter(a: Filter, b: Filter): boolean {
  return filterParams(a).toString() === filterParams(b).toString();
}
