import { readFileSync } from 'node:fs';
import { buildSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { expect, it } from 'vitest';
import { printSchemaSdl } from '../../api/graphql/schema.ts';

it('api/graphql/schema.graphql matches the schema the code builds', () => {
  const committed = readFileSync(new URL('../../api/graphql/schema.graphql', import.meta.url), 'utf8');
  // Compared as schemas, so that reformatting the file (Biome formats GraphQL) does not matter.
  const normalized = printSchema(lexicographicSortSchema(buildSchema(committed)));
  const fix = 'The printed schema is out of date. Regenerate it with: npx tsx api/graphql/print-schema.ts';
  expect(`${normalized}\n` === printSchemaSdl(), fix).toBe(true);
});
