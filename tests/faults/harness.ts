// Child processes of the real command line, generated article folders and a check of a database file
// against what extraction says each stored document must hold.
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { onTestFinished } from 'vitest';
import { extractFigures } from '../../api/extract/index.ts';
import type { ExtractedFigure } from '../../api/extract/types.ts';
import { generatedArticle } from '../../bench/articles.ts';

const CLI = fileURLToPath(new URL('../../api/cli.ts', import.meta.url));

/** A temporary folder removed when the test ends. */
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), `tally-${prefix}-`));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** Writes `count` articles of the generated corpus, from article `from` on, into a new folder. */
export function writeArticles(dir: string, count: number, from = 0): string {
  const folder = join(dir, 'articles');
  mkdirSync(folder, { recursive: true });
  for (let i = from; i < from + count; i++) {
    const article = generatedArticle(i);
    writeFileSync(join(folder, article.file), article.text);
  }
  return folder;
}

/** Starts `tally ARGS...` (killed when the test ends, if still running). */
export function startTally(args: string[], env: Record<string, string> = {}): ChildProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', CLI, ...args], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  onTestFinished(() => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  });
  return child;
}

export interface Finished {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Collects a child's output until it exits. */
export async function finished(child: ChildProcess): Promise<Finished> {
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk) => {
    stdout += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    stderr += chunk;
  });
  const [code, signal] = child.exitCode !== null ? [child.exitCode, null] : await once(child, 'exit');
  return { code, signal, stdout, stderr };
}

export const runTally = (args: string[], env: Record<string, string> = {}) => finished(startTally(args, env));

/** The number of documents in a database file, read through a separate connection (0 before it exists). */
export function countDocuments(path: string): number {
  let db: Database.Database | undefined;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true });
    return (db.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n;
  } catch {
    return 0;
  } finally {
    db?.close();
  }
}

/** SQLite's integrity check of a database file: `ok`, or the problems found. */
export function integrityOf(path: string): string {
  const db = new Database(path, { fileMustExist: true });
  try {
    return (db.pragma('integrity_check') as { integrity_check: string }[])
      .map((row) => row.integrity_check)
      .join('; ');
  } finally {
    db.close();
  }
}

export interface DatabaseReport {
  integrity: string;
  foreignKeyProblems: number;
  documents: number;
  figures: number;
  /** Documents whose stored figures are not exactly what extraction gives for their text. */
  incomplete: { id: number; stored: number; expected: number }[];
  duplicateTexts: number;
}

/**
 * Opens the file as a restarted server would (recovering the WAL), and checks it: SQLite's own integrity
 * check, foreign keys, and for every document, that its figures are the ones extraction finds in its text,
 * all of them and nothing else.
 */
export function inspectDatabase(path: string): DatabaseReport {
  const db = new Database(path, { fileMustExist: true });
  try {
    const integrity = (db.pragma('integrity_check') as { integrity_check: string }[])
      .map((row) => row.integrity_check)
      .join('; ');
    const foreignKeyProblems = (db.pragma('foreign_key_check') as unknown[]).length;
    const documents = db.prepare('SELECT id, text, published_at AS publishedAt FROM documents').all() as {
      id: number;
      text: string;
      publishedAt: string | null;
    }[];
    const figuresOf = db.prepare(
      `SELECT start, "end", text, sentence, value, value_max AS valueMax, qualifier, unit, category, date,
         date_precision AS datePrecision, cumulative FROM figures WHERE document_id = ? ORDER BY id`,
    );
    const incomplete: DatabaseReport['incomplete'] = [];
    for (const document of documents) {
      const stored = (
        figuresOf.all(document.id) as (Omit<ExtractedFigure, 'cumulative'> & { cumulative: number })[]
      ).map((f): ExtractedFigure => ({ ...f, cumulative: f.cumulative === 1 }));
      const expected = extractFigures(document.text, { published: document.publishedAt });
      const same =
        stored.length === expected.length &&
        expected.every((figure, i) =>
          (Object.keys(stored[i]) as (keyof ExtractedFigure)[]).every(
            (key) => stored[i][key] === figure[key],
          ),
        );
      if (!same) incomplete.push({ id: document.id, stored: stored.length, expected: expected.length });
    }
    const { figures } = db.prepare('SELECT count(*) AS figures FROM figures').get() as { figures: number };
    const { duplicateTexts } = db
      .prepare('SELECT count(*) - count(DISTINCT text) AS duplicateTexts FROM documents')
      .get() as { duplicateTexts: number };
    return {
      integrity,
      foreignKeyProblems,
      documents: documents.length,
      figures,
      incomplete,
      duplicateTexts,
    };
  } finally {
    db.close();
  }
}

/** Polls `condition` every 25 ms until it holds or `timeoutMs` passes; returns whether it held. */
export async function waitFor(condition: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (condition()) return true;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  return condition();
}
