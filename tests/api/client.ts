// Runs GraphQL operations against a yoga server in-process, the way the dashboard sends them.
import type { Db } from '../../api/db/client.ts';
import { CSRF_HEADER } from '../../api/graphql/csrf.ts';
import { buildYoga, type TallyYoga } from '../../api/graphql/yoga.ts';

/** A GraphQL answer as a test reads it: JSON whose shape the query gives, held by the assertions. */
// biome-ignore lint/suspicious/noExplicitAny: answers are plain JSON, read field by field in assertions.
export type Json = any;

export interface GraphQLResult<T = Record<string, Json>> {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

export function testYoga(db: Db, token?: string): TallyYoga {
  return buildYoga({ db, token });
}

export async function run<T = Record<string, Json>>(
  yoga: TallyYoga,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
  operationName?: string,
): Promise<GraphQLResult<T>> {
  const response = await yoga.fetch('http://tally.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', [CSRF_HEADER]: 'test', ...headers },
    body: JSON.stringify({ query, variables, operationName }),
  });
  return { status: response.status, ...(await response.json()) };
}

/** The data of an operation that must succeed. */
export async function data<T = Record<string, Json>>(
  yoga: TallyYoga,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  const result = await run<T>(yoga, query, variables);
  if (result.errors) throw new Error(`unexpected errors: ${JSON.stringify(result.errors)}`);
  return result.data!;
}

/** The error messages of an operation that must fail. */
export async function errors(
  yoga: TallyYoga,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<string[]> {
  const result = await run(yoga, query, variables, headers);
  if (!result.errors) throw new Error(`expected errors, got ${JSON.stringify(result.data)}`);
  return result.errors.map((e) => e.message);
}
