// Wires the URL state, the API and the views together. Every change of view goes through `navigate`, which
// writes the URL; `apply` then loads only what the change needs.
import './style.css';
import { ApiError, type CategorySummary, type Figure, type SeriesPoint } from './api.ts';
import { type ChartPoint, FigureChart } from './chart.ts';
import {
  formatBucket,
  formatCategory,
  formatFigureValue,
  formatNumber,
  plural,
  qualifierWords,
} from './format.ts';
import { type CategorySeries, categoryColor, type FigureShape, seriesLabel, toChartSeries } from './model.ts';
import {
  type CategorySeriesPoints,
  loadDocument,
  loadFigurePage,
  loadFiguresByIds,
  loadOverview,
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
import { renderDocument } from './views/document.ts';
import { h, mount } from './views/dom.ts';
import { type FilterChange, FiltersView } from './views/filters.ts';
import { type PanelActions, renderProvenance, type SelectedPoint } from './views/provenance.ts';
import { renderTable } from './views/table.ts';

/** Above this many figures behind the chart, their qualifiers are not fetched to shape the markers. */
const MAX_DETAILED_FIGURES = 2000;

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const els = {
  live: byId('live'),
  filters: byId('filters'),
  dashboard: byId('dashboard-view'),
  chartTitle: byId('chart-title'),
  chartSubtitle: byId('chart-subtitle'),
  chartStatus: byId('chart-status'),
  canvas: byId<HTMLCanvasElement>('chart'),
  key: byId('chart-key'),
  provenance: byId('provenance'),
  table: byId('table'),
  documentView: byId('document-view'),
  toast: byId('toast'),
};

let state: ViewState | null = null;
let categories: CategorySummary[] = [];
let publishers: string[] = [];
let series: CategorySeriesPoints[] = [];
/** Figures already fetched, for tooltips, markers and the provenance panel. */
const figureCache = new Map<string, Figure>();
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

function findBucket(ref: PointRef): SeriesPoint | undefined {
  const entry = series.find((s) => s.category === ref.category);
  return entry?.[ref.kind].find((p) => p.date === ref.date);
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

function current(): ViewState {
  return state!;
}

function change(change: FilterChange): void {
  const now = current();
  navigate({
    ...now,
    filter: { ...now.filter, ...change.filter },
    interval: change.interval ?? now.interval,
    measure: change.measure ?? now.measure,
    point: null,
  });
}

const documentHref = (documentId: string, figureId: string) =>
  serializeState({ ...current(), doc: documentId, figure: figureId });

const panelActions: PanelActions = {
  documentHref,
  openDocument: (doc, figure) => navigate({ ...current(), doc, figure }),
  close: () => navigate({ ...current(), point: null }),
};

window.addEventListener('popstate', () => apply(stateFromLocation(location.search)));

// ---- the views -------------------------------------------------------------------------------------------

const filters = new FiltersView(els.filters, change);
const chart = new FigureChart(els.canvas, {
  describe: describePoint,
  onSelect: (ref) => navigate({ ...current(), point: ref }),
});

function describePoint(point: ChartPoint): { title: string; lines: string[] } {
  const bucket = findBucket(point.ref);
  const now = current();
  const title = `${seriesLabel(point.ref.category, point.ref.kind)} · ${formatBucket(point.ref.date, now.interval)}`;
  if (!bucket) return { title, lines: [] };
  let value = formatFigureValue({ value: point.y, valueMax: point.yMax, qualifier: 'EXACT' });
  if (point.lowerBound) value = `at least ${value} (a lower bound)`;
  else if (point.yMax != null) value = `${value} (a range)`;
  else if (point.approximate) value = `about ${value}`;
  const behind = bucket.figureIds.map((id) => figureCache.get(id)).filter((f): f is Figure => !!f);
  const lines = [value];
  if (behind.length === 1) {
    const [figure] = behind;
    if (figure.qualifier !== 'EXACT')
      lines.push(`Stated as “${figure.text}” (${qualifierWords(figure.qualifier)})`);
  }
  lines.push(`${plural(bucket.figureCount, 'figure')} from ${plural(bucket.documentCount, 'document')}`);
  const sources = [...new Set(behind.map((f) => f.document.publisher ?? f.document.title ?? 'Unknown'))];
  if (sources.length) lines.push(`Source: ${sources.slice(0, 3).join(', ')}${sources.length > 3 ? '…' : ''}`);
  lines.push('Click for the sentences');
  return { title, lines };
}

function renderKey(drawn: CategorySeries[], detailed: boolean): void {
  const items = drawn
    .filter((s) => s.buckets.length)
    .map((s) =>
      h(
        'li',
        { className: `key-series ${s.kind}`, style: `--key-color: ${categoryColor(s.category)}` },
        seriesLabel(s.category, s.kind),
      ),
    );
  mount(
    els.key,
    items,
    h('li', { className: 'key-marker exact' }, 'reported figure'),
    h('li', { className: 'key-marker lower' }, 'at least / more than: the real number may be higher'),
    h('li', { className: 'key-marker approx' }, 'about'),
    h('li', { className: 'key-marker range' }, 'a range'),
    detailed
      ? null
      : h(
          'li',
          { className: 'muted' },
          `Markers are plain above ${formatNumber(MAX_DETAILED_FIGURES)} figures; narrow the filters to see lower bounds and ranges.`,
        ),
  );
}

function chartHeading(now: ViewState, shown: string[]): void {
  const names = shown.map(formatCategory);
  const title = !now.filter.categories.length
    ? 'Every category over time'
    : `${names.length > 2 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : names.join(' and ')} over time`;
  els.chartTitle.textContent = title;
  const measure = {
    max: 'largest figure reported',
    sum: 'sum of the figures reported',
    count: 'number of figures',
  }[now.measure];
  els.chartSubtitle.textContent = `Per ${now.interval}. Lines join running totals (largest reported); points are events (${measure}).`;
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
  const wanted = now.filter.categories.length
    ? now.filter.categories
    : categories.map((c) => c.category.toLowerCase());
  chartHeading(now, wanted);
  els.chartStatus.className = 'chart-status loading';
  els.chartStatus.textContent = 'Loading the chart…';
  try {
    series = await Promise.all(
      wanted.map((c) => loadSeries(c, now.filter, now.interval, now.measure, signal)),
    );
  } catch (error) {
    if (isAbort(error)) return;
    series = [];
    chart.update([], now.interval, null);
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
  const ids = [...new Set(series.flatMap((s) => [...s.total, ...s.event].flatMap((p) => p.figureIds)))];
  drawChart(now, ids.length <= MAX_DETAILED_FIGURES);
  const missing = ids.filter((id) => !figureCache.has(id));
  if (ids.length <= MAX_DETAILED_FIGURES && missing.length) {
    try {
      for (const figure of await loadFiguresByIds(missing, signal)) figureCache.set(figure.id, figure);
      drawChart(current(), true);
    } catch (error) {
      if (!isAbort(error)) showToast('The sources behind the chart could not be loaded.', 'error');
    }
  }
}

function drawChart(now: ViewState, detailed: boolean): void {
  const drawn: CategorySeries[] = series.flatMap((s) => [
    { category: s.category, kind: 'total' as const, buckets: s.total },
    { category: s.category, kind: 'event' as const, buckets: s.event },
  ]);
  const shapes = new Map<string, FigureShape>(figureCache);
  chart.update(toChartSeries(drawn, shapes, now.measure), now.interval, now.point);
  renderKey(drawn, detailed);
  const points = drawn.reduce((sum, s) => sum + s.buckets.length, 0);
  const names = series.map((s) => formatCategory(s.category)).join(', ');
  els.canvas.setAttribute(
    'aria-label',
    `Chart of ${names || 'figures'} over time, ${plural(points, 'point')}. The table below lists the same figures.`,
  );
  if (points === 0) {
    els.chartStatus.className = 'chart-status empty';
    els.chartStatus.textContent =
      'No dated figures match these filters. Try another category, a wider date range or fewer words.';
  } else {
    els.chartStatus.className = 'chart-status';
    els.chartStatus.textContent = '';
  }
}

async function refreshTable(now: ViewState): Promise<void> {
  const signal = startLoad('table');
  const sort = { key: now.sort, descending: now.descending };
  const tableActions = {
    documentHref,
    openDocument: panelActions.openDocument,
    sort: (key: SortKey) => {
      const s = current();
      navigate({
        ...s,
        sort: key,
        descending: s.sort === key ? !s.descending : key !== 'category' && key !== 'publisher',
      });
    },
    page: (direction: 'next' | 'previous') => {
      if (direction === 'previous') tableCursors.pop();
      else if (nextCursor !== undefined) tableCursors.push(nextCursor);
      refreshTable(current());
    },
  };
  let nextCursor: string | null | undefined;
  renderTable(els.table, { state: 'loading' }, sort, tableActions);
  try {
    const page = await loadFigurePage(
      now.filter,
      now.sort,
      now.descending,
      tableCursors.at(-1) ?? null,
      signal,
    );
    nextCursor = page.endCursor;
    for (const figure of page.figures) figureCache.set(figure.id, figure);
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
    if (!isAbort(error))
      renderTable(els.table, { state: 'error', message: errorMessage(error) }, sort, tableActions);
  }
}

async function refreshProvenance(now: ViewState): Promise<void> {
  const signal = startLoad('provenance');
  await chartLoad;
  if (!now.point) {
    renderProvenance(els.provenance, { state: 'empty' }, now.interval, now.measure, panelActions);
    return;
  }
  const bucket = findBucket(now.point);
  if (!bucket) {
    const message = 'That point is not on the chart with the current filters.';
    renderProvenance(
      els.provenance,
      { state: 'error', point: null, message },
      now.interval,
      now.measure,
      panelActions,
    );
    return;
  }
  const point: SelectedPoint = { ref: now.point, ...bucket };
  renderProvenance(els.provenance, { state: 'loading', point }, now.interval, now.measure, panelActions);
  try {
    const missing = bucket.figureIds.filter((id) => !figureCache.has(id));
    for (const figure of await loadFiguresByIds(missing, signal)) figureCache.set(figure.id, figure);
    const figures = bucket.figureIds
      .map((id) => figureCache.get(id))
      .filter((f): f is Figure => !!f)
      .sort(
        (a, b) =>
          b.value - a.value || (a.document.publishedAt ?? '').localeCompare(b.document.publishedAt ?? ''),
      );
    renderProvenance(
      els.provenance,
      { state: 'ready', point, figures },
      now.interval,
      now.measure,
      panelActions,
    );
  } catch (error) {
    if (isAbort(error)) return;
    const message = errorMessage(error);
    renderProvenance(
      els.provenance,
      { state: 'error', point, message },
      now.interval,
      now.measure,
      panelActions,
    );
  }
}

async function refreshDocument(now: ViewState): Promise<void> {
  if (!now.doc) return;
  const signal = startLoad('document');
  const actions = {
    selectFigure: (figure: string | null) => navigate({ ...current(), figure }, { replace: true }),
    back: () => navigate({ ...current(), doc: null, figure: null }),
  };
  renderDocument(els.documentView, { state: 'loading' }, now.figure, actions);
  try {
    const doc = await loadDocument(now.doc, signal);
    if (!doc) {
      renderDocument(
        els.documentView,
        { state: 'error', message: 'There is no such document.' },
        null,
        actions,
      );
      return;
    }
    renderDocument(els.documentView, { state: 'ready', document: doc }, now.figure, actions);
    const selected =
      now.figure &&
      els.documentView.querySelector<HTMLElement>(`[data-figure-id="${CSS.escape(now.figure)}"]`);
    if (selected) selected.scrollIntoView({ block: 'center' });
  } catch (error) {
    if (!isAbort(error))
      renderDocument(els.documentView, { state: 'error', message: errorMessage(error) }, null, actions);
  }
}

/** Shows a view: loads what differs from the view before. */
function apply(next: ViewState): void {
  const before = state;
  state = next;
  filters.update(next, categories, publishers);
  const showDocument = !!next.doc;
  els.dashboard.hidden = showDocument;
  els.documentView.hidden = !showDocument;
  if (showDocument && (before?.doc !== next.doc || before?.figure !== next.figure)) refreshDocument(next);

  const dataChanged =
    !before ||
    !sameFilter(before.filter, next.filter) ||
    before.interval !== next.interval ||
    before.measure !== next.measure;
  if (dataChanged) chartLoad = refreshChart(next);
  else if (!samePoint(before.point, next.point)) chart.select(next.point);

  if (dataChanged || before.sort !== next.sort || before.descending !== next.descending) {
    tableCursors = [null];
    refreshTable(next);
  }
  if (dataChanged || !samePoint(before.point, next.point)) refreshProvenance(next);
  if (before?.doc && !next.doc) els.canvas.focus({ preventScroll: true });
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
  }, 6000);
}

let arrived: { count: number; titles: Set<string> } = { count: 0, titles: new Set() };
let liveTimer: ReturnType<typeof setTimeout> | undefined;
watchFigures(
  (figure) => {
    arrived.count++;
    arrived.titles.add(figure.document.title ?? figure.document.publisher ?? 'a new document');
    // A document brings its figures in a burst: refresh once for the whole burst.
    clearTimeout(liveTimer);
    liveTimer = setTimeout(async () => {
      const { count, titles } = arrived;
      arrived = { count: 0, titles: new Set() };
      await refreshOverview();
      const now = current();
      chartLoad = refreshChart(now);
      refreshTable(now);
      refreshProvenance(now);
      showToast(`${plural(count, 'new figure')} from ${[...titles].map((t) => `“${t}”`).join(', ')}`);
    }, 300);
  },
  (live) => {
    els.live.className = `live ${live ? 'on' : 'off'}`;
    els.live.textContent = live ? 'Live' : 'Reconnecting…';
    els.live.title = live ? 'New figures appear as documents are ingested' : 'The live connection dropped';
  },
  new AbortController().signal,
);

// ---- start -----------------------------------------------------------------------------------------------

const initial = stateFromLocation(location.search);
if (serializeState(initial) !== location.search) history.replaceState(null, '', serializeState(initial));
refreshOverview().then(() => apply(initial));
