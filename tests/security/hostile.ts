// Generators of hostile GraphQL requests, and the check every answer to one must pass.
import fc from 'fast-check';
import { expect } from 'vitest';

const FIELDS = [
  'figures',
  'documents',
  'series',
  'categories',
  'figure',
  'document',
  'node',
  'edges',
  'node',
  'pageInfo',
  'totalCount',
  'value',
  'sentence',
  'text',
  'category',
  'points',
  'figureIds',
  '__typename',
  '__schema',
  'types',
  'name',
  'ingestDocument',
  'status',
  'nonexistent',
];
const ARGUMENTS = [
  'first',
  'last',
  'after',
  'before',
  'filter',
  'id',
  'category',
  'interval',
  'from',
  'to',
  'input',
  'orderBy',
  'q',
];
const identifier = fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_]{0,12}$/);

/** Any string at all: unpaired surrogates, control characters, quotes and backslashes included. */
export const anyString = (maxLength = 200) => fc.string({ unit: 'binary', maxLength });

/** A GraphQL literal of any type, nested, including values no argument accepts. */
const literal: fc.Arbitrary<string> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.integer().map(String),
    fc.constantFrom('99999999999999999999', '-0', '1e309', 'NaN', 'null', 'true', '0x10', '1.5e-400'),
    fc.double({ noNaN: true, noDefaultInfinity: true }).map(String),
    anyString(60).map((s) => JSON.stringify(s)),
    fc.constantFrom(
      'DEATHS',
      'MONTH',
      'AT_LEAST',
      'SUM',
      'FIGURE',
      '"2026-02-30"',
      '"2026-01-01"',
      '"YXJyYXljb25uZWN0aW9uOjA="',
    ),
    identifier,
    identifier.map((name) => `$${name}`),
    fc.array(tie('value'), { maxLength: 4 }).map((items) => `[${items.join(', ')}]`),
    fc
      .array(
        fc.tuple(
          fc.constantFrom(...ARGUMENTS, 'text', 'publishedAt', 'min', 'max', 'cumulative'),
          tie('value'),
        ),
        { maxLength: 4 },
      )
      .map((pairs) => `{${pairs.map(([k, v]) => `${k}: ${v}`).join(', ')}}`),
  ),
})).value;

/** A selection set of known and unknown fields, with aliases, arguments, fragments and nesting. */
const selection: fc.Arbitrary<string> = fc.letrec((tie) => ({
  set: fc
    .array(
      fc.oneof(
        { depthSize: 'small' },
        fc
          .tuple(
            fc.option(identifier, { nil: undefined }),
            fc.constantFrom(...FIELDS),
            fc.array(fc.tuple(fc.constantFrom(...ARGUMENTS), literal), { maxLength: 3 }),
            fc.option(tie('set'), { nil: undefined }),
          )
          .map(
            ([alias, field, args, sub]) =>
              `${alias ? `${alias}: ` : ''}${field}${args.length ? `(${args.map(([k, v]) => `${k}: ${v}`).join(', ')})` : ''}${sub ? ` ${sub}` : ''}`,
          ),
        tie('set').map((sub) => `... on Figure ${sub}`),
        identifier.map((name) => `...${name}`),
      ),
      { minLength: 1, maxLength: 4 },
    )
    .map((items) => `{ ${items.join(' ')} }`),
})).set;

