// Extraction: seed variants totalling at least 20 MB, one document at a time on one core, against a
// baseline that only finds numeric tokens with a regular expression over the same documents.
import { extractFigures } from '../api/extract/index.ts';
import { loadSeeds, mb, peakMemory, seedVariant } from './seed-corpus.ts';

const TOTAL_BYTES = 20 * 1024 * 1024;
const TARGET_MB_PER_S = 10;
const TARGET_RATIO = 0.1;
const seeds = loadSeeds();

/**
 * The baseline finds the tokens a figure can be written with: digits with their separators, and the
 * number words news spells out. Digits alone scan four times faster (about 400 MB/s here); the issue's
 * ~90 MB/s for "such a regular expression" is what this one, words included, scans at. Both are printed.
 */
const NUMBER_WORDS =
  'zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|' +
  'sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|' +
  'hundreds?|thousands?|millions?|billions?|trillions?|dozens?|scores|handful|half';
const NUMERIC_TOKEN = new RegExp(`\\d[\\d,.]*|\\b(?:${NUMBER_WORDS})\\b`, 'gi');
const DIGITS_ONLY = /\d[\d,.]*/g;
const baseline = (text: string) => text.match(NUMERIC_TOKEN)?.length ?? 0;
const digitsOnly = (text: string) => text.match(DIGITS_ONLY)?.length ?? 0;
const extraction = (text: string, published: string) => extractFigures(text, { published }).length;

// Warm both up so that neither pays for compilation inside its measurement.
for (let i = 0; i < 200; i++) {
  const { text, published } = seedVariant(seeds, i);
  baseline(text);
  digitsOnly(text);
  extraction(text, published);
}
globalThis.gc?.();

/**
 * Runs `work` over seed variants, one document at a time, until TOTAL_BYTES have passed. Speed is
 * measured in CPU time of this process, so that other work on a shared machine does not count.
 */
function measure(work: (text: string, published: string) => number) {
  let bytes = 0;
  let found = 0;
  const wallStart = performance.now();
  const cpuStart = process.cpuUsage();
  for (let i = 0; bytes < TOTAL_BYTES; i++) {
    const { text, published } = seedVariant(seeds, i);
    bytes += Buffer.byteLength(text);
    found += work(text, published);
  }
  const cpu = process.cpuUsage(cpuStart);
  const seconds = (cpu.user + cpu.system) / 1e6;
  const wallSeconds = (performance.now() - wallStart) / 1000;
  return { mbPerSecond: bytes / 1024 / 1024 / seconds, seconds, wallSeconds, bytes, found };
}

const base = measure(baseline);
const digits = measure(digitsOnly);
globalThis.gc?.();
let heapPeak = process.memoryUsage().heapUsed;
const memory = peakMemory();
let documents = 0;
const run = measure((text, published) => {
  const n = extraction(text, published);
  // Reading memory costs a system call: sample it now and then.
  if (++documents % 256 === 0) {
    heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed);
    memory.sample();
  }
  return n;
});
const rss = memory.stop();

const ratio = run.mbPerSecond / base.mbPerSecond;
console.log(`corpus: ${mb(run.bytes)} of seed variants, processed one document at a time`);
console.log('speeds are per CPU second of this process, on one core (wall time in brackets)');
console.log(
  `baseline (digits and number words): ${base.mbPerSecond.toFixed(1)} MB/s (${base.wallSeconds.toFixed(2)} s wall), ${base.found} tokens`,
);
console.log(
  `extraction: ${run.mbPerSecond.toFixed(1)} MB/s (${run.seconds.toFixed(2)} s CPU, ${run.wallSeconds.toFixed(2)} s wall), ${run.found} figures, ` +
    `peak RSS ${mb(rss)}, peak heap ${mb(heapPeak)}`,
);
console.log(
  `digits-only regex: ${digits.mbPerSecond.toFixed(1)} MB/s, ${digits.found} tokens; ` +
    `ratio extraction/digits-only ${(run.mbPerSecond / digits.mbPerSecond).toFixed(3)} (for comparison, no target)`,
);
console.log(`ratio extraction/baseline: ${ratio.toFixed(3)} (target ≥ ${TARGET_RATIO})`);
const pass = run.mbPerSecond >= TARGET_MB_PER_S && ratio >= TARGET_RATIO;
console.log(
  `${pass ? 'PASS' : 'FAIL'}: ${run.mbPerSecond.toFixed(1)} MB/s (target ≥ ${TARGET_MB_PER_S}), ` +
    `ratio ${ratio.toFixed(3)} (target ≥ ${TARGET_RATIO})`,
);
process.exitCode = pass ? 0 : 1;
