// Wires the URL state, the API and the views together. Every change of view goes through `navigate`, which
// writes the URL; `apply` then loads only what the change needs.
import './style.css';
import { ApiError, type CategorySummary, type Figure, type FullDocument, type SeriesPoint } from './api.ts';
import type { ChartPoint, FigureChart } from './chart.ts';
import { formatBucket, formatCategory, formatFigureValue, plural, qualifierWords } from './format.ts';
import {
  bucketShape,
  CATEGORIES,
  type CategorySeries,
  categoryColor,
  DASHES,
  type FigureShape,
  figuresInBucket,
  seriesLabel,
  TOP_TOTALS,
  toChartSeries,
  visibleTotals,
} from './model.ts';
import {
  type CategorySeriesPoints,
  loadDocument,
  loadFigurePage,
  loadHedgedFigures,
  loadOverview,
  loadPointFigures,
  loadSeries,
  TABLE_PAGE_SIZE,
  watchFigures,
} from './queries.ts';
import {
  type PointRef,
  type SortKey,
  sameFilter,
  samePoint,
  serializeState,
  stateFromLocation,
  type ViewState,
} from './state.ts';
import { type DocumentContent, renderDocument } from './views/document.ts';
import { h, mount } from './views/dom.ts';
import { type FilterChange, FiltersView } from './views/filters.ts';
import { type PanelActions, renderProvenance, type SelectedPoint } from './views/provenance.ts';
import { renderTable } from './views/table.ts';

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const els = {
  live: byId('live'),
  filters: byId('filters'),
  dashboard: byId('dashboard-view'),
  chartTitle: byId('chart-title'),
  chartSubtitle: byId('chart-subtitle'),
  chartOptions: byId('chart-options'),
  chartStatus: byId('chart-status'),
  canvas: byId<HTMLCanvasElement>('chart'),
  chartBox: byId('chart-box'),
  key: byId('chart-key'),
  provenance: byId('provenance'),
  table: byId('table'),
  documentView: byId('document-view'),
  toast: byId('toast'),
  chartCursor: byId('chart-cursor'),
};

type PointFigures = { figures: Figure[]; totalCount: number };
const FIRST_CHART_MARK = 'tally:first-chart';

let state: ViewState | null = null;
let categories: CategorySummary[] = [];
let publishers: string[] = [];
let series: CategorySeriesPoints[] = [];
/** Lower bounds, approximations and ranges among the charted figures. */
let hedged: FigureShape[] = [];
let hedgedComplete = true;
/** The figures behind chart points, by point; cleared whenever the charted data changes. */
let pointFigures = new Map<string, Promise<PointFigures>>();
let pointFiguresLoaded = new Map<string, PointFigures>();
/** `after` cursors of the table pages visited, so that Previous goes back exactly. */
let tableCursors: (string | null)[] = [null];
let chartLoad: Promise<void> = Promise.resolve();

const running = new Map<string, AbortController>();
/** Starts a load of one kind, aborting the previous load of the same kind. */
function startLoad(kind: string): AbortSignal {
  running.get(kind)?.abort();
  const controller = new AbortController();
  running.set(kind, controller);
  return controller.signal;
}

function errorMessage(error: unknown): string {
  return error instanceof ApiError ? error.message : 'Something went wrong while loading. Please try again.';
}

const isAbort = (error: unknown) => (error as Error)?.name === 'AbortError';

function current(): ViewState {
  return state!;
}

/** The running total a point belongs to (any of its category's, for a link without a series). */
function findTotal(ref: PointRef) {
  const entry = series.find((s) => s.category === ref.category);
  return entry?.totals.find(
    (t) => (ref.series == null || t.key === ref.series) && t.points.some((p) => p.start === ref.date),
  );
}

function findBucket(ref: PointRef): SeriesPoint | undefined {
  if (ref.kind === 'total') return findTotal(ref)?.points.find((p) => p.start === ref.date);
  const entry = series.find((s) => s.category === ref.category);
  return entry?.event.find((p) => p.start === ref.date);
}

/** How a point's series is named: "Deaths — people in strikes (running total)". */
const pointLabel = (ref: PointRef) =>
  seriesLabel(ref.category, ref.kind, ref.kind === 'total' ? findTotal(ref)?.label : null);

const pointKey = (ref: PointRef) => `${ref.category}:${ref.kind}:${ref.series ?? ''}:${ref.date}`;

