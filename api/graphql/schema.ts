// Assembles the schema: each module under schema/ adds its type and the fields that return it.
//
// Import graphql as 'graphql/index.js', never 'graphql': Vitest resolves the bare name to graphql's ESM
// build while Pothos and Yoga load its CommonJS build, and two copies of graphql refuse each other's types.
import { lexicographicSortSchema, printSchema } from 'graphql';
import { builder } from './builder.ts';
import './schema/scalars.ts';
import './schema/category.ts';
import './schema/qualifier.ts';
import './schema/filter.ts';
import './schema/figure.ts';
import './schema/document.ts';
import './schema/series.ts';
import './schema/running-total.ts';
import './schema/ingest.ts';
import './schema/figure-added.ts';

export const schema = builder.toSchema();

/** The schema as SDL, sorted so that the committed file changes only when the schema does. */
export function printSchemaSdl(): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
