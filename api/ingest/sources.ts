import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import * as chrono from 'chrono-node';
import { InputError, isIsoDay, MAX_TEXT_BYTES, type NewDocument } from './document.ts';

/** Metadata given on the command line; it wins over the manifest and the text's own date line. */
export interface SourceOverrides {
  published?: string;
  publisher?: string;
  title?: string;
}

interface ManifestEntry {
  file: string;
  publisher?: string | null;
  published?: string | null;
  title?: string | null;
  url?: string | null;
}

/** A file found, or a path that could not be used, in the order given. */
export type SourceItem = { file: string } | { path: string; problem: string };

/** Expands folders to the `.txt` files below them (sorted); files named directly are kept as they are. */
export function listSources(paths: string[]): SourceItem[] {
  const items: SourceItem[] = [];
  const visit = (path: string, named: boolean) => {
    let stat: ReturnType<typeof statSync>;
    try {
      stat = statSync(path);
    } catch {
      items.push({ path, problem: 'no such file or folder' });
      return;
    }
    if (stat.isDirectory()) {
      const before = items.length;
      for (const entry of readdirSync(path).sort()) {
        const child = join(path, entry);
        if (statSync(child, { throwIfNoEntry: false })?.isDirectory() || entry.endsWith('.txt'))
          visit(child, false);
      }
      if (named && items.length === before) items.push({ path, problem: 'the folder holds no .txt files' });
    } else {
      items.push({ file: path });
    }
  };
  for (const path of paths) visit(path, true);
  return items;
}

const manifests = new Map<string, Map<string, ManifestEntry> | InputError | null>();

/** The manifest.json beside a file, parsed once per folder; null when there is none. */
function manifestFor(file: string): Map<string, ManifestEntry> | null {
  const folder = resolve(dirname(file));
  if (!manifests.has(folder)) manifests.set(folder, loadManifest(join(folder, 'manifest.json')));
  const manifest = manifests.get(folder)!;
  if (manifest instanceof InputError) throw manifest;
  return manifest;
}

function loadManifest(path: string): Map<string, ManifestEntry> | InputError | null {
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch {
    return null;
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch (error) {
    return new InputError(`${path} is not valid JSON (${(error as Error).message})`);
  }
  if (!Array.isArray(parsed)) return new InputError(`${path} must hold a JSON array of entries`);
  const entries = new Map<string, ManifestEntry>();
  for (const [i, entry] of parsed.entries()) {
    if (typeof entry !== 'object' || entry === null || typeof entry.file !== 'string') {
      return new InputError(`${path}: entry ${i + 1} has no "file" name`);
    }
    for (const key of ['publisher', 'published', 'title', 'url'] as const) {
      if (entry[key] != null && typeof entry[key] !== 'string') {
        return new InputError(`${path}: entry ${i + 1} ("${entry.file}"): "${key}" must be a string`);
      }
    }
    entries.set(entry.file, entry as ManifestEntry);
  }
  return entries;
}

/** Forget parsed manifests (they are cached per folder for the length of one run). */
export function clearManifestCache(): void {
  manifests.clear();
}

const DATELINE_MAX_LENGTH = 60;
const DATE_LINE = /^\W{0,3}(?:date|published|posted|updated)\s*:?\s*(\d{4}-\d{2}-\d{2})\b/i;

/**
 * The publication date an article states at its top: a "date 2026-01-03" line, or a line among the first
 * few that starts with a full date ("December 01, 2025", "3 January 2026"). Null when there is none.
 */
export function dateFromText(text: string): string | null {
  const lines = text.slice(0, 2000).split('\n', 12);
  for (const line of lines) {
    const tagged = DATE_LINE.exec(line.trim());
    if (tagged && isIsoDay(tagged[1])) return tagged[1];
  }
  for (const line of lines) {
    const trimmed = line.trim();
    // A dateline is short; a long line that opens with a date is a sentence about that day.
    if (trimmed.length > DATELINE_MAX_LENGTH) continue;
    // Scraped datelines often run into the byline ("December 1, 2025Harbour Post"); chrono needs a gap.
    const parsed = chrono.parse(trimmed.replace(/(\d)(?=\p{L})/gu, '$1 '))[0];
    if (parsed?.index !== 0) continue;
    const { start } = parsed;
    if (start.isCertain('year') && start.isCertain('month') && start.isCertain('day')) {
      const iso = [start.get('year'), start.get('month'), start.get('day')]
        .map((n, i) => String(n).padStart(i ? 2 : 4, '0'))
        .join('-');
      if (isIsoDay(iso)) return iso;
    }
  }
  return null;
}

function decodeText(file: string): string {
  const size = statSync(file).size;
  if (size > MAX_TEXT_BYTES) {
    throw new InputError(
      `is larger than the ${MAX_TEXT_BYTES / 1024 / 1024} MB limit (${(size / 1024 / 1024).toFixed(1)} MB)`,
    );
  }
  const bytes = readFileSync(file);
  if (bytes.includes(0)) throw new InputError('is a binary file, not text');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new InputError('is not valid UTF-8 text');
  }
  if (text.trim() === '') throw new InputError('is empty');
  return text;
}

/** Reads one article with its metadata: command-line overrides, then manifest.json, then its date line. */
export function readSource(file: string, overrides: SourceOverrides = {}): NewDocument {
  const entry = manifestFor(file)?.get(basename(file));
  if (entry?.published != null && !isIsoDay(entry.published)) {
    throw new InputError(
      `manifest.json gives "${entry.published}" as its publication date, not a YYYY-MM-DD day`,
    );
  }
  const text = decodeText(file);
  return {
    text,
    source: basename(file),
    title: overrides.title ?? entry?.title ?? null,
    publisher: overrides.publisher ?? entry?.publisher ?? null,
    url: entry?.url ?? null,
    publishedAt: overrides.published ?? entry?.published ?? dateFromText(text),
  };
}
