import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { printSchemaSdl } from '../../api/graphql/schema.ts';

it('api/graphql/schema.graphql matches the schema the code builds', () => {
  const committed = readFileSync(new URL('../../api/graphql/schema.graphql', import.meta.url), 'utf8');
  const fix = 'The printed schema is out of date. Regenerate it with: npx tsx api/graphql/print-schema.ts';
  expect(committed === printSchemaSdl(), fix).toBe(true);
});
