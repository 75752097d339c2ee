import { describe, expect, it } from 'vitest';
import { CSRF_HEADER } from '../../api/graphql/csrf.ts';
import { MAX_TEXT_BYTES } from '../../api/ingest/ingest.ts';
import { data, errors, run, testYoga } from './client.ts';
import { memoryDb } from './fixtures.ts';

const TOKEN = 'correct horse battery staple';
const ARTICLE =
  'At least 40 people were killed in the city on Monday, officials said. About 15,000 troops were deployed.';

const INGEST = `mutation($input: IngestDocumentInput!) {
  ingestDocument(input: $input) {
    status
    document { databaseId title publisher publishedAt text figures { totalCount } }
    figures { databaseId value qualifier category sentence span { start end } document { databaseId } }
  }
}`;

const input = (overrides: Record<string, unknown> = {}) => ({
  input: { text: ARTICLE, title: 'Night raid', publisher: 'Wire', publishedAt: '2026-01-07', ...overrides },
});
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

describe('ingestDocument: who may write', () => {
  it('is refused with a clear message when the server has no TALLY_TOKEN', async () => {
    const result = await run(testYoga(memoryDb()), INGEST, input(), bearer(TOKEN));
    expect(result.errors?.[0].message).toBe(
      'Writes are disabled: the server was started without TALLY_TOKEN.',
    );
    expect(result.errors?.[0].extensions?.code).toBe('WRITES_DISABLED');
  });

  it('is refused without a bearer token, or with the wrong one, and writes nothing', async () => {
    const db = memoryDb();
    const yoga = testYoga(db, TOKEN);
    const missing = await run(yoga, INGEST, input());
    expect(missing.status).toBe(401);
    expect(missing.errors?.[0].message).toBe('Writes need an "Authorization: Bearer <TALLY_TOKEN>" header.');
    for (const header of [bearer(`${TOKEN}x`), bearer(TOKEN.slice(1)), { authorization: `Basic ${TOKEN}` }]) {
      expect((await run(yoga, INGEST, input(), header)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    }
    expect(db.$client.prepare('SELECT count(*) AS n FROM documents').get()).toEqual({ n: 0 });
  });

  it('keeps reads open without a token', async () => {
    expect(await data(testYoga(memoryDb(), TOKEN), '{ figures { totalCount } }')).toEqual({
      figures: { totalCount: 0 },
    });
  });
});

describe('ingestDocument: writing', () => {
  it('stores the document and its figures, then reports the same text as a duplicate', async () => {
    const db = memoryDb();
    const yoga = testYoga(db, TOKEN);
    const added = await run(yoga, INGEST, input(), bearer(TOKEN));
    expect(added.errors).toBeUndefined();
    const payload = added.data!.ingestDocument;
    expect(payload.status).toBe('ADDED');
    expect(payload.document).toMatchObject({
      title: 'Night raid',
      publisher: 'Wire',
      publishedAt: '2026-01-07',
      text: ARTICLE,
    });
    expect(payload.figures.length).toBeGreaterThan(0);
    expect(payload.document.figures.totalCount).toBe(payload.figures.length);
    for (const figure of payload.figures) {
      expect(ARTICLE.slice(figure.span.start, figure.span.end)).not.toBe('');
      expect(figure.document.databaseId).toBe(payload.document.databaseId);
    }
    const again = await run(yoga, INGEST, input({ title: 'Another title' }), bearer(TOKEN));
    expect(again.data!.ingestDocument).toMatchObject({
      status: 'DUPLICATE',
      document: { title: 'Night raid' },
    });
  });

  it.each([
    ['blank text', { text: '   ' }, 'Cannot ingest: the text is empty'],
    ['a bad date', { publishedAt: '2026-13-01' }, 'Date must be a day written YYYY-MM-DD, not "2026-13-01"'],
    [
      'text over 5 MB',
      { text: 'x'.repeat(MAX_TEXT_BYTES + 1) },
      'Cannot ingest: the text is larger than the 5 MB limit',
    ],
    ['a script URL', { url: 'javascript:alert(1)' }, '"url" must be an http or https address'],
    ['a long title', { title: 't'.repeat(2001) }, '"title" is longer than 2000 characters'],
  ])('rejects %s', async (_name, overrides, message) => {
    const yoga = testYoga(memoryDb(), TOKEN);
    expect((await errors(yoga, INGEST, input(overrides), bearer(TOKEN)))[0]).toContain(message);
  });
});

describe('figureAdded', () => {
  it('streams each new figure over server-sent events, filtered', async () => {
    const yoga = testYoga(memoryDb(), TOKEN);
    const response = await yoga.fetch('http://tally.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream', [CSRF_HEADER]: 'test' },
      body: JSON.stringify({
        query:
          'subscription { figureAdded(filter: { category: [TROOPS] }) { value category document { title } } }',
      }),
    });
    expect(response.headers.get('content-type')).toContain('text/event-stream');
    const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
    // The subscription is registered once the stream is open; give it a turn before writing.
    await new Promise((resolve) => setTimeout(resolve, 50));
    await run(yoga, INGEST, input(), bearer(TOKEN));
    let received = '';
    while (!received.includes('\n\n') || !received.includes('"data"')) {
      const { value, done } = await reader.read();
      if (done) break;
      received += value;
    }
    await reader.cancel();
    const event = received.split('\n\n').find((chunk) => chunk.includes('"figureAdded"'))!;
    const payload = JSON.parse(
      event
        .split('\n')
        .find((line) => line.startsWith('data:'))!
        .slice(5),
    );
    expect(payload.data.figureAdded).toEqual({
      value: 15000,
      category: 'TROOPS',
      document: { title: 'Night raid' },
    });
  });
});
