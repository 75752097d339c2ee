import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_TEXT_BYTES } from '../../api/ingest/document.ts';
import { clearManifestCache, dateFromText, listSources, readSource } from '../../api/ingest/sources.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'tally-sources-'));
  clearManifestCache();
});
afterEach(() => clearManifestCache());

const write = (name: string, content: string | Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

describe('listSources', () => {
  it('expands a folder to its .txt files in name order, recursively', () => {
    write('b.txt', 'x');
    write('a.txt', 'x');
    write('notes.md', 'x');
    mkdirSync(join(dir, 'sub'));
    write('sub/c.txt', 'x');
    expect(listSources([dir])).toEqual([
      { file: join(dir, 'a.txt') },
      { file: join(dir, 'b.txt') },
      { file: join(dir, 'sub/c.txt') },
    ]);
  });

  it('reports a missing path and a folder without articles, and keeps going', () => {
    mkdirSync(join(dir, 'empty'));
    const good = write('a.txt', 'x');
    expect(listSources([join(dir, 'nope.txt'), join(dir, 'empty'), good])).toEqual([
      { path: join(dir, 'nope.txt'), problem: 'no such file or folder' },
      { path: join(dir, 'empty'), problem: 'the folder holds no .txt files' },
      { file: good },
    ]);
  });
});

describe('readSource', () => {
  it('refuses an empty file', () => {
    expect(() => readSource(write('e.txt', '  \n'))).toThrow('is empty');
  });

  it('refuses a binary file', () => {
    expect(() => readSource(write('b.txt', Buffer.from([0x47, 0x49, 0x46, 0x00, 0x01])))).toThrow('binary');
  });

  it('refuses text that is not UTF-8', () => {
    expect(() => readSource(write('l.txt', Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x32])))).toThrow(
      'not valid UTF-8',
    );
  });

  it('refuses a file over the size limit', () => {
    expect(() => readSource(write('big.txt', 'a'.repeat(MAX_TEXT_BYTES + 1)))).toThrow(
      'larger than the 5 MB limit',
    );
  });

  it('takes metadata from manifest.json, and command-line values over it', () => {
    const file = write('a.txt', 'Forty people marched.');
    write(
      'manifest.json',
      JSON.stringify([
        {
          file: 'a.txt',
          publisher: 'The Daily',
          published: '2025-03-04',
          title: 'March',
          url: 'https://example.org/a',
        },
      ]),
    );
    expect(readSource(file)).toMatchObject({
      source: 'a.txt',
      publisher: 'The Daily',
      publishedAt: '2025-03-04',
      title: 'March',
      url: 'https://example.org/a',
    });
    expect(readSource(file, { published: '2025-03-09', title: 'Other' })).toMatchObject({
      publishedAt: '2025-03-09',
      title: 'Other',
      publisher: 'The Daily',
    });
  });

  it('names the manifest when it is not valid JSON', () => {
    const file = write('a.txt', 'Forty people marched.');
    write('manifest.json', '[{"file": "a.txt",');
    expect(() => readSource(file)).toThrow(/manifest\.json is not valid JSON/);
  });

  it('names the entry whose publication date is not a day', () => {
    const file = write('a.txt', 'Forty people marched.');
    write('manifest.json', JSON.stringify([{ file: 'a.txt', published: '2025-02-30' }]));
    expect(() => readSource(file)).toThrow('"2025-02-30"');
  });

  it("falls back to the text's own date line", () => {
    expect(readSource(write('a.txt', ' date 2024-07-08 Ten boats left port.')).publishedAt).toBe(
      '2024-07-08',
    );
  });
});

describe('dateFromText', () => {
  it('reads a tagged ISO date line', () => {
    expect(dateFromText('Published: 2023-11-05\nHeadline')).toBe('2023-11-05');
  });

  it('reads a short dateline under the headline', () => {
    expect(dateFromText('Ships Sail South\n\nMarch 07, 2024Harbour Post\n\nThe fleet left.')).toBe(
      '2024-03-07',
    );
  });

  it('does not take a sentence that opens with a date for a dateline', () => {
    expect(
      dateFromText(
        'On 7 March 2024 the fleet left the harbour after a long and tense standoff with the coast guard.',
      ),
    ).toBeNull();
  });

  it('gives null without a date', () => {
    expect(dateFromText('No date here.\nNor here.')).toBeNull();
  });
});
