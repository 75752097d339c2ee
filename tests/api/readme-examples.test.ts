// The README's GraphQL examples are what a newcomer copies first: each must be valid against the schema.
import { readFileSync } from 'node:fs';
import { buildSchema, parse, validate } from 'graphql';
import { expect, it } from 'vitest';

const schema = buildSchema(
  readFileSync(new URL('../../api/graphql/schema.graphql', import.meta.url), 'utf8'),
);
const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const examples = [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => m[1]);

it('the README has GraphQL examples', () => {
  expect(examples.length).toBeGreaterThan(0);
});

it.each(examples.map((example, i) => [i + 1, example]))(
  'README GraphQL example %i is valid',
  (_, example) => {
    const errors = validate(schema, parse(example as string)).map((e) => e.message);
    expect(errors).toEqual([]);
  },
);