/** The figures behind a point, fetched once for as long as the charted data stays the same. */
function figuresBehind(ref: PointRef, bucket: SeriesPoint): Promise<PointFigures> {
  const key = pointKey(ref);
  let pending = pointFigures.get(key);
  if (!pending) {
    const cache = pointFiguresLoaded;
    pending = loadPointFigures(ref, bucket, current().filter, current().interval);
    pointFigures.set(key, pending);
    pending.then(
      (result) => cache.set(key, result),
      () => pointFigures.delete(key),
    );
  }
  return pending;
}

// ---- navigation ------------------------------------------------------------------------------------------

function navigate(next: ViewState, options: { replace?: boolean } = {}): void {
  const url = serializeState(next);
  if (url !== location.search) {
    if (options.replace) history.replaceState(null, '', url);
    else history.pushState(null, '', url);
  }
  apply(next);
}

function changeFilters(change: FilterChange): void {
  const now = current();
  navigate({
    ...now,
    filter: { ...now.filter, ...change.filter },
    interval: change.interval ?? now.interval,
    measure: change.measure ?? now.measure,
    scale: change.scale ?? now.scale,
    // A new scale shows the same points, so the selection stays.
    point: change.filter || change.interval || change.measure ? null : now.point,
  });
}

const documentHref = (documentId: number, figureId: number) =>
  serializeState({ ...current(), doc: String(documentId), figure: String(figureId) });

const panelActions: PanelActions = {
  documentHref,
  openDocument: (doc, figure) => navigate({ ...current(), doc: String(doc), figure: String(figure) }),
  close: () => navigate({ ...current(), point: null }),
};

window.addEventListener('popstate', () => apply(stateFromLocation(location.search)));

// Escape steps back out: from the document to the chart, from a selected point to none.
document.addEventListener('keydown', (event) => {
  if (event.key !== 'Escape' || !state) return;
  if (state.doc) navigate({ ...state, doc: null, figure: null });
  else if (state.point) navigate({ ...state, point: null });
});

// ---- the chart -------------------------------------------------------------------------------------------

const filters = new FiltersView(els.filters, els.chartOptions, changeFilters);
// Chart.js comes in its own chunk: while it loads, the first requests for data are already on their way.
const chartReady: Promise<FigureChart> = import('./chart.ts').then(
  ({ FigureChart }) =>
    new FigureChart(els.canvas, {
      describe: describePoint,
      onSelect: (ref) => navigate({ ...current(), point: ref }),
      onCursor: (point) => {
        const { title, lines } = describePoint(point);
        els.chartCursor.textContent = `${title}: ${lines.join('. ')}`;
      },
    }),
);

function describePoint(point: ChartPoint): { title: string; lines: string[] } {
  const bucket = findBucket(point.ref);
  const title = `${pointLabel(point.ref)} · ${formatBucket(point.ref.date, current().interval)}`;
  if (!bucket) return { title, lines: [] };
  let value = formatFigureValue({ value: point.y, valueMax: point.yMax, qualifier: 'EXACT' });
  if (point.lowerBound) value = `at least ${value} (a lower bound)`;
  else if (point.yMax != null) value = `${value} (a range)`;
  else if (point.approximate) value = `about ${value}`;
  const lines = [value];
  const behind = pointFiguresLoaded.get(pointKey(point.ref));
  if (!behind) {
    figuresBehind(point.ref, bucket).then(
      () => chartReady.then((chart) => chart.refreshTooltip()),
      () => {},
    );
  }
  const figures = behind?.figures ?? [];
  if (figures.length === 1 && figures[0].qualifier !== 'EXACT') {
    lines.push(`Stated as “${figures[0].text}” (${qualifierWords(figures[0].qualifier)})`);
  }
  lines.push(`${plural(bucket.figureCount, 'figure')} from ${plural(bucket.documentCount, 'document')}`);
  const sources = [...new Set(figures.map((f) => f.document.publisher ?? f.document.title ?? 'unknown'))];
  if (sources.length) lines.push(`Source: ${sources.slice(0, 3).join(', ')}${sources.length > 3 ? '…' : ''}`);
  else if (!behind) lines.push('Source: loading…');
  lines.push('Click, or press Enter, for the sentences');
  return { title, lines };
}

