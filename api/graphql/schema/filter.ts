import { GraphQLError } from 'graphql';
import type { Category, Qualifier } from '../../extract/types.ts';
import { type FigureFilter, FilterError, validateFigureFilter } from '../../filters.ts';
import { builder } from '../builder.ts';
import { databaseId } from '../ids.ts';
import { CategoryEnum } from './category.ts';
import { QualifierEnum } from './qualifier.ts';

export const FigureFilterInput = builder.inputType('FigureFilter', {
  description:
    'Which figures to include. The field names are the URL parameters of the dashboard and of ' +
    '`/export/figures.csv`, so one filter reads the same everywhere. All given fields must match.',
  fields: (t) => ({
    category: t.field({ type: [CategoryEnum], required: false, description: 'Any of these categories.' }),
    from: t.field({
      type: 'Date',
      required: false,
      description: 'First day included. A figure dated to a month counts as the first day of that month.',
    }),
    to: t.field({ type: 'Date', required: false, description: 'Last day included.' }),
    document: t.idList({
      required: false,
      description: 'Any of these documents, by `Document.id` or `Document.databaseId`.',
    }),
    publisher: t.string({ required: false, description: 'Exactly this publisher.' }),
    qualifier: t.field({ type: QualifierEnum, required: false }),
    cumulative: t.boolean({
      required: false,
      description: 'Only running totals (true) or only counts of a single event (false).',
    }),
    min: t.float({ required: false, description: 'Lowest `value` included.' }),
    max: t.float({ required: false, description: 'Highest `value` included.' }),
    q: t.string({
      required: false,
      description: 'Words the sentence contains, ignoring case (at most 200 characters).',
    }),
  }),
});

export interface FigureFilterArgs {
  category?: Category[] | null;
  from?: string | null;
  to?: string | null;
  document?: (string | number)[] | null;
  publisher?: string | null;
  qualifier?: Qualifier | null;
  cumulative?: boolean | null;
  min?: number | null;
  max?: number | null;
  q?: string | null;
}

/** Validates a filter; problems become one user-facing GraphQL error. */
export function checkedFilter(filter: FigureFilter): FigureFilter {
  try {
    return validateFigureFilter(filter);
  } catch (error) {
    if (error instanceof FilterError) {
      throw new GraphQLError(`Invalid filter: ${error.message}`, { extensions: { code: 'BAD_USER_INPUT' } });
    }
    throw error;
  }
}

/** The GraphQL filter as the one FigureFilter, validated. */
export function toFigureFilter(input: FigureFilterArgs | null | undefined): FigureFilter {
  if (!input) return {};
  return checkedFilter({
    categories: input.category ?? undefined,
    from: input.from ?? undefined,
    to: input.to ?? undefined,
    documents: input.document?.map((id) => databaseId(String(id), 'Document')),
    publisher: input.publisher ?? undefined,
    qualifier: input.qualifier ?? undefined,
    cumulative: input.cumulative ?? undefined,
    minValue: input.min ?? undefined,
    maxValue: input.max ?? undefined,
    q: input.q ?? undefined,
  });
}
