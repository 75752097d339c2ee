// The server killed with SIGKILL while two clients ingest through the mutation: every write it acknowledged
// survives with the figures it returned, nothing is half-written, and after a restart the clients can
// resend what was in flight without creating duplicates.
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { generatedArticle } from '../../bench/articles.ts';
import { type ServerProcess, startServerProcess } from '../../bench/loopback-server.ts';
import { inspectDatabase, tempDir, waitFor } from './harness.ts';

const TOKEN = 'sigkill-token';
const WRITERS = 2;
/** Acknowledged documents before the kill. */
const KILL_AFTER = 40;

const INGEST = `mutation($input: IngestDocumentInput!) {
  ingestDocument(input: $input) { status document { databaseId } figures { databaseId } }
}`;

async function ingest(server: ServerProcess, index: number) {
  const article = generatedArticle(index);
  const response = await fetch(`${server.base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
    body: JSON.stringify({
      query: INGEST,
      variables: { input: { text: article.text, publishedAt: article.publishedAt } },
    }),
    signal: AbortSignal.timeout(20_000),
  });
  const { data, errors } = await response.json();
  if (errors) throw new Error(JSON.stringify(errors));
  return data.ingestDocument as {
    status: string;
    document: { databaseId: number };
    figures: { databaseId: number }[];
  };
}

describe('SIGKILL of the server during ingestion through the API', () => {
  it('keeps every acknowledged write whole, and a resend after restart adds no duplicates', async () => {
    const dir = tempDir('sigkill-server');
    const dbPath = join(dir, 'tally.db');
    const start = async () => {
      const server = await startServerProcess({ dbPath, token: TOKEN, seedsDir: dir });
      onTestFinished(() => {
        server.child.kill('SIGKILL');
      });
      return server;
    };
    const server = await start();

    const acknowledged = new Map<number, number[]>();
    const unanswered: number[] = [];
    let next = 0;
    const writer = async () => {
      // Bounded by the kill below, and by the article count in case it never comes.
      while (next < 1000) {
        const index = next++;
        try {
          const result = await ingest(server, index);
          acknowledged.set(
            result.document.databaseId,
            result.figures.map((f) => f.databaseId),
          );
        } catch {
          unanswered.push(index);
          return;
        }
      }
    };
    const writers = Array.from({ length: WRITERS }, writer);
    expect(await waitFor(() => acknowledged.size >= KILL_AFTER, 60_000)).toBe(true);
    server.child.kill('SIGKILL');
    await Promise.all(writers);
    expect((await server.exited).signal).toBe('SIGKILL');
    expect(unanswered).toHaveLength(WRITERS);

    const afterKill = inspectDatabase(dbPath);
    expect(afterKill.integrity).toBe('ok');
    expect(afterKill.incomplete).toEqual([]);
    // Everything acknowledged is there, plus at most the writes in flight at the kill.
    expect(afterKill.documents).toBeGreaterThanOrEqual(acknowledged.size);
    expect(afterKill.documents).toBeLessThanOrEqual(acknowledged.size + WRITERS);
    const figureIds = [...acknowledged.values()].flat();
    expect(afterKill.figures).toBeGreaterThanOrEqual(figureIds.length);

    // Restarted, the server has what it acknowledged, figure for figure.
    const restarted = await start();
    for (const [documentId, ids] of acknowledged) {
      const response = await fetch(`${restarted.base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query: `query($id: ID!) { document(id: $id) { figures(first: 100) { edges { node { databaseId } } } } }`,
          variables: { id: String(documentId) },
        }),
      });
      const { data } = await response.json();
      expect(
        data.document.figures.edges.map((e: { node: { databaseId: number } }) => e.node.databaseId),
      ).toEqual(ids);
    }
    // Resending what was in flight stores it once.
    for (const index of unanswered)
      expect(['ADDED', 'DUPLICATE']).toContain((await ingest(restarted, index)).status);
    restarted.child.kill('SIGTERM');
    expect((await restarted.exited).code).toBe(0);
    const final = inspectDatabase(dbPath);
    expect(final.documents).toBe(acknowledged.size + WRITERS);
    expect(final.duplicateTexts).toBe(0);
    expect(final.incomplete).toEqual([]);
  }, 120_000);
});