function renderKey(drawn: CategorySeries[], hiddenTotals: number): void {
  const now = current();
  const nth = new Map<string, number>();
  const toggle =
    hiddenTotals > 0 || now.totals === 'all'
      ? h(
          'li',
          { className: 'key-more' },
          h(
            'button',
            {
              type: 'button',
              className: 'button',
              'aria-pressed': String(now.totals === 'all'),
              onclick: () => navigate({ ...now, totals: now.totals === 'all' ? 'top' : 'all' }),
            },
            now.totals === 'all'
              ? `Show fewer running totals (${TOP_TOTALS} per category)`
              : `Show ${plural(hiddenTotals, 'more running total')}`,
          ),
        )
      : null;
  mount(
    els.key,
    drawn
      .filter((s) => s.buckets.length)
      .map((s) => {
        const dash = s.kind === 'total' ? (nth.get(s.category) ?? 0) : 0;
        if (s.kind === 'total') nth.set(s.category, dash + 1);
        return h(
          'li',
          {
            className: `key-series ${s.kind} dash-${dash % DASHES.length}`,
            style: `--key-color: ${categoryColor(s.category)}`,
          },
          seriesLabel(s.category, s.kind, s.subject),
        );
      }),
    toggle,
    h('li', { className: 'key-marker exact' }, 'as reported'),
    h('li', { className: 'key-marker lower' }, 'at least / more than: the real number may be higher'),
    h('li', { className: 'key-marker approx' }, 'about'),
    h('li', { className: 'key-marker range' }, 'a range'),
    hedgedComplete
      ? null
      : h('li', { className: 'muted' }, 'Too many hedged figures to mark them all: narrow the filters.'),
  );
}

const MEASURE_WORDS = { max: 'largest figure', sum: 'sum of the figures', count: 'number of figures' };

function chartHeading(now: ViewState, shown: string[]): void {
  const names = shown.map(formatCategory);
  const listed =
    names.length > 2 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : names.join(' and ');
  els.chartTitle.textContent = now.filter.categories.length
    ? `${listed} over time`
    : 'Every category over time';
  els.chartSubtitle.textContent =
    `Per ${now.interval}. Each line joins the running totals of one toll (largest reported); ` +
    `dots are events (${MEASURE_WORDS[now.measure]} reported).`;
}

/** The running totals' series keys on the chart now, to know when a selected point needs a redraw. */
let drawnTotals = new Set<string>();

function drawChart(now: ViewState): void {
  let hiddenTotals = 0;
  const drawn: CategorySeries[] = series.flatMap((s) => {
    const totals: CategorySeries[] = s.totals.map((t) => ({
      category: s.category,
      kind: 'total' as const,
      series: t.key,
      subject: t.label,
      buckets: t.points,
    }));
    const { shown, hidden } = visibleTotals(totals, TOP_TOTALS, now.totals === 'all', now.point);
    hiddenTotals += hidden;
    return [...shown, { category: s.category, kind: 'event' as const, buckets: s.event }];
  });
  drawnTotals = new Set(drawn.filter((d) => d.series).map((d) => `${d.category}:${d.series}`));
  const chartSeries = toChartSeries(drawn, hedged, now.measure);
  void chartReady.then((chart) => {
    chart.update(chartSeries, now.interval, now.scale, now.point);
    // Read by bench/dashboard.bench.ts: time from navigation to the first chart with data.
    if (chartSeries.length && !performance.getEntriesByName(FIRST_CHART_MARK).length) {
      performance.mark(FIRST_CHART_MARK);
    }
  });
  renderKey(drawn, hiddenTotals);
  const points = drawn.reduce((sum, s) => sum + s.buckets.length, 0);
  const names = series.map((s) => formatCategory(s.category)).join(', ');
  els.canvas.setAttribute(
    'aria-label',
    `Chart of ${names || 'figures'} over time, ${plural(points, 'point')}. The table below lists the same figures.`,
  );
  // Empty axes say nothing: the message stands alone.
  els.chartBox.hidden = points === 0;
  els.key.hidden = points === 0;
  if (points === 0) {
    els.chartStatus.className = 'chart-status empty';
    els.chartStatus.textContent =
      'No dated figures match these filters: undated ones are in the table below. Try another category, a wider date range or fewer words.';
  } else {
    els.chartStatus.className = 'chart-status';
    els.chartStatus.textContent = '';
  }
}

// ---- loading ---------------------------------------------------------------------------------------------

async function refreshOverview(): Promise<void> {
  try {
    ({ categories, publishers } = await loadOverview(startLoad('overview')));
    categories.sort((a, b) => b.figureCount - a.figureCount);
    if (state) filters.update(state, categories, publishers);
  } catch (error) {
    if (!isAbort(error)) showToast(errorMessage(error), 'error');
  }
}

