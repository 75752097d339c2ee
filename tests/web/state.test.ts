import { describe, expect, it } from 'vitest';
import {
  csvHref,
  DEFAULT_STATE,
  filterParams,
  parseState,
  sameFilter,
  serializeState,
  stateFromLocation,
  type ViewState,
} from '../../web/src/state.ts';

const full: ViewState = {
  filter: {
    categories: ['deaths', 'military_assets'],
    from: '2025-09-01',
    to: '2025-12-31',
    publisher: 'Sky News',
    q: 'boat strike & more',
  },
  interval: 'week',
  measure: 'sum',
  scale: 'log',
  totals: 'all',
  point: { category: 'deaths', kind: 'event', date: '2025-12-13' },
  doc: '3',
  figure: '41',
  sort: 'value',
  descending: false,
};

describe('URL state', () => {
  it('round-trips a full view', () => {
    expect(parseState(serializeState(full))).toEqual(full);
  });

  it('round-trips a point of one running total, naming its series', () => {
    const view: ViewState = {
      ...DEFAULT_STATE,
      point: { category: 'deaths', kind: 'total', series: 'people.cause-strikes', date: '2026-01-03' },
    };
    const url = serializeState(view);
    expect(new URLSearchParams(url).get('point')).toBe('deaths.total.people.cause-strikes.2026-01-03');
    expect(parseState(url)).toEqual(view);
    // A link from before running totals had series still opens the category's total at that day.
    expect(parseState('?point=deaths.total.2026-01-03').point).toEqual({
      category: 'deaths',
      kind: 'total',
      date: '2026-01-03',
    });
  });

  it('round-trips the defaults and writes them short', () => {
    const url = serializeState(DEFAULT_STATE);
    expect(url).toBe('?interval=day');
    expect(parseState(url)).toEqual(DEFAULT_STATE);
  });

  it('uses the export parameter names, with category repeated', () => {
    const params = new URLSearchParams(serializeState(full));
    expect(params.getAll('category')).toEqual(['deaths', 'military_assets']);
    expect(params.get('from')).toBe('2025-09-01');
    expect(params.get('q')).toBe('boat strike & more');
    expect(params.get('point')).toBe('deaths.event.2025-12-13');
    expect(serializeState(full)).toContain('point=deaths.event.2025-12-13');
  });

  it('drops malformed values instead of failing', () => {
    const state = parseState(
      '?category=DEATHS&category=bad%20one&from=13/12/2025&interval=year&point=nonsense&sort=-colour',
    );
    expect(state.filter.categories).toEqual(['deaths']);
    expect(state.filter.from).toBeNull();
    expect(state.interval).toBe('day');
    expect(state.point).toBeNull();
    expect(state.sort).toBe('date');
  });

  it('opens a first visit on the landing category, but keeps an explicit "every category"', () => {
    expect(stateFromLocation('').filter.categories).toEqual(['deaths']);
    const everything = serializeState({ ...DEFAULT_STATE });
    expect(stateFromLocation(everything).filter.categories).toEqual([]);
  });
});

describe('the CSV link', () => {
  it('holds the filter and nothing else', () => {
    expect(csvHref(full.filter)).toBe(
      '/export/figures.csv?category=deaths&category=military_assets&from=2025-09-01&to=2025-12-31&publisher=Sky+News&q=boat+strike+%26+more',
    );
    expect(csvHref(DEFAULT_STATE.filter)).toBe('/export/figures.csv');
  });

  it('is the filter part of the page URL', () => {
    const page = new URLSearchParams(serializeState(full));
    for (const [name, value] of filterParams(full.filter)) expect(page.getAll(name)).toContain(value);
  });

  it('compares filters by what they select', () => {
    expect(sameFilter(full.filter, { ...full.filter })).toBe(true);
    expect(sameFilter(full.filter, { ...full.filter, q: null })).toBe(false);
  });
});
