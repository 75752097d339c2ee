import { createHash, timingSafeEqual } from 'node:crypto';
import { createPubSub } from 'graphql-yoga';
import type { Db } from '../db/client.ts';
import { createLoaders, type Loaders } from './loaders.ts';
import type { FigureRecord } from './sql.ts';

export type TallyPubSub = ReturnType<typeof createTallyPubSub>;

export function createTallyPubSub() {
  return createPubSub<{ figureAdded: [figure: FigureRecord] }>();
}

/** Whether this request may write, and if not, why not (each case has its own message). */
export type WriteAccess = 'granted' | 'writes-disabled' | 'no-credentials' | 'wrong-token';

export interface Context {
  db: Db;
  loaders: Loaders;
  pubsub: TallyPubSub;
  writeAccess: WriteAccess;
}

const digest = (text: string) => createHash('sha256').update(text).digest();

/** Compares the bearer token with the configured one in constant time (hashing first evens out lengths). */
export function writeAccessFor(authorization: string | null, token: string | undefined): WriteAccess {
  if (!token) return 'writes-disabled';
  const match = /^Bearer\s+(.+)$/i.exec(authorization ?? '');
  if (!match) return 'no-credentials';
  return timingSafeEqual(digest(match[1].trim()), digest(token)) ? 'granted' : 'wrong-token';
}

export function createContext(options: {
  db: Db;
  pubsub: TallyPubSub;
  token: string | undefined;
  request: Request;
}): Context {
  return {
    db: options.db,
    loaders: createLoaders(options.db),
    pubsub: options.pubsub,
    writeAccess: writeAccessFor(options.request.headers.get('authorization'), options.token),
  };
}