async function refreshChart(now: ViewState): Promise<void> {
  const signal = startLoad('chart');
  // The fixed list rather than the overview's, so the chart need not wait for it.
  const wanted = now.filter.categories.length ? now.filter.categories : CATEGORIES;
  chartHeading(now, wanted);
  els.chartStatus.className = 'chart-status loading';
  els.chartStatus.textContent = 'Loading the chart…';
  try {
    series = await loadSeries(wanted, now.filter, now.interval, now.measure, signal);
  } catch (error) {
    if (isAbort(error)) return;
    series = [];
    void chartReady.then((chart) => chart.update([], now.interval, now.scale, null));
    els.chartBox.hidden = true;
    els.key.hidden = true;
    els.chartStatus.className = 'chart-status error';
    mount(
      els.chartStatus,
      h('span', { role: 'alert' }, errorMessage(error)),
      h(
        'button',
        { type: 'button', className: 'button', onclick: () => refreshChart(current()) },
        'Try again',
      ),
    );
    return;
  }
  pointFigures = new Map();
  pointFiguresLoaded = new Map();
  hedged = [];
  hedgedComplete = true;
  // The chart is drawn as soon as the buckets arrive; the markers for hedged figures follow.
  drawChart(now);
  void refreshMarkers(now, wanted, signal);
}

/** Redraws the chart with lower bounds, approximations and ranges marked, once they are known. */
async function refreshMarkers(now: ViewState, wanted: string[], signal: AbortSignal): Promise<void> {
  try {
    const { shapes, complete } = await loadHedgedFigures(wanted, now.filter, signal);
    hedged = shapes;
    hedgedComplete = complete;
    if (!shapes.length && complete) return;
    drawChart(current());
    if (current().point) refreshProvenance(current());
  } catch (error) {
    if (!isAbort(error)) showToast('The qualifiers of the charted figures could not be loaded.', 'error');
  }
}

async function refreshTable(now: ViewState): Promise<void> {
  const signal = startLoad('table');
  const sort = { key: now.sort, descending: now.descending };
  let nextCursor: string | null = null;
  const tableActions = {
    documentHref,
    openDocument: panelActions.openDocument,
    sort: (key: SortKey) => {
      const s = current();
      navigate({ ...s, sort: key, descending: s.sort === key ? !s.descending : true });
    },
    page: (direction: 'next' | 'previous') => {
      if (direction === 'previous') tableCursors.pop();
      else tableCursors.push(nextCursor);
      refreshTable(current());
    },
  };
  renderTable(els.table, { state: 'loading' }, sort, tableActions);
  try {
    const after = tableCursors.at(-1) ?? null;
    const page = await loadFigurePage(now.filter, now.sort, now.descending, after, signal);
    nextCursor = page.endCursor;
    renderTable(
      els.table,
      {
        state: 'ready',
        figures: page.figures,
        totalCount: page.totalCount,
        offset: (tableCursors.length - 1) * TABLE_PAGE_SIZE,
        hasNext: page.hasNextPage,
      },
      sort,
      tableActions,
    );
  } catch (error) {
    if (isAbort(error)) return;
    renderTable(els.table, { state: 'error', message: errorMessage(error) }, sort, tableActions);
  }
}

async function refreshProvenance(now: ViewState): Promise<void> {
  const signal = startLoad('provenance');
  await chartLoad;
  if (signal.aborted) return;
  const show = (content: Parameters<typeof renderProvenance>[1]) =>
    renderProvenance(els.provenance, content, now.interval, now.measure, panelActions);
  if (!now.point) return show({ state: 'empty' });
  const bucket = findBucket(now.point);
  if (!bucket) {
    return show({
      state: 'error',
      point: null,
      message: 'That point is not on the chart with these filters.',
    });
  }
  const behind = figuresInBucket({ category: now.point.category, kind: now.point.kind }, bucket, hedged);
  const shape = bucketShape(bucket, behind, now.point.kind === 'total' ? 'max' : now.measure);
  const point: SelectedPoint = { ref: now.point, label: pointLabel(now.point), ...bucket, ...shape };
  show({ state: 'loading', point });
  try {
    const { figures, totalCount } = await figuresBehind(now.point, bucket);
    if (!signal.aborted) show({ state: 'ready', point, figures, totalCount });
  } catch (error) {
    if (!signal.aborted) show({ state: 'error', point, message: errorMessage(error) });
  }
}

/** The document on show, kept while another of its figures is chosen. */
let shownDocument: FullDocument | null = null;

