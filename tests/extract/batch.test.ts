// Extracting several articles at once runs each stage over all of them before the next; every article
// must still come out exactly as it does alone, whatever the articles beside it.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Article, extractFigures, extractFiguresOfEach } from '../../api/extract/index.ts';

const FIXTURES = join(import.meta.dirname, '../fixtures');

/** Every fixture article, with the publication date its manifest gives. */
function fixtureArticles(): Article[] {
  const articles: Article[] = [];
  for (const set of readdirSync(FIXTURES).sort()) {
    const folder = join(FIXTURES, set);
    let files: string[];
    try {
      files = readdirSync(folder).filter((f) => f.endsWith('.txt'));
    } catch {
      continue;
    }
    let manifest: { file: string; published?: string }[] = [];
    try {
      manifest = JSON.parse(readFileSync(join(folder, 'manifest.json'), 'utf8'));
    } catch {}
    for (const file of files.sort()) {
      const published = manifest.find((entry) => entry.file === file)?.published ?? '2026-01-15';
      articles.push({ text: readFileSync(join(folder, file), 'utf8'), published });
    }
  }
  return articles;
}

const alone = (article: Article) => extractFigures(article.text, { published: article.published });

describe('extractFiguresOfEach', () => {
  const articles = fixtureArticles();

  it('gives every fixture article the figures it has alone, in either order', () => {
    expect(articles.length).toBeGreaterThan(200);
    const expected = articles.map(alone);
    expect(expected.flat().length).toBeGreaterThan(3000);
    expect(extractFiguresOfEach(articles)).toEqual(expected);
    expect(extractFiguresOfEach([...articles].reverse())).toEqual([...expected].reverse());
  });

  it('gives an empty or unreadable article no figures and its neighbours all of theirs', () => {
    const [first, second] = articles;
    const batch = [first, { text: '' }, null, { text: 42 }, second] as unknown as Article[];
    expect(extractFiguresOfEach(batch)).toEqual([alone(first), [], [], [], alone(second)]);
    expect(extractFiguresOfEach([])).toEqual([]);
  });

  it('reads random batches of articles as it reads each alone', () => {
    const text = fc.oneof(
      fc.string(),
      fc
        .array(fc.constantFrom(...articles.slice(0, 40).map((a) => a.text.slice(0, 600)), '\u0000', '٣٤'), {
          maxLength: 4,
        })
        .map((parts) => parts.join('\n')),
    );
    const article = fc.record({ text, published: fc.constantFrom('2024-05-15', null, 'not a date') });
    fc.assert(
      fc.property(fc.array(article, { maxLength: 6 }), (batch) => {
        expect(extractFiguresOfEach(batch)).toEqual(batch.map(alone));
      }),
      { numRuns: 60 },
    );
  });
});
