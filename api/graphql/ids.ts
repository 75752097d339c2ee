import { decodeGlobalID } from '@pothos/plugin-relay';
import { GraphQLError } from 'graphql';

/**
 * The database id behind an `ID` argument. Accepts the API's own global ids (`Figure.id`) and plain
 * database ids (`Figure.databaseId`, as in export files and dashboard URLs).
 */
export function databaseId(id: string, typename: 'Figure' | 'Document'): number {
  let raw = id;
  if (!/^\d+$/.test(id)) {
    let decoded: { typename: string; id: string } | null = null;
    try {
      decoded = decodeGlobalID(id);
    } catch {
      decoded = null;
    }
    if (decoded?.typename !== typename) {
      throw new GraphQLError(`"${id.slice(0, 60)}" is not a ${typename} id`, {
        extensions: { code: 'BAD_USER_INPUT' },
      });
    }
    raw = decoded.id;
  }
  const value = Number(raw);
  if (!Number.isSafeInteger(value) || value < 1) {
    throw new GraphQLError(`"${id.slice(0, 60)}" is not a ${typename} id`, {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  return value;
}