async function refreshDocument(now: ViewState): Promise<void> {
  if (!now.doc) return;
  const signal = startLoad('document');
  const actions = {
    selectFigure: (figure: string | null) => navigate({ ...current(), figure }, { replace: true }),
    back: () => navigate({ ...current(), doc: null, figure: null }),
  };
  const show = (content: DocumentContent, figure: string | null) =>
    renderDocument(els.documentView, content, figure, actions);
  try {
    if (String(shownDocument?.databaseId) !== now.doc) {
      show({ state: 'loading' }, null);
      shownDocument = await loadDocument(now.doc, signal);
      if (!shownDocument) return show({ state: 'error', message: 'There is no such document.' }, null);
    }
    show({ state: 'ready', document: shownDocument! }, now.figure);
    // Keyboard and screen-reader users land on the chosen figure, or on the article's title.
    const selector = now.figure ? `[data-figure-id="${CSS.escape(now.figure)}"]` : '#document-title';
    const target = els.documentView.querySelector<HTMLElement>(selector);
    target?.focus({ preventScroll: true });
    target?.scrollIntoView({ block: 'center' });
  } catch (error) {
    if (!isAbort(error)) show({ state: 'error', message: errorMessage(error) }, null);
  }
}

/** Shows a view, loading what differs from the view before. */
function apply(next: ViewState): void {
  const before = state;
  state = next;
  filters.update(next, categories, publishers);
  const showDocument = !!next.doc;
  els.dashboard.hidden = showDocument;
  els.filters.hidden = showDocument;
  els.documentView.hidden = !showDocument;
  if (showDocument && (before?.doc !== next.doc || before?.figure !== next.figure)) refreshDocument(next);
  if (before?.doc && !next.doc) els.canvas.focus({ preventScroll: true });

  const dataChanged =
    !before ||
    !sameFilter(before.filter, next.filter) ||
    before.interval !== next.interval ||
    before.measure !== next.measure;
  if (dataChanged) chartLoad = refreshChart(next);
  else if (before.scale !== next.scale || before.totals !== next.totals) drawChart(next);
  else if (!samePoint(before.point, next.point)) {
    const ref = next.point;
    // A point of a running total not drawn yet (a link to one of the smaller tolls) draws it first.
    if (ref?.kind === 'total' && ref.series && !drawnTotals.has(`${ref.category}:${ref.series}`))
      drawChart(next);
    else void chartReady.then((chart) => chart.select(next.point));
  }

  if (dataChanged || before.sort !== next.sort || before.descending !== next.descending) {
    tableCursors = [null];
    // After the chart's buckets: the server answers in turn, and the chart is what people look at first.
    if (dataChanged) chartLoad.finally(() => refreshTable(next));
    else refreshTable(next);
  }
  if (dataChanged || !samePoint(before.point, next.point)) refreshProvenance(next);
}

// ---- live updates ----------------------------------------------------------------------------------------

let toastTimer: ReturnType<typeof setTimeout> | undefined;
function showToast(message: string, kind: 'info' | 'error' = 'info'): void {
  els.toast.className = `toast ${kind}`;
  els.toast.textContent = message;
  els.toast.hidden = false;
  clearTimeout(toastTimer);
  toastTimer = setTimeout(() => {
    els.toast.hidden = true;
  }, 8000);
}

let arrived = { count: 0, titles: new Set<string>() };
let liveTimer: ReturnType<typeof setTimeout> | undefined;

async function showArrivals(): Promise<void> {
  const { count, titles } = arrived;
  arrived = { count: 0, titles: new Set() };
  await refreshOverview();
  const now = current();
  chartLoad = refreshChart(now);
  refreshTable(now);
  refreshProvenance(now);
  showToast(`${plural(count, 'new figure')} from ${[...titles].map((t) => `“${t}”`).join(', ')}`);
}

watchFigures(
  (figure) => {
    arrived.count++;
    arrived.titles.add(figure.document.title ?? figure.document.publisher ?? 'a new document');
    // A document brings its figures in a burst: refresh once for the whole burst.
    clearTimeout(liveTimer);
    liveTimer = setTimeout(showArrivals, 300);
  },
  (live) => {
    els.live.className = `live ${live ? 'on' : 'off'}`;
    els.live.textContent = live ? 'Live' : 'Reconnecting…';
    els.live.title = live ? 'New figures appear as documents are ingested' : 'The live connection dropped';
  },
);

// ---- start -----------------------------------------------------------------------------------------------

const initial = stateFromLocation(location.search);
if (serializeState(initial) !== location.search) history.replaceState(null, '', serializeState(initial));
apply(initial);
refreshOverview();
