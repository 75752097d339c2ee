import { sql } from 'drizzle-orm';
import { figures } from '../../db/schema.ts';
import { CATEGORIES, type Category } from '../../extract/types.ts';
import { builder } from '../builder.ts';
import { allRows } from '../sql.ts';

export const CategoryEnum = builder.enumType('Category', {
  description: 'What a figure counts.',
  values: Object.fromEntries(CATEGORIES.map((c) => [c.toUpperCase(), { value: c }])) as Record<
    Uppercase<Category>,
    { value: Category }
  >,
});

interface CategoryStats {
  category: Category;
  figureCount: number;
  documentCount: number;
  firstDate: string | null;
  lastDate: string | null;
}

const CategoryStatsRef = builder.objectRef<CategoryStats>('CategoryStats').implement({
  description: 'One category with how many figures it holds and the days they span, for filter menus.',
  fields: (t) => ({
    category: t.expose('category', { type: CategoryEnum }),
    figureCount: t.exposeInt('figureCount'),
    documentCount: t.exposeInt('documentCount'),
    firstDate: t.expose('firstDate', { type: 'Date', nullable: true }),
    lastDate: t.expose('lastDate', { type: 'Date', nullable: true }),
  }),
});

builder.queryField('categories', (t) =>
  t.field({
    type: [CategoryStatsRef],
    description: 'Every category, including those without figures yet, in a fixed order.',
    resolve: (_root, _args, { db }) => {
      const rows = allRows<CategoryStats>(
        db,
        sql`SELECT ${figures.category} AS category, count(*) AS figureCount,
          count(DISTINCT ${figures.documentId}) AS documentCount,
          min(${figures.date}) AS firstDate, max(${figures.date}) AS lastDate
        FROM ${figures} GROUP BY ${figures.category}`,
      );
      const byCategory = new Map(rows.map((r) => [r.category, r]));
      return CATEGORIES.map(
        (category) =>
          byCategory.get(category) ?? {
            category,
            figureCount: 0,
            documentCount: 0,
            firstDate: null,
            lastDate: null,
          },
      );
    },
  }),
);
