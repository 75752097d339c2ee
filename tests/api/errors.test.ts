import { describe, expect, it, vi } from 'vitest';
import { CSRF_HEADER } from '../../api/graphql/csrf.ts';
import { run, testYoga } from './client.ts';
import { memoryDb } from './fixtures.ts';

describe('errors', () => {
  it('masks unexpected failures, keeping their details out of the response', async () => {
    const db = memoryDb();
    const yoga = testYoga(db);
    db.$client.close();
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    const result = await run(yoga, '{ figures { totalCount } }');
    logged.mockRestore();
    expect(result.errors?.map((e) => e.message)).toEqual(['Unexpected error.']);
    expect(JSON.stringify(result)).not.toContain('database');
  });

  it('answers a cross-site-forgeable request without the CSRF header with 403', async () => {
    const yoga = testYoga(memoryDb());
    const plain = await yoga.fetch('http://tally.test/graphql?query=%7Bcategories%7Bcategory%7D%7D');
    expect(plain.status).toBe(403);
    expect((await plain.json()).errors[0].message).toContain(`"${CSRF_HEADER}" header`);
    const form = await yoga.fetch('http://tally.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ query: '{ categories { category } }' }),
    });
    expect(form.status).toBe(403);
    const withHeader = await yoga.fetch('http://tally.test/graphql?query=%7Bcategories%7Bcategory%7D%7D', {
      headers: { [CSRF_HEADER]: '1' },
    });
    expect(withHeader.status).toBe(200);
  });

  it('refuses mutations over GET', async () => {
    const yoga = testYoga(memoryDb(), 'token');
    const response = await yoga.fetch(
      `http://tally.test/graphql?query=${encodeURIComponent('mutation { ingestDocument(input: {text: "x"}) { status } }')}`,
      { headers: { [CSRF_HEADER]: '1', authorization: 'Bearer token' } },
    );
    expect(response.status).toBe(405);
  });
});
