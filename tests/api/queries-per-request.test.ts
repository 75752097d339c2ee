// Figures with their documents must cost a fixed number of SQL statements, not one per figure.
import { describe, expect, it } from 'vitest';
import { data, testYoga } from './client.ts';
import { insertDocuments, insertFigures, memoryDb } from './fixtures.ts';

function setup() {
  const statements: string[] = [];
  const db = memoryDb((sql) => statements.push(sql));
  insertDocuments(
    db,
    Array.from({ length: 40 }, (_, i) => ({ id: i + 1, title: `Document ${i + 1}` })),
  );
  insertFigures(
    db,
    Array.from({ length: 200 }, (_, i) => ({
      documentId: (i % 40) + 1,
      category: 'deaths',
      value: i,
      date: '2026-01-05',
    })),
  );
  statements.length = 0;
  return { yoga: testYoga(db), statements };
}

describe('SQL statements per request', () => {
  it('a page of 100 figures with their documents: page, count, one batch of documents', async () => {
    const { yoga, statements } = setup();
    const result = await data(
      yoga,
      `{ figures(first: 100, filter: { category: [DEATHS] }) { totalCount
        edges { node { value sentence document { title publisher url text } } } } }`,
    );
    expect(result.figures.edges).toHaveLength(100);
    expect(
      new Set(
        result.figures.edges.map((e: { node: { document: { title: string } } }) => e.node.document.title),
      ).size,
    ).toBe(40);
    // The figures page, the total, the documents' metadata and their texts.
    expect(statements).toHaveLength(4);
  });

  it('stays at the same count for a page of 5', async () => {
    const { yoga, statements } = setup();
    await data(yoga, '{ figures(first: 5) { edges { node { value document { title } } } } }');
    expect(statements).toHaveLength(2);
  });
});
