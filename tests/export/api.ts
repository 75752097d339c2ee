// The GraphQL API's answer for a filter, every page of it, in the export's column names: what the export
// must match row for row.
import type { FigureFilter } from '../../api/filters.ts';
import type { TallyYoga } from '../../api/graphql/yoga.ts';
import type { Cell } from './read.ts';

const FIGURES_QUERY = /* GraphQL */ `
  query ExportFigures($filter: FigureFilter, $after: String) {
    figures(filter: $filter, first: 100, after: $after, orderBy: POSITION) {
      pageInfo { hasNextPage endCursor }
      edges {
        node {
          databaseId value valueMax qualifier unit category date datePrecision cumulative text sentence
          span { start end }
          document { databaseId title publisher url publishedAt }
        }
      }
    }
  }
`;

async function allPages<T>(yoga: TallyYoga, query: string, field: string, variables = {}): Promise<T[]> {
  const nodes: T[] = [];
  let after: string | null = null;
  do {
    const data: { edges: { node: T }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } = (
      await queryGraphql(yoga, query, { ...variables, after })
    )[field];
    nodes.push(...data.edges.map((edge) => edge.node));
    after = data.pageInfo.hasNextPage ? data.pageInfo.endCursor : null;
  } while (after);
  return nodes;
}

interface ApiFigure {
  databaseId: number;
  value: number;
  valueMax: number | null;
  qualifier: string;
  unit: string | null;
  category: string;
  date: string | null;
  datePrecision: string | null;
  cumulative: boolean;
  text: string;
  sentence: string;
  span: { start: number; end: number };
  document: {
    databaseId: number;
    title: string | null;
    publisher: string | null;
    url: string | null;
    publishedAt: string | null;
  };
}

/** The filter as GraphQL input: the same field names as the URL parameters, enums in upper case. */
export function graphqlFilter(filter: FigureFilter) {
  return {
    category: filter.categories?.map((c) => c.toUpperCase()),
    from: filter.from,
    to: filter.to,
    document: filter.documents?.map(String),
    publisher: filter.publisher,
    qualifier: filter.qualifier?.toUpperCase(),
    cumulative: filter.cumulative,
    min: filter.minValue,
    max: filter.maxValue,
    q: filter.q,
  };
}

export async function queryGraphql(yoga: TallyYoga, query: string, variables: Record<string, unknown> = {}) {
  const response = await yoga.fetch('http://localhost/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (body.errors) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`);
  return body.data;
}

/** Every figure the API returns for the filter, sorted by id, keyed by the export's column names. */
export async function apiRecords(yoga: TallyYoga, filter: FigureFilter): Promise<Record<string, Cell>[]> {
  const figures = await allPages<ApiFigure>(yoga, FIGURES_QUERY, 'figures', {
    filter: graphqlFilter(filter),
  });
  return figures
    .map((figure) => {
      const { document } = figure;
      return {
        figure_id: figure.databaseId,
        value: figure.value,
        value_max: figure.valueMax,
        qualifier: figure.qualifier.toLowerCase(),
        unit: figure.unit,
        category: figure.category.toLowerCase(),
        date: figure.date,
        date_precision: figure.datePrecision?.toLowerCase() ?? null,
        cumulative: figure.cumulative,
        text: figure.text,
        sentence: figure.sentence,
        start: figure.span.start,
        end: figure.span.end,
        document_id: document.databaseId,
        title: document.title,
        publisher: document.publisher,
        url: document.url,
        published: document.publishedAt,
      };
    })
    .sort((a, b) => a.figure_id - b.figure_id);
}
