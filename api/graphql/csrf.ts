import { createGraphQLError, type Plugin } from 'graphql-yoga';

/**
 * The header a browser client sends to prove its request was not forged by another site. The same name
 * as `@graphql-yoga/plugin-csrf-prevention`, whose behaviour this follows.
 */
export const CSRF_HEADER = 'x-graphql-yoga-csrf';

// Browsers send these content types (or none) cross-site without a CORS preflight.
const SIMPLE_CONTENT_TYPES = new Set([
  'application/x-www-form-urlencoded',
  'multipart/form-data',
  'text/plain',
]);

/**
 * Refuses GraphQL requests a browser could send from another site without a preflight: those with no
 * content type or a "simple" one, unless they carry the CSRF header. JSON POSTs always pass.
 */
export function useCsrfPrevention(): Plugin {
  return {
    onRequestParse({ request }) {
      if (request.headers.has(CSRF_HEADER)) return;
      const contentType = request.headers.get('content-type')?.split(';')[0].trim().toLowerCase();
      if (contentType && !SIMPLE_CONTENT_TYPES.has(contentType)) return;
      throw createGraphQLError(
        `This request needs the "${CSRF_HEADER}" header (any value) or a JSON body, as a guard against ` +
          'cross-site request forgery.',
        { extensions: { http: { status: 403 }, code: 'CSRF_HEADER_REQUIRED' } },
      );
    },
  };
}
