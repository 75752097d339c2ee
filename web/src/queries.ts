// The dashboard's GraphQL operations (api/graphql/schema.graphql), each with a typed function that runs it.
import {
  type CategorySummary,
  type Figure,
  type FigureFilterInput,
  type FullDocument,
  graphql,
  type RunningTotal,
  type SeriesPoint,
  subscribe,
} from './api.ts';
import type { Qualifier } from './format.ts';
import type { FigureShape } from './model.ts';
import type { Filter, Interval, Measure, PointRef, SortKey } from './state.ts';

export const TABLE_PAGE_SIZE = 25;
/** The API's largest page. */
export const MAX_PAGE = 100;

const FIGURE_FIELDS = `
  databaseId value valueMax qualifier category unit date datePrecision cumulative text sentence
  span { start end }
  document { databaseId title publisher url publishedAt }`;

/** The URL's filter as the API's FigureFilter input (the same names, enum values in upper case). */
export function toFilterInput(filter: Filter): FigureFilterInput {
  const input: FigureFilterInput = {};
  if (filter.categories.length) input.category = filter.categories.map((c) => c.toUpperCase());
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
  const publishers = new Set(
    data.documents.edges.map((e) => e.node.publisher).filter((p): p is string => !!p),
  );
  return { categories: data.categories, publishers: [...publishers].sort((a, b) => a.localeCompare(b)) };
}

export interface CategorySeriesPoints {
  category: string;
  /** One series per toll, largest first. */
  totals: RunningTotal[];
  event: SeriesPoint[];
}

/** Categories per series request: two aliases each, under the API's limit of 15 aliases. */
const CATEGORIES_PER_REQUEST = 7;

function seriesQuery(count: number): string {
  const fields = Array.from(
    { length: count },
    (_, i) => `
    total${i}: runningTotals(category: $category${i}, interval: $interval, filter: $totals) {
      key label largest points { start end value figureCount documentCount figureIds }
    }
    event${i}: series(category: $category${i}, interval: $interval, measure: $measure, filter: $events) {
      points { start end value figureCount documentCount }
    }`,
  );
  const categories = Array.from({ length: count }, (_, i) => `$category${i}: Category!`).join(', ');
  return `query Series(${categories}, $interval: Interval!, $measure: Measure!, $totals: FigureFilter, $events: FigureFilter) {${fields.join('')}
}`;
}

/**
 * Each category's running totals (one series per toll, largest per bucket) and events (combined as
 * `measure` says), several categories to a request: the server answers requests in turn, so fewer is sooner.
 */
export async function loadSeries(
  categories: string[],
  filter: Filter,
  interval: Interval,
  measure: Measure,
  signal?: AbortSignal,
): Promise<CategorySeriesPoints[]> {
  const base = toFilterInput(filter);
  const batches: string[][] = [];
  for (let i = 0; i < categories.length; i += CATEGORIES_PER_REQUEST) {
    batches.push(categories.slice(i, i + CATEGORIES_PER_REQUEST));
  }
  const answers = await Promise.all(
    batches.map(async (batch) => {
      const data = await graphql<Record<string, { points: SeriesPoint[] } | RunningTotal[]>>(
        seriesQuery(batch.length),
        {
          ...Object.fromEntries(batch.map((c, i) => [`category${i}`, c.toUpperCase()])),
          interval: interval.toUpperCase(),
          measure: measure.toUpperCase(),
          totals: { ...base, cumulative: true },
          events: { ...base, cumulative: false },
        },
        signal,
      );
      return batch.map((category, i) => ({
        category,
        totals: data[`total${i}`] as RunningTotal[],
        event: (data[`event${i}`] as { points: SeriesPoint[] }).points,
      }));
    }),
  );
  return answers.flat();
}

const HEDGED: Qualifier[] = ['AT_LEAST', 'MORE_THAN', 'APPROXIMATELY', 'RANGE'];

/**
 * The figures whose qualifier changes how a point is drawn (lower bounds, approximations, ranges) among
 * these categories. Every other figure is drawn as stated. `complete` is false when there were more than
 * one page of some kind.
 */
