// The provenance panel: every figure behind the selected point, with its sentence, source and a link to
// the document it came from.
import type { Figure } from '../api.ts';
import {
  formatBucket,
  formatDate,
  formatFigureValue,
  formatFigureWithUnit,
  locateInSentence,
  plural,
  qualifierWords,
  segmentText,
} from '../format.ts';
import type { Interval, Measure, PointRef } from '../state.ts';
import { h, mount } from './dom.ts';

export interface SelectedPoint {
  ref: PointRef;
  /** The series' name: "Deaths — people in strikes (running total)". */
  label: string;
  value: number;
  /** How the value reads, from the figures behind it (see model.bucketShape). */
  lowerBound: boolean;
  approximate: boolean;
  yMax: number | null;
  figureCount: number;
  documentCount: number;
}

export type PanelContent =
  | { state: 'empty' }
  | { state: 'loading'; point: SelectedPoint }
  | { state: 'error'; point: SelectedPoint | null; message: string }
  | { state: 'ready'; point: SelectedPoint; figures: Figure[]; totalCount: number };

export interface PanelActions {
  documentHref: (documentId: number, figureId: number) => string;
  openDocument: (documentId: number, figureId: number) => void;
  close: () => void;
}

const MEASURE_WORDS: Record<Measure, string> = {
  max: 'largest figure reported',
  sum: 'sum of figures reported',
  count: 'number of figures',
};

/** The sentence, with the figure's own words marked. */
export function highlightedSentence(figure: Figure): HTMLElement {
  const span = locateInSentence(figure.sentence, figure.text);
  const segments = segmentText(figure.sentence, span ? [span] : []);
  return h(
    'blockquote',
    { className: 'sentence' },
    segments.map((s) => (s.mark == null ? s.text : h('mark', {}, s.text))),
  );
}

function figureItem(figure: Figure, actions: PanelActions): HTMLElement {
  const doc = figure.document;
  const open = (event: Event) => {
    event.preventDefault();
    actions.openDocument(doc.databaseId, figure.databaseId);
  };
  return h(
    'li',
    { className: 'source', 'data-figure-id': figure.databaseId },
    highlightedSentence(figure),
    h(
      'p',
      { className: 'figure-facts' },
      h('strong', {}, formatFigureWithUnit(figure)),
      figure.qualifier !== 'EXACT' ? ` · ${qualifierWords(figure.qualifier)}` : '',
      ` · ${formatDate(figure.date, figure.datePrecision)}`,
      figure.cumulative ? ' · running total' : '',
    ),
    h(
      'p',
      { className: 'source-meta' },
      h('span', { className: 'publisher' }, doc.publisher ?? 'Unknown publisher'),
      ' · published ',
      formatDate(doc.publishedAt),
    ),
    h(
      'a',
      { className: 'doc-link', href: actions.documentHref(doc.databaseId, figure.databaseId), onclick: open },
      doc.title ?? 'Untitled document',
    ),
  );
}

export function renderProvenance(
  container: HTMLElement,
  content: PanelContent,
  interval: Interval,
  measure: Measure,
  actions: PanelActions,
): void {
  if (content.state === 'empty') {
    mount(
      container,
      h('h2', {}, 'Who says so?'),
      h(
        'p',
        { className: 'hint' },
        'Click a point on the chart, or focus the chart and use the arrow keys and Enter, to see every figure behind it: the sentence, the publisher and the article.',
      ),
    );
    return;
  }
  const point = content.point;
  const head = point
    ? [
        h(
          'div',
          { className: 'panel-head' },
          h('h2', {}, point.label),
          h(
            'button',
            {
              type: 'button',
              className: 'icon-button',
              'aria-label': 'Close the sources',
              onclick: actions.close,
            },
            '×',
          ),
        ),
        h(
          'p',
          { className: 'point-summary' },
          h(
            'span',
            { className: 'big' },
            formatFigureValue({
              value: point.value,
              valueMax: point.yMax,
              qualifier: point.lowerBound ? 'AT_LEAST' : point.approximate ? 'APPROXIMATELY' : 'EXACT',
            }),
          ),
          h(
            'span',
            {},
            `${formatBucket(point.ref.date, interval)} · ${point.ref.kind === 'total' ? MEASURE_WORDS.max : MEASURE_WORDS[measure]}`,
          ),
          h(
            'span',
            { className: 'muted' },
            `${plural(point.figureCount, 'figure')} from ${plural(point.documentCount, 'document')}`,
          ),
        ),
      ]
    : [h('h2', {}, 'Who says so?')];
  if (content.state === 'loading') {
    mount(container, head, h('p', { className: 'status loading' }, 'Loading the sources…'));
  } else if (content.state === 'error') {
    mount(container, head, h('p', { className: 'status error', role: 'alert' }, content.message));
  } else {
    mount(
      container,
      head,
      h(
        'ol',
        { className: 'sources', 'aria-label': 'Figures behind this point' },
        content.figures.map((f) => figureItem(f, actions)),
      ),
      content.totalCount > content.figures.length
        ? h(
            'p',
            { className: 'muted' },
            `The ${content.figures.length} largest of ${content.totalCount} figures; the table and the CSV hold them all.`,
          )
        : null,
    );
  }
}