/** A GraphQL document: mostly well-formed operations with wrong arguments, sometimes anything at all. */
export const graphqlDocument: fc.Arbitrary<string> = fc.oneof(
  fc
    .tuple(
      fc.constantFrom('query', 'mutation', 'subscription', ''),
      fc.array(
        fc.tuple(
          identifier,
          fc.constantFrom(
            'Int',
            'String!',
            'ID',
            '[Category!]',
            'FigureFilter',
            'Nope',
            'IngestDocumentInput!',
          ),
        ),
        {
          maxLength: 3,
        },
      ),
      selection,
      fc.option(
        selection.map((set) => `fragment F on Figure ${set}`),
        { nil: undefined },
      ),
    )
    .map(([kind, variables, set, fragment]) => {
      const declared = variables.length ? `(${variables.map(([n, t]) => `$${n}: ${t}`).join(', ')})` : '';
      return `${kind} ${kind ? `Op${declared}` : ''} ${set} ${fragment ?? ''}`.trim();
    }),
  anyString(),
  // Deep nesting, cut off at a random point so it may also be unbalanced.
  fc
    .tuple(fc.integer({ min: 1, max: 3000 }), fc.boolean())
    .map(([depth, balanced]) => `${'{ figures '.repeat(depth)}${balanced ? '}'.repeat(depth) : ''}`),
);

/** Variables of any JSON shape, including values of the wrong type for every declared variable. */
export const variables = fc.oneof(
  fc.dictionary(identifier, fc.jsonValue({ maxDepth: 4 }), { maxKeys: 4 }),
  fc.jsonValue({ maxDepth: 3 }),
);

/** A request body: a GraphQL request of wrong shapes and types, or not JSON at all. */
export const requestBody: fc.Arbitrary<string> = fc.oneof(
  fc
    .record({ query: graphqlDocument, variables, operationName: fc.option(identifier, { nil: undefined }) })
    .map((request) => JSON.stringify(request)),
  fc
    .record({ query: fc.jsonValue({ maxDepth: 2 }), variables: fc.jsonValue({ maxDepth: 2 }) })
    .map((request) => JSON.stringify(request)),
  fc.jsonValue({ maxDepth: 3 }).map((value) => JSON.stringify(value) ?? 'null'),
  // Truncated JSON.
  fc.tuple(graphqlDocument, fc.nat()).map(([query, cut]) => {
    const text = JSON.stringify({ query });
    return text.slice(0, cut % text.length);
  }),
  anyString(),
);

export const contentType = fc.constantFrom(
  'application/json',
  'application/json; charset=utf-8',
  'application/graphql-response+json',
  'application/graphql',
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  'application/json; charset=latin1',
  'nonsense',
);

/** Every string anywhere inside a JSON value. */
function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => [k, ...stringsIn(v)]);
  return [];
}

/** What only the server's insides would say: stack frames, source paths, SQLite's words, SQL. */
const INTERNALS: [string, RegExp][] = [
  ['a stack frame', /^\s*at .+[:(]/m],
  ['a source path', /node_modules|\/api\/|\.ts:\d+/],
  ['SQLite', /SQLITE_|sqlite|better-sqlite/i],
  ['SQL', /\b(SELECT|INSERT|UPDATE|DELETE)\b[\s\S]*\b(FROM|INTO|SET|WHERE)\b/],
  // yoga names the JSON parser's complaint about a malformed body (`originalError`), never a stack.
  ['a stack', /^stack$/],
];

/**
 * An answer to a hostile request: a client error (4xx) or a GraphQL response, never a server error, and
 * nothing of the server's insides in it.
 */
export function expectSafeAnswer(status: number, body: string, request: string): void {
  const context = `request: ${request.slice(0, 300)}\nanswer (${status}): ${body.slice(0, 600)}`;
  expect(status, context).toBeLessThan(500);
  expect(status, context).toBeGreaterThanOrEqual(200);
  let parsed: unknown = body;
  try {
    parsed = JSON.parse(body);
  } catch {
    // Plain-text answers (from Node's own HTTP parser) are checked as they are.
  }
  if (status === 200) {
    expect(parsed, context).toBeTypeOf('object');
    const keys = Object.keys(parsed as object);
    expect(keys.length, context).toBeGreaterThan(0);
    expect(
      keys.every((key) => key === 'data' || key === 'errors' || key === 'extensions'),
      context,
    ).toBe(true);
  }
  for (const text of stringsIn(parsed)) {
    for (const [what, pattern] of INTERNALS) {
      expect(pattern.test(text), `${what} in the answer\n${context}`).toBe(false);
    }
  }
}