export async function loadHedgedFigures(
  categories: string[],
  filter: Filter,
  signal?: AbortSignal,
): Promise<{ shapes: FigureShape[]; complete: boolean }> {
  type Page = { totalCount: number; edges: { node: FigureShape }[] };
  const base = toFilterInput({ ...filter, categories });
  const fields = HEDGED.map(
    (q) =>
      `${q}: figures(filter: $${q}, first: ${MAX_PAGE}) { totalCount edges { node { databaseId value valueMax qualifier category cumulative date } } }`,
  );
  const data = await graphql<Record<string, Page>>(
    `query Hedged(${HEDGED.map((q) => `$${q}: FigureFilter`).join(', ')}) { ${fields.join('\n')} }`,
    Object.fromEntries(HEDGED.map((q) => [q, { ...base, qualifier: q }])),
    signal,
  );
  const pages = Object.values(data);
  return {
    shapes: pages.flatMap((p) => p.edges.map((e) => e.node)),
    complete: pages.every((p) => p.totalCount <= p.edges.length),
  };
}

/**
 * The figures behind one chart point: the series' filter narrowed to the bucket, as the API defines it
 * (for a running total, its toll's series alone). At most one page; `totalCount` tells whether there were
 * more.
 */
export async function loadPointFigures(
  ref: PointRef,
  bucket: SeriesPoint,
  filter: Filter,
  interval: Interval,
  signal?: AbortSignal,
): Promise<{ figures: Figure[]; totalCount: number }> {
  const input = toFilterInput({
    ...filter,
    categories: [ref.category],
    from: filter.from && filter.from > bucket.start ? filter.from : bucket.start,
    to: filter.to && filter.to < bucket.end ? filter.to : bucket.end,
  });
  if (ref.kind === 'total') {
    const data = await graphql<{ runningTotals: { points: { figureCount: number; figures: Figure[] }[] }[] }>(
      `query TotalFigures($category: Category!, $interval: Interval!, $filter: FigureFilter, $key: String) {
        runningTotals(category: $category, interval: $interval, filter: $filter, key: $key) {
          points { figureCount figures { ${FIGURE_FIELDS} } }
        }
      }`,
      {
        category: ref.category.toUpperCase(),
        interval: interval.toUpperCase(),
        filter: { ...input, cumulative: true },
        key: ref.series ?? null,
      },
      signal,
    );
    const points = data.runningTotals.flatMap((s) => s.points);
    return {
      figures: points.flatMap((p) => p.figures),
      totalCount: points.reduce((sum, p) => sum + p.figureCount, 0),
    };
  }
  const data = await graphql<{ figures: { totalCount: number; edges: { node: Figure }[] } }>(
    `query PointFigures($filter: FigureFilter) {
      figures(filter: $filter, orderBy: VALUE_DESC, first: ${MAX_PAGE}) { totalCount edges { node { ${FIGURE_FIELDS} } } }
    }`,
    { filter: { ...input, cumulative: false } },
    signal,
  );
  return { figures: data.figures.edges.map((e) => e.node), totalCount: data.figures.totalCount };
}

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
      orderBy: `${sort.toUpperCase()}_${descending ? 'DESC' : 'ASC'}`,
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

type DocumentPage = Omit<FullDocument, 'figures'> & {
  figures: { edges: { node: Figure }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
};

/** A document with all of its figures, fetched a page at a time. Null when there is no such document. */
export async function loadDocument(id: string, signal?: AbortSignal): Promise<FullDocument | null> {
  const figures: Figure[] = [];
  let after: string | null = null;
  for (;;) {
    const data: { document: DocumentPage | null } = await graphql(
      `query DocumentView($id: ID!, $after: String) {
        document(id: $id) {
          databaseId title publisher url publishedAt text
          figures(first: ${MAX_PAGE}, after: $after) {
            edges { node { ${FIGURE_FIELDS} } }
            pageInfo { hasNextPage endCursor }
          }
        }
      }`,
      { id, after },
      signal,
    );
    const { document } = data;
    if (!document) return null;
    figures.push(...document.figures.edges.map((e) => e.node));
    after = document.figures.pageInfo.endCursor;
    if (!document.figures.pageInfo.hasNextPage || !after) return { ...document, figures };
  }
}

export interface AddedFigure {
  databaseId: number;
  category: string;
  document: { title: string | null; publisher: string | null };
}

export function watchFigures(
  onFigure: (figure: AddedFigure) => void,
  onStatus: (live: boolean) => void,
): void {
  subscribe<{ figureAdded: AddedFigure }>(
    'subscription Live { figureAdded { databaseId category document { title publisher } } }',
    (data) => onFigure(data.figureAdded),
    onStatus,
  );
}
