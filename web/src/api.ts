// The one GraphQL client: queries over fetch, the live subscription over server-sent events (read from a
// fetch stream, since EventSource cannot send the CSRF header).
import type { DatePrecision, Qualifier } from './format.ts';

/** yoga's CSRF prevention refuses requests that lack this header. */
const CSRF_HEADER = { 'x-graphql-yoga-csrf': 'tally-dashboard' };
const ENDPOINT = '/graphql';

/** The API's FigureFilter: its field names are the URL parameter names. */
export interface FigureFilterInput {
  category?: string[];
  from?: string;
  to?: string;
  publisher?: string;
  q?: string;
  cumulative?: boolean;
  qualifier?: Qualifier;
}

export interface DocumentRef {
  databaseId: number;
  title: string | null;
  publisher: string | null;
  url: string | null;
  publishedAt: string | null;
}

export interface Figure {
  databaseId: number;
  value: number;
  valueMax: number | null;
  qualifier: Qualifier;
  category: string;
  unit: string | null;
  date: string | null;
  datePrecision: DatePrecision | null;
  cumulative: boolean;
  text: string;
  sentence: string;
  span: { start: number; end: number };
  document: DocumentRef;
}

/** One time bucket, `start` to `end` inclusive. */
export interface SeriesPoint {
  start: string;
  end: string;
  value: number;
  figureCount: number;
  documentCount: number;
  /** Only for running totals: the figures behind the point. */
  figureIds?: number[];
}

/** One toll's running totals (api/running-totals.ts says which figures are the same toll). */
export interface RunningTotal {
  /** Identifies the series within its category, whatever the filter. */
  key: string;
  /** What it counts: `people in Ukraine`. */
  label: string;
  largest: number;
  points: SeriesPoint[];
}

export interface CategorySummary {
  category: string;
  figureCount: number;
  firstDate: string | null;
  lastDate: string | null;
}

export interface FullDocument extends DocumentRef {
  text: string;
  figures: Figure[];
}

/** A failure worth showing to the reader as it is (the API's own message, or a network problem). */
export class ApiError extends Error {
  override name = 'ApiError';
}

export async function graphql<T>(query: string, variables: object = {}, signal?: AbortSignal): Promise<T> {
  let response: Response;
  try {
    response = await fetch(ENDPOINT, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', ...CSRF_HEADER },
      body: JSON.stringify({ query, variables }),
      signal,
    });
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    throw new ApiError('The Tally server cannot be reached. Check your connection and try again.');
  }
  let body: { data?: T; errors?: { message: string }[] };
  try {
    body = await response.json();
  } catch {
    throw new ApiError(`The Tally server answered ${response.status} ${response.statusText}.`);
  }
  if (body.errors?.length) throw new ApiError(body.errors.map((e) => e.message).join('; '));
  if (!body.data) throw new ApiError(`The Tally server answered ${response.status} without data.`);
  return body.data;
}

/**
 * Runs a subscription for the life of the page and calls `onData` for each event. Reconnects after a
 * pause when the stream drops, and reports the connection state through `onStatus`.
 */
export function subscribe<T>(
  query: string,
  onData: (data: T) => void,
  onStatus: (live: boolean) => void,
): void {
  const connect = async () => {
    try {
      const response = await fetch(ENDPOINT, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'text/event-stream', ...CSRF_HEADER },
        body: JSON.stringify({ query }),
      });
      if (!response.ok || !response.body) throw new Error(`status ${response.status}`);
      onStatus(true);
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
      let buffer = '';
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        buffer += value;
        let end = buffer.indexOf('\n\n');
        while (end >= 0) {
          const event = parseServerSentEvent(buffer.slice(0, end));
          buffer = buffer.slice(end + 2);
          if (event.data && event.event !== 'complete') {
            const payload = JSON.parse(event.data) as { data?: T };
            if (payload.data) onData(payload.data);
          }
          end = buffer.indexOf('\n\n');
        }
      }
    } catch {
      // Dropped or refused: retried below.
    }
    onStatus(false);
    setTimeout(connect, 5000);
  };
  connect();
}

/** One event of a `text/event-stream`: its `event` name and its `data` lines joined. */
export function parseServerSentEvent(block: string): { event: string; data: string } {
  let event = 'message';
  const data: string[] = [];
  for (const line of block.split(/\r?\n/)) {
    if (line.startsWith('event:')) event = line.slice(6).trim();
    else if (line.startsWith('data:')) data.push(line.slice(5).replace(/^ /, ''));
  }
  return { event, data: data.join('\n') };
}
