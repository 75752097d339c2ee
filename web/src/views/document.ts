// The document view: the article's text with every figure marked and labelled by category; choosing one
// shows all of its fields.
import type { Figure, FullDocument } from '../api.ts';
import {
  formatCategory,
  formatDate,
  formatFigureWithUnit,
  formatNumber,
  qualifierWords,
  segmentText,
} from '../format.ts';
import { categoryColor } from '../model.ts';
import { h, mount } from './dom.ts';

export type DocumentContent =
  | { state: 'loading' }
  | { state: 'error'; message: string }
  | { state: 'ready'; document: FullDocument };

export interface DocumentActions {
  selectFigure: (figureId: string | null) => void;
  back: () => void;
}

export function renderDocument(
  container: HTMLElement,
  content: DocumentContent,
  selectedFigure: string | null,
  actions: DocumentActions,
): void {
  const back = h(
    'button',
    { type: 'button', className: 'button back', onclick: actions.back },
    '← Back to the chart',
  );
  if (content.state !== 'ready') {
    const message =
      content.state === 'loading'
        ? h('p', { className: 'status loading' }, 'Loading the document…')
        : h('p', { className: 'status error', role: 'alert' }, content.message);
    mount(container, back, h('article', { className: 'card document' }, message));
    return;
  }
  const doc = content.document;
  const figures = [...doc.figures].sort((a, b) => a.span.start - b.span.start);
  const selected = figures.find((f) => String(f.databaseId) === selectedFigure) ?? null;
  const categories = [...new Set(figures.map((f) => f.category.toLowerCase()))];

  const segments = segmentText(
    doc.text,
    figures.map((f) => f.span),
  );
  const body = h(
    'div',
    { className: 'document-text' },
    segments.map((segment) => {
      if (segment.mark == null) return segment.text;
      const figure = figures[segment.mark];
      const category = figure.category.toLowerCase();
      return h(
        'button',
        {
          type: 'button',
          className: 'figure-mark',
          'data-figure-id': figure.databaseId,
          'aria-pressed': String(String(figure.databaseId) === selectedFigure),
          style: `--mark-color: ${categoryColor(category)}`,
          'aria-label': `${segment.text}: ${formatCategory(category)}, ${formatFigureWithUnit(figure)}`,
          onclick: () => {
            const id = String(figure.databaseId);
            actions.selectFigure(id === selectedFigure ? null : id);
          },
        },
        segment.text,
        h('span', { className: 'mark-label', 'aria-hidden': 'true' }, formatCategory(category)),
      );
    }),
  );

  mount(
    container,
    back,
    h(
      'div',
      { className: 'document-layout' },
      h(
        'article',
        { className: 'card document', 'aria-labelledby': 'document-title' },
        h('h2', { id: 'document-title', tabindex: -1 }, doc.title ?? 'Untitled document'),
        h(
          'p',
          { className: 'source-meta' },
          h('span', { className: 'publisher' }, doc.publisher ?? 'Unknown publisher'),
          ` · published ${formatDate(doc.publishedAt)}`,
          doc.url
            ? [' · ', h('a', { href: doc.url, rel: 'noopener noreferrer', target: '_blank' }, 'original')]
            : null,
        ),
        h(
          'p',
          { className: 'legend-line' },
          `${formatNumber(figures.length)} figures found. `,
          categories.map((c) =>
            h(
              'span',
              { className: 'legend-swatch', style: `--mark-color: ${categoryColor(c)}` },
              formatCategory(c),
            ),
          ),
        ),
        body,
      ),
      h(
        'aside',
        { className: 'card figure-fields', 'aria-live': 'polite' },
        selected
          ? fieldList(selected)
          : h('p', { className: 'hint' }, 'Choose a highlighted figure to see how Tally read it.'),
      ),
    ),
  );
}

function fieldList(figure: Figure): HTMLElement[] {
  const rows: [string, string][] = [
    ['Figure', formatFigureWithUnit(figure)],
    ['Words', figure.text],
    ['Category', formatCategory(figure.category)],
    ['Value', formatNumber(figure.value)],
    ['Up to', figure.valueMax != null ? formatNumber(figure.valueMax) : '—'],
    ['Qualifier', qualifierWords(figure.qualifier)],
    ['Unit', figure.unit ?? '—'],
    ['Date', formatDate(figure.date, figure.datePrecision)],
    ['Date precision', figure.datePrecision ? figure.datePrecision.toLowerCase() : '—'],
    ['Running total', figure.cumulative ? 'yes' : 'no'],
    ['Position', `characters ${figure.span.start}–${figure.span.end}`],
  ];
  return [
    h('h2', {}, 'This figure'),
    h(
      'dl',
      { className: 'fields' },
      rows.flatMap(([term, value]) => [h('dt', {}, term), h('dd', {}, value)]),
    ),
  ];
}
