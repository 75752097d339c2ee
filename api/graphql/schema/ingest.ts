import { sql } from 'drizzle-orm';
import { GraphQLError } from 'graphql';
import { figures } from '../../db/schema.ts';
import { ingestDocument, InputError, MAX_TEXT_BYTES } from '../../ingest/ingest.ts';
import { builder } from '../builder.ts';
import type { Context } from '../context.ts';
import { allRows, type DocumentRecord, documentsByIds, type FigureRecord, figureColumns } from '../sql.ts';
import { DocumentRef } from './document.ts';
import { FigureRef } from './figure.ts';

const MAX_FIELD_LENGTH = 2000;

const IngestInput = builder.inputType('IngestDocumentInput', {
  fields: (t) => ({
    text: t.string({
      required: true,
      description: `The article text, at most ${MAX_TEXT_BYTES / 1024 / 1024} MB.`,
    }),
    title: t.string({ required: false }),
    publisher: t.string({ required: false }),
    url: t.string({ required: false }),
    publishedAt: t.field({
      type: 'Date',
      required: false,
      description: 'The publication day: the reference for relative dates such as "on Tuesday".',
    }),
  }),
});

const IngestStatusEnum = builder.enumType('IngestStatus', {
  values: {
    ADDED: { description: 'A new document; its figures were extracted and stored.' },
    DUPLICATE: { description: 'The same text was already stored; nothing changed.' },
  } as const,
});

interface IngestPayload {
  status: 'ADDED' | 'DUPLICATE';
  document: DocumentRecord;
  figures: FigureRecord[];
}

const IngestPayloadRef = builder.objectRef<IngestPayload>('IngestDocumentPayload').implement({
  fields: (t) => ({
    status: t.expose('status', { type: IngestStatusEnum }),
    document: t.expose('document', { type: DocumentRef }),
    figures: t.expose('figures', {
      type: [FigureRef],
      description: 'All the document’s figures, in text order.',
    }),
  }),
});

const refusals: Record<
  Exclude<Context['writeAccess'], 'granted'>,
  [message: string, code: string, status: number]
> = {
  'writes-disabled': [
    'Writes are disabled: the server was started without TALLY_TOKEN.',
    'WRITES_DISABLED',
    403,
  ],
  'no-credentials': ['Writes need an "Authorization: Bearer <TALLY_TOKEN>" header.', 'UNAUTHENTICATED', 401],
  'wrong-token': ['The bearer token is not the one this server was started with.', 'UNAUTHENTICATED', 401],
};

function requireWriteAccess({ writeAccess }: Context): void {
  if (writeAccess === 'granted') return;
  const [message, code, status] = refusals[writeAccess];
  throw new GraphQLError(message, { extensions: { code, http: { status } } });
}

function badInput(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });
}

/** SQLite's codes for a database that cannot take writes: a read-only file, a full disk. */
function isStorageUnavailable(error: unknown): boolean {
  const code = error instanceof Error ? (error as Error & { code?: unknown }).code : undefined;
  return typeof code === 'string' && (code === 'SQLITE_FULL' || code.startsWith('SQLITE_READONLY'));
}

builder.mutationField('ingestDocument', (t) =>
  t.field({
    type: IngestPayloadRef,
    description:
      'Stores an article and the figures found in it, exactly as `tally ingest` does. Needs ' +
      '`Authorization: Bearer <TALLY_TOKEN>`.',
    args: { input: t.arg({ type: IngestInput, required: true }) },
    resolve: (_root, { input }, ctx): IngestPayload => {
      requireWriteAccess(ctx);
      for (const key of ['title', 'publisher', 'url'] as const) {
        if ((input[key]?.length ?? 0) > MAX_FIELD_LENGTH) {
          throw badInput(`"${key}" is longer than ${MAX_FIELD_LENGTH} characters`);
        }
      }
      if (input.url != null && !/^https?:\/\/\S+$/i.test(input.url)) {
        throw badInput(`"url" must be an http or https address, not "${input.url.slice(0, 60)}"`);
      }
      let result: ReturnType<typeof ingestDocument>;
      try {
        result = ingestDocument(ctx.db, { ...input, source: input.url ?? 'graphql' });
      } catch (error) {
        if (error instanceof InputError) throw badInput(`Cannot ingest: ${error.message}`);
        if (isStorageUnavailable(error)) {
          // Said plainly to the client; the SQLite details stay in the server's log.
          console.error('ingestDocument could not write:', error);
          throw new GraphQLError(
            'The database cannot be written (it is read-only or the disk is full); nothing was stored.',
            { extensions: { code: 'STORAGE_UNAVAILABLE', http: { status: 503 } } },
          );
        }
        throw error;
      }
      const stored = allRows<FigureRecord>(
        ctx.db,
        sql`SELECT ${figureColumns} FROM ${figures} WHERE ${figures.documentId} = ${result.documentId}
          ORDER BY ${figures.id}`,
      );
      if (result.status === 'added') {
        for (const figure of stored) ctx.pubsub.publish('figureAdded', figure);
      }
      return {
        status: result.status === 'added' ? 'ADDED' : 'DUPLICATE',
        document: documentsByIds(ctx.db, [result.documentId])[0],
        figures: stored,
      };
    },
  }),
);
