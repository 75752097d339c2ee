import { describe, expect, it } from 'vitest';
import { openDb } from '../../api/db/client.ts';
import { extractFigures } from '../../api/extract/index.ts';
import { ingestSources } from '../../api/ingest/batches.ts';
import { BATCH_DOCUMENTS, BATCH_TEXT_LENGTH, type NewDocument } from '../../api/ingest/document.ts';
import { ingestDocuments } from '../../api/ingest/ingest.ts';
import type { SourceItem } from '../../api/ingest/sources.ts';

const count = (db: ReturnType<typeof openDb>, table: string) =>
  (db.$client.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

const article = (n: number) => `Storms on ${(n % 28) + 1} March flooded ${n + 2} homes and ${n + 7} farms.`;

describe('ingestDocuments', () => {
  it('gives each document its own outcome, in order, and stores the figures each has alone', () => {
    const db = openDb(':memory:');
    const stored = ingestDocuments(db, [{ text: article(1), publishedAt: '2025-04-02' }]);
    const docs: NewDocument[] = [
      { text: article(2), publishedAt: '2025-04-02' },
      { text: '  ' },
      { text: article(1) },
      { text: article(3), publishedAt: '2025-02-30' },
      { text: article(4), publishedAt: '2025-04-03' },
      { text: article(4), publishedAt: '2025-04-03' },
    ];
    const outcomes = ingestDocuments(db, docs);
    expect(outcomes.map((o) => o.status)).toEqual([
      'added',
      'failed',
      'duplicate',
      'failed',
      'added',
      'duplicate',
    ]);
    expect(outcomes[2]).toEqual({
      status: 'duplicate',
      documentId: stored[0].status === 'added' && stored[0].documentId,
    });
    expect(outcomes[1].status === 'failed' && outcomes[1].error.message).toBe('the text is empty');
    expect(outcomes[3].status === 'failed' && outcomes[3].error.message).toMatch(
      'not a valid YYYY-MM-DD day',
    );
    for (const i of [0, 4]) {
      const outcome = outcomes[i];
      expect(outcome.status === 'added' && outcome.figures).toEqual(
        extractFigures(docs[i].text, { published: docs[i].publishedAt }),
      );
    }
    expect(count(db, 'documents')).toBe(3);
    const figuresOf = (o: (typeof outcomes)[number]) => (o.status === 'added' ? o.figures.length : 0);
    expect(count(db, 'figures')).toBe(figuresOf(stored[0]) + figuresOf(outcomes[0]) + figuresOf(outcomes[4]));
    expect(figuresOf(outcomes[4])).toBe(2);
  });
});

describe('ingestSources', () => {
  it('reads no more than a batch ahead of what it has stored', () => {
    const db = openDb(':memory:');
    const total = BATCH_DOCUMENTS * 2 + 5;
    const items: SourceItem[] = Array.from({ length: total }, (_, i) => ({ file: `a${i}.txt` }));
    let read = 0;
    const reader = (file: string) => {
      read++;
      return { text: article(Number(file.slice(1, -4))), publishedAt: '2025-04-02', source: file };
    };
    const sources = ingestSources(db, items, reader);
    const first = sources.next();
    expect(first.value).toMatchObject({ path: 'a0.txt', outcome: { status: 'added' } });
    expect(read).toBe(BATCH_DOCUMENTS);
    expect(count(db, 'documents')).toBe(BATCH_DOCUMENTS);
    const rest = [...sources];
    expect(rest.map((s) => s.path)).toEqual(items.slice(1).map((item) => ('file' in item ? item.file : '')));
    expect(count(db, 'documents')).toBe(total);
  });

  it('ends a batch early when its text is long', () => {
    const db = openDb(':memory:');
    const long = `${'Nothing to count here. '.repeat(Math.ceil(BATCH_TEXT_LENGTH / 23))}${article(5)}`;
    let read = 0;
    const reader = (file: string) => {
      read++;
      return { text: file === 'long.txt' ? long : article(read), publishedAt: '2025-04-02' };
    };
    const sources = ingestSources(db, [{ file: 'long.txt' }, { file: 'b.txt' }], reader);
    expect(sources.next().value).toMatchObject({ path: 'long.txt', outcome: { status: 'added' } });
    expect(read).toBe(1);
    expect([...sources].map((s) => s.path)).toEqual(['b.txt']);
  });

  it('reports a file it cannot read and a path it cannot use in their places, and stores the rest', () => {
    const db = openDb(':memory:');
    const items: SourceItem[] = [
      { file: 'a.txt' },
      { path: 'missing', problem: 'no such file or folder' },
      { file: 'bad.txt' },
      { file: 'c.txt' },
    ];
    const reader = (file: string) => {
      if (file === 'bad.txt') throw new Error('is not valid UTF-8 text');
      return { text: article(file.length + file.charCodeAt(0)), publishedAt: '2025-04-02' };
    };
    const outcomes = [...ingestSources(db, items, reader)];
    expect(outcomes).toEqual([
      { path: 'a.txt', outcome: expect.objectContaining({ status: 'added' }) },
      { path: 'missing', problem: 'no such file or folder' },
      { path: 'bad.txt', problem: 'is not valid UTF-8 text' },
      { path: 'c.txt', outcome: expect.objectContaining({ status: 'added' }) },
    ]);
    expect(count(db, 'documents')).toBe(2);
  });
});
