import { createHash } from 'node:crypto';

/** Articles above this size are refused: no news article is this long, and extraction holds it in memory. */
export const MAX_TEXT_BYTES = 5 * 1024 * 1024;

/**
 * Ingest extracts at most this many documents together: over 32 of the benchmark's articles extraction
 * ran 14–24% faster than one article at a time. 64 were hardly faster, and their texts, held longer,
 * outlived young collections (2026-11-27).
 */
export const BATCH_DOCUMENTS = 32;
/** And reads at most about this much text (UTF-16 code units) ahead, so that a batch of long articles stays small. */
export const BATCH_TEXT_LENGTH = 1024 * 1024;

export interface NewDocument {
  text: string;
  title?: string | null;
  publisher?: string | null;
  url?: string | null;
  /** File name or URL the text came from. */
  source?: string | null;
  /** `YYYY-MM-DD` */
  publishedAt?: string | null;
}

/** A problem with the input itself, worded for the person who sent it. */
export class InputError extends Error {
  override name = 'InputError';
}

export function contentHash(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** True for a real calendar day written `YYYY-MM-DD`. */
export function isIsoDay(value: string): boolean {
  if (!ISO_DAY.test(value)) return false;
  const day = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().startsWith(value);
}

export function validateDocument(doc: NewDocument): void {
  if (typeof doc.text !== 'string' || doc.text.trim() === '') throw new InputError('the text is empty');
  if (Buffer.byteLength(doc.text, 'utf8') > MAX_TEXT_BYTES) {
    throw new InputError(`the text is larger than the ${MAX_TEXT_BYTES / 1024 / 1024} MB limit`);
  }
  if (doc.publishedAt != null && !isIsoDay(doc.publishedAt)) {
    throw new InputError(`the publication date "${doc.publishedAt}" is not a valid YYYY-MM-DD day`);
  }
}
