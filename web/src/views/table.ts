// The figures as a sortable, paged table: the chart's accessible fallback and the rows the CSV holds.
import type { Figure } from '../api.ts';
import { formatCategory, formatDate, formatFigureWithUnit, formatNumber, qualifierWords } from '../format.ts';
import type { SortKey } from '../state.ts';
import { h, mount } from './dom.ts';
import { highlightedSentence, type PanelActions } from './provenance.ts';

export type TableContent =
  | { state: 'loading' }
  | { state: 'error'; message: string }
  | {
      state: 'ready';
      figures: Figure[];
      totalCount: number;
      /** Index of the first row shown, from 0. */
      offset: number;
      hasNext: boolean;
    };

export interface TableActions extends Pick<PanelActions, 'documentHref' | 'openDocument'> {
  sort: (key: SortKey) => void;
  page: (direction: 'next' | 'previous') => void;
}

const COLUMNS: { key: SortKey | null; label: string }[] = [
  { key: 'date', label: 'Date' },
  { key: null, label: 'Category' },
  { key: 'value', label: 'Figure' },
  { key: null, label: 'Sentence' },
  { key: null, label: 'Source' },
];

export function renderTable(
  container: HTMLElement,
  content: TableContent,
  sort: { key: SortKey; descending: boolean },
  actions: TableActions,
): void {
  const total = content.state === 'ready' ? content.totalCount : null;
  const caption = h(
    'caption',
    { id: 'figures-table-caption' },
    'Every figure the filters select',
    total != null ? ` (${formatNumber(total)})` : '',
    h('span', { className: 'muted' }, '. The chart above draws these figures; this table lists them.'),
  );
  const header = h(
    'tr',
    {},
    COLUMNS.map(({ key, label }) => {
      if (!key) return h('th', { scope: 'col' }, label);
      const active = sort.key === key;
      return h(
        'th',
        { scope: 'col', 'aria-sort': active ? (sort.descending ? 'descending' : 'ascending') : 'none' },
        h(
          'button',
          { type: 'button', className: 'sort', 'data-sort': key, onclick: () => actions.sort(key) },
          label,
          h(
            'span',
            { className: 'arrow', 'aria-hidden': 'true' },
            active ? (sort.descending ? '▼' : '▲') : '↕',
          ),
        ),
      );
    }),
  );
  let body: HTMLElement;
  if (content.state === 'loading') body = messageRow('Loading figures…', 'loading');
  else if (content.state === 'error') body = messageRow(content.message, 'error');
  else if (!content.figures.length) body = messageRow('No figures match these filters.', 'empty');
  else
    body = h(
      'tbody',
      {},
      content.figures.map((f) => row(f, actions)),
    );

  const pager =
    content.state === 'ready' && content.totalCount > 0
      ? h(
          'nav',
          { className: 'pager', 'aria-label': 'Table pages' },
          h(
            'button',
            {
              type: 'button',
              className: 'button',
              disabled: content.offset === 0,
              onclick: () => actions.page('previous'),
            },
            '← Previous',
          ),
          h(
            'span',
            { className: 'range', 'aria-live': 'polite' },
            `${formatNumber(content.offset + 1)}–${formatNumber(content.offset + content.figures.length)} of ${formatNumber(content.totalCount)}`,
          ),
          h(
            'button',
            {
              type: 'button',
              className: 'button',
              disabled: !content.hasNext,
              onclick: () => actions.page('next'),
            },
            'Next →',
          ),
        )
      : null;

  mount(
    container,
    h('h2', {}, 'Figures'),
    h(
      'div',
      { className: 'table-scroll' },
      h('table', { id: 'figures-table' }, caption, h('thead', {}, header), body),
    ),
    pager,
  );
}

function messageRow(message: string, kind: string): HTMLElement {
  return h(
    'tbody',
    {},
    h(
      'tr',
      {},
      h(
        'td',
        { colspan: COLUMNS.length, className: `status ${kind}`, role: kind === 'error' ? 'alert' : null },
        message,
      ),
    ),
  );
}

function row(figure: Figure, actions: TableActions): HTMLElement {
  const doc = figure.document;
  return h(
    'tr',
    { 'data-figure-id': figure.databaseId },
    h('td', { className: 'nowrap', 'data-label': 'Date' }, formatDate(figure.date, figure.datePrecision)),
    h('td', { 'data-label': 'Category' }, formatCategory(figure.category)),
    h(
      'td',
      { className: 'nowrap', 'data-label': 'Figure' },
      h('strong', {}, formatFigureWithUnit(figure)),
      figure.qualifier !== 'EXACT'
        ? h('div', { className: 'muted' }, qualifierWords(figure.qualifier))
        : null,
      figure.cumulative ? h('div', { className: 'muted' }, 'running total') : null,
    ),
    h('td', { className: 'sentence-cell', 'data-label': 'Sentence' }, highlightedSentence(figure)),
    h(
      'td',
      { 'data-label': 'Source' },
      h('div', { className: 'publisher' }, doc.publisher ?? 'Unknown publisher'),
      h(
        'a',
        {
          href: actions.documentHref(doc.databaseId, figure.databaseId),
          onclick: (event: Event) => {
            event.preventDefault();
            actions.openDocument(doc.databaseId, figure.databaseId);
          },
        },
        doc.title ?? 'Untitled document',
      ),
    ),
  );
}
