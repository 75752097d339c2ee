// The filter bar: categories, dates, publisher, text, how to bucket, and the CSV of what is shown.
import type { CategorySummary } from '../api.ts';
import { formatCategory, formatNumber } from '../format.ts';
import { categoryColor } from '../model.ts';
import { csvHref, type Filter, type Interval, type Measure, type Scale, type ViewState } from '../state.ts';
import { h, mount } from './dom.ts';

export interface FilterChange {
  filter?: Partial<Filter>;
  interval?: Interval;
  measure?: Measure;
  scale?: Scale;
}

const MEASURE_LABELS: Record<Measure, string> = {
  max: 'Largest figure reported',
  sum: 'Sum of figures reported',
  count: 'Number of figures',
};

export class FiltersView {
  private readonly chips = h('div', { className: 'chips', role: 'group', 'aria-label': 'Categories' });
  private readonly from = h('input', { type: 'date', id: 'filter-from', name: 'from' });
  private readonly to = h('input', { type: 'date', id: 'filter-to', name: 'to' });
  private readonly publisher = h('input', {
    type: 'text',
    id: 'filter-publisher',
    name: 'publisher',
    list: 'publishers',
    placeholder: 'Any publisher',
    autocomplete: 'off',
  });
  private readonly publishers = h('datalist', { id: 'publishers' });
  private readonly q = h('input', {
    type: 'search',
    id: 'filter-q',
    name: 'q',
    placeholder: 'Words in the sentence',
  });
  private readonly interval = h(
    'select',
    { id: 'filter-interval', name: 'interval' },
    h('option', { value: 'day' }, 'Day'),
    h('option', { value: 'week' }, 'Week'),
    h('option', { value: 'month' }, 'Month'),
  );
  private readonly measure = h(
    'select',
    { id: 'filter-measure', name: 'measure' },
    (Object.keys(MEASURE_LABELS) as Measure[]).map((m) => h('option', { value: m }, MEASURE_LABELS[m])),
  );
  private readonly scale = h(
    'select',
    { id: 'filter-scale', name: 'scale' },
    h('option', { value: 'linear' }, 'Linear'),
    h('option', { value: 'log' }, 'Logarithmic'),
  );
  private readonly csv = h(
    'a',
    { className: 'button primary', id: 'download-csv', download: '' },
    'Download CSV',
  );
  private state: ViewState | null = null;

  /** `container` takes the filters; `chartOptions` the controls that change only how the chart draws. */
  constructor(
    container: HTMLElement,
    chartOptions: HTMLElement,
    private readonly onChange: (change: FilterChange) => void,
  ) {
    const field = (label: string, input: HTMLElement, id: string) =>
      h('div', { className: 'field' }, h('label', { for: id }, label), input);
    mount(
      container,
      h('div', { className: 'filter-row' }, h('span', { className: 'filter-label' }, 'Show'), this.chips),
      h(
        'div',
        { className: 'filter-row filter-fields' },
        field('From', this.from, 'filter-from'),
        field('To', this.to, 'filter-to'),
        field('Publisher', this.publisher, 'filter-publisher'),
        field('Search', this.q, 'filter-q'),
        h(
          'div',
          { className: 'actions' },
          h('button', { type: 'button', className: 'button', onclick: () => this.clear() }, 'Clear filters'),
          this.csv,
        ),
        this.publishers,
      ),
    );
    mount(
      chartOptions,
      field('Per', this.interval, 'filter-interval'),
      field('Each dot shows', this.measure, 'filter-measure'),
      field('Scale', this.scale, 'filter-scale'),
    );
    // Text fields commit on Enter or when they lose focus, so typing does not flood the history.
    this.from.addEventListener('change', () => this.onChange({ filter: { from: this.from.value || null } }));
    this.to.addEventListener('change', () => this.onChange({ filter: { to: this.to.value || null } }));
    this.publisher.addEventListener('change', () =>
      this.onChange({ filter: { publisher: this.publisher.value.trim() || null } }),
    );
    this.q.addEventListener('change', () => this.onChange({ filter: { q: this.q.value.trim() || null } }));
    this.interval.addEventListener('change', () =>
      this.onChange({ interval: this.interval.value as Interval }),
    );
    this.measure.addEventListener('change', () => this.onChange({ measure: this.measure.value as Measure }));
    this.scale.addEventListener('change', () => this.onChange({ scale: this.scale.value as Scale }));
  }

  /** Brings every control in line with the view, without rebuilding the ones a person may be typing in. */
  update(state: ViewState, categories: CategorySummary[], publishers: string[]): void {
    this.state = state;
    const selected = new Set(state.filter.categories);
    mount(
      this.chips,
      // A category with no figures is offered only while it is selected (say, from a shared link).
      categories
        .filter((c) => c.figureCount > 0 || selected.has(c.category.toLowerCase()))
        .map(({ category, figureCount }) => {
          const name = category.toLowerCase();
          const pressed = selected.has(name);
          return h(
            'button',
            {
              type: 'button',
              className: 'chip',
              'aria-pressed': String(pressed),
              'data-category': name,
              style: `--chip-color: ${categoryColor(name)}`,
              onclick: () => this.toggle(name),
            },
            formatCategory(name),
            h(
              'span',
              { className: 'count', 'aria-label': `${figureCount} figures` },
              formatNumber(figureCount),
            ),
          );
        }),
    );
    this.setValue(this.from, state.filter.from ?? '');
    this.setValue(this.to, state.filter.to ?? '');
    this.setValue(this.publisher, state.filter.publisher ?? '');
    this.setValue(this.q, state.filter.q ?? '');
    this.interval.value = state.interval;
    this.measure.value = state.measure;
    this.scale.value = state.scale;
    this.csv.href = csvHref(state.filter);
    mount(
      this.publishers,
      publishers.map((p) => h('option', { value: p })),
    );
  }

  private setValue(input: HTMLInputElement, value: string): void {
    if (document.activeElement !== input) input.value = value;
  }

  private toggle(category: string): void {
    const current = this.state?.filter.categories ?? [];
    const categories = current.includes(category)
      ? current.filter((c) => c !== category)
      : [...current, category];
    this.onChange({ filter: { categories } });
  }

  private clear(): void {
    this.onChange({ filter: { from: null, to: null, publisher: null, q: null } });
  }
}
