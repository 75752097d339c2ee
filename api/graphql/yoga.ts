// Builds the GraphQL server as a fetch handler. It never listens: api/http/server.ts mounts it, tests
// call `yoga.fetch(...)` directly.
import { createYoga } from 'graphql-yoga';
import type { Db } from '../db/client.ts';
import { createContext, createTallyPubSub, type TallyPubSub } from './context.ts';
import { useCsrfPrevention } from './csrf.ts';
import { useCompiledQueries } from './jit.ts';
import { limitPlugins } from './limits.ts';
import { schema } from './schema.ts';

export interface YogaOptions {
  db: Db;
  /** The bearer token that allows writes; writes are refused when it is unset. */
  token?: string;
  pubsub?: TallyPubSub;
}

export function buildYoga({ db, token, pubsub = createTallyPubSub() }: YogaOptions) {
  return createYoga({
    schema,
    graphqlEndpoint: '/graphql',
    context: ({ request }) => createContext({ db, pubsub, token, request }),
    // Messages of GraphQLErrors thrown on purpose reach the client; any other error reads
    // "Unexpected error." and is logged.
    maskedErrors: true,
    landingPage: false,
    plugins: [useCsrfPrevention(), ...limitPlugins(), useCompiledQueries()],
  });
}

export type TallyYoga = ReturnType<typeof buildYoga>;
