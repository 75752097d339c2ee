import { isIsoDay } from '../ingest/document.ts';
import type { SourceOverrides } from '../ingest/sources.ts';
import { UsageError } from './args.ts';

export const METADATA_OPTIONS = {
  published: { type: 'string' },
  publisher: { type: 'string' },
  title: { type: 'string' },
} as const;

export const METADATA_HELP = `  --published YYYY-MM-DD  publication date (wins over manifest.json and the text's own date line)
  --publisher NAME        publisher
  --title TITLE           title (only with a single file)`;

/** Checks the metadata flags shared by `ingest` and `extract`. */
export function metadataOverrides(
  values: { published?: string; publisher?: string; title?: string },
  fileCount: number,
): SourceOverrides {
  if (values.published !== undefined && !isIsoDay(values.published)) {
    throw new UsageError(`--published "${values.published}" is not a valid YYYY-MM-DD day`);
  }
  if (values.title !== undefined && fileCount !== 1) {
    throw new UsageError('--title names a single document: give exactly one file with it');
  }
  return { published: values.published, publisher: values.publisher, title: values.title };
}
