// The dashboard's GraphQL operations, each with a typed function that runs it.
import {
  type CategorySummary,
  type Figure,
  type FigureFilterInput,
  type FullDocument,
  graphql,
  type SeriesPoint,
  subscribe,
} from './api.ts';
import type { FigureShape } from './model.ts';
import type { Filter, Interval, Measure, SortKey } from './state.ts';

export const TABLE_PAGE_SIZE = 25;
/** The API's largest page. */
const MAX_PAGE = 100;

const FIGURE_FIELDS = `
  id value valueMax qualifier category unit date datePrecision cumulative text sentence
  span { start end }
  document { id title publisher url publishedAt }`;

/** The URL's filter as the API's FigureFilter input. */
export function toFilterInput(filter: Filter): FigureFilterInput {
  const input: FigureFilterInput = {};
  if (filter.categories.length) input.categories = filter.categories.map((c) => c.toUpperCase());
  if (filter.from) input.from = filter.from;
  if (filter.to) input.to = filter.to;
  if (filter.publisher) input.publisher = filter.publisher;
  if (filter.q) input.q = filter.q;
  return input;
}

export async function loadOverview(signal?: AbortSignal): Promise<{
  categories: CategorySummary[];
  publishers: string[];
}> {
  const data = await graphql<{
    categories: CategorySummary[];
    documents: { edges: { node: { publisher: string | null } }[] };
  }>(
    `query Overview {
      categories { category figureCount firstDate lastDate }
      documents(first: ${MAX_PAGE}) { edges { node { publisher } } }
    }`,
    {},
    signal,
  );
  const publishers = [
    ...new Set(data.documents.edges.map((e) => e.node.publisher).filter((p): p is string => !!p)),
  ];
  return { categories: data.categories, publishers: publishers.sort((a, b) => a.localeCompare(b)) };
}

export interface CategorySeriesPoints {
  category: string;
  total: SeriesPoint[];
  event: SeriesPoint[];
}

const SERIES_QUERY = `query Series($category: Category!, $interval: Interval!, $measure: Measure!, $totals: FigureFilter, $events: FigureFilter) {
  total: series(category: $category, interval: $interval, measure: MAX, filter: $totals) {
    points { date value figureCount documentCount figureIds }
  }
  event: series(category: $category, interval: $interval, measure: $measure, filter: $events) {
    points { date value figureCount documentCount figureIds }
  }
}`;

/** One category's running totals (largest per bucket) and events (combined as `measure` says). */
export async function loadSeries(
  category: string,
  filter: Filter,
  interval: Interval,
  measure: Measure,
  signal?: AbortSignal,
): Promise<CategorySeriesPoints> {
  const base = toFilterInput({ ...filter, categories: [] });
  const data = await graphql<{ total: { points: SeriesPoint[] }; event: { points: SeriesPoint[] } }>(
    SERIES_QUERY,
    {
      category: category.toUpperCase(),
      interval: interval.toUpperCase(),
      measure: measure.toUpperCase(),
      totals: { ...base, cumulative: true },
      events: { ...base, cumulative: false },
    },
    signal,
  );
  return { category, total: data.total.points, event: data.event.points };
}

/** The figures with these ids, in pages the API accepts. */
export async function loadFiguresByIds(ids: string[], signal?: AbortSignal): Promise<Figure[]> {
  const pages: Promise<Figure[]>[] = [];
  for (let i = 0; i < ids.length; i += MAX_PAGE) {
    const batch = ids.slice(i, i + MAX_PAGE);
    pages.push(
      graphql<{ nodes: (Figure | null)[] }>(
        `query FiguresByIds($ids: [ID!]!) { nodes(ids: $ids) { ... on Figure { ${FIGURE_FIELDS} } } }`,
        { ids: batch },
        signal,
      ).then((data) => data.nodes.filter((f): f is Figure => !!f)),
    );
  }
  return (await Promise.all(pages)).flat();
}

/** Just what decides how a point is drawn, for many figures at once. */
export async function loadShapes(ids: string[], signal?: AbortSignal): Promise<FigureShape[]> {
  const pages: Promise<FigureShape[]>[] = [];
  for (let i = 0; i < ids.length; i += MAX_PAGE) {
    pages.push(
      graphql<{ nodes: (FigureShape | null)[] }>(
        'query Shapes($ids: [ID!]!) { nodes(ids: $ids) { ... on Figure { id value valueMax qualifier } } }',
        { ids: ids.slice(i, i + MAX_PAGE) },
        signal,
      ).then((data) => data.nodes.filter((f): f is FigureShape => !!f)),
    );
  }
  return (await Promise.all(pages)).flat();
}

const ORDER_BY: Record<SortKey, string> = {
  date: 'DATE',
  value: 'VALUE',
  category: 'CATEGORY',
  publisher: 'PUBLISHER',
};

export interface FigurePage {
  figures: Figure[];
  totalCount: number;
  hasNextPage: boolean;
  endCursor: string | null;
}

export async function loadFigurePage(
  filter: Filter,
  sort: SortKey,
  descending: boolean,
  after: string | null,
  signal?: AbortSignal,
): Promise<FigurePage> {
  const data = await graphql<{
    figures: {
      totalCount: number;
      edges: { node: Figure }[];
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
    };
  }>(
    `query FigureTable($filter: FigureFilter, $orderBy: FigureOrder, $first: Int, $after: String) {
      figures(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
        totalCount
        edges { node { ${FIGURE_FIELDS} } }
        pageInfo { hasNextPage endCursor }
      }
    }`,
    {
      filter: toFilterInput(filter),
      orderBy: `${ORDER_BY[sort]}_${descending ? 'DESC' : 'ASC'}`,
      first: TABLE_PAGE_SIZE,
      after,
    },
    signal,
  );
  return {
    figures: data.figures.edges.map((e) => e.node),
    totalCount: data.figures.totalCount,
    hasNextPage: data.figures.pageInfo.hasNextPage,
    endCursor: data.figures.pageInfo.endCursor,
  };
}

export async function loadDocument(id: string, signal?: AbortSignal): Promise<FullDocument | null> {
  const data = await graphql<{
    document: (Omit<FullDocument, 'figures'> & { figures: { edges: { node: Figure }[] } }) | null;
  }>(
    `query DocumentView($id: ID!) {
      document(id: $id) {
        id title publisher url publishedAt text
        figures(first: ${MAX_PAGE}) { edges { node { ${FIGURE_FIELDS} } } }
      }
    }`,
    { id },
    signal,
  );
  if (!data.document) return null;
  return { ...data.document, figures: data.document.figures.edges.map((e) => e.node) };
}

export interface AddedFigure {
  id: string;
  category: string;
  document: { title: string | null; publisher: string | null };
}

export function watchFigures(
  onFigure: (figure: AddedFigure) => void,
  onStatus: (live: boolean) => void,
  signal: AbortSignal,
): void {
  subscribe<{ figureAdded: AddedFigure }>(
    'subscription Live { figureAdded { id category document { title publisher } } }',
    (data) => onFigure(data.figureAdded),
    onStatus,
    signal,
  );
}
