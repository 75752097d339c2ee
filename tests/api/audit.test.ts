// graphql-http's GraphQL-over-HTTP audits against the yoga server, in-process, with CSRF prevention on.
// (GETs without the CSRF header are refused, so the optional GET audits end as notices, not errors.)
import { serverAudits } from 'graphql-http';
import { describe, expect, it } from 'vitest';
import { testYoga } from './client.ts';
import { memoryDb } from './fixtures.ts';

const yoga = testYoga(memoryDb());

describe('GraphQL over HTTP audits', () => {
  const audits = serverAudits({
    url: 'http://tally.test/graphql',
    fetchFn: (input: RequestInfo | URL, init?: RequestInit) =>
      yoga.fetch(String(input), init as Parameters<typeof yoga.fetch>[1]),
  });
  for (const audit of audits) {
    it(audit.name, async () => {
      const result = await audit.fn();
      expect(result.status === 'error' ? result.reason : 'no error').toBe('no error');
    });
  }
});
