// Extraction: seed variants totalling at least 20 MB, one document at a time on one core, against a
// baseline that only finds numeric tokens with a regular expression over the same documents.
import { extractFigures } from '../api/extract/index.ts';
import { loadSeeds, mb, peakMemory, seedVariant } from './seed-corpus.ts';

const TOTAL_BYTES = 20 * 1024 * 1024;
const TARGET_MB_PER_S = 10;
const TARGET_RATIO = 0.1;
const seeds = loadSeeds();

const NUMERIC_TOKEN = /\d[\d,.]*/g;
const baseline = (text: string) => text.match(NUMERIC_TOKEN)?.length ?? 0;
const extraction = (text: string, published: string) => extractFigures(text, { published }).length;

// Warm both up so that neither pays for compilation inside its measurement.
for (let i = 0; i < 200; i++) {
  const { text, published } = seedVariant(seeds, i);
  baseline(text);
  extraction(text, published);
}
globalThis.gc?.();

// Both run on each document in turn, so that a busy machine slows them alike and the ratio holds.
let bytes = 0;
let baseMs = 0;
let runMs = 0;
let tokens = 0;
let figures = 0;
let heapPeak = process.memoryUsage().heapUsed;
const memory = peakMemory();
for (let i = 0; bytes < TOTAL_BYTES; i++) {
  const { text, published } = seedVariant(seeds, i);
  bytes += Buffer.byteLength(text);
  const t0 = performance.now();
  tokens += baseline(text);
  const t1 = performance.now();
  figures += extraction(text, published);
  const t2 = performance.now();
  baseMs += t1 - t0;
  runMs += t2 - t1;
  if (i % 64 === 0) heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed);
}
const rss = memory.stop();
const megabytes = bytes / 1024 / 1024;
const base = { mbPerSecond: megabytes / (baseMs / 1000), found: tokens };
const run = { mbPerSecond: megabytes / (runMs / 1000), seconds: runMs / 1000, bytes, found: figures };

const ratio = run.mbPerSecond / base.mbPerSecond;
console.log(`corpus: ${mb(run.bytes)} of seed variants, processed one document at a time`);
console.log(`baseline (numeric-token regex): ${base.mbPerSecond.toFixed(1)} MB/s, ${base.found} tokens`);
console.log(
  `extraction: ${run.mbPerSecond.toFixed(1)} MB/s (${run.seconds.toFixed(2)} s), ${run.found} figures, ` +
    `peak RSS ${mb(rss)}, peak heap ${mb(heapPeak)}`,
);
console.log(`ratio extraction/baseline: ${ratio.toFixed(3)} (target ≥ ${TARGET_RATIO})`);
const pass = run.mbPerSecond >= TARGET_MB_PER_S && ratio >= TARGET_RATIO;
console.log(
  `${pass ? 'PASS' : 'FAIL'}: ${run.mbPerSecond.toFixed(1)} MB/s (target ≥ ${TARGET_MB_PER_S}), ` +
    `ratio ${ratio.toFixed(3)} (target ≥ ${TARGET_RATIO})`,
);
process.exitCode = pass ? 0 : 1;
