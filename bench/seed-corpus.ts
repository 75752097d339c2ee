// Seed articles varied into as many distinct documents as a benchmark needs.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const seedsDir = join(dirname(fileURLToPath(import.meta.url)), '../seeds');

interface Seed {
  text: string;
  published: string;
}

export function loadSeeds(): Seed[] {
  const manifest: { file: string; published: string }[] = JSON.parse(
    readFileSync(join(seedsDir, 'manifest.json'), 'utf8'),
  );
  const published = new Map(manifest.map((m) => [m.file, m.published]));
  return readdirSync(seedsDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({
      text: readFileSync(join(seedsDir, f), 'utf8'),
      published: published.get(f) ?? '2025-12-01',
    }));
}

/**
 * The i-th variant of the seeds: a seed with a numbered opening line, so that no two texts are equal
 * and each variant carries one more figure of its own.
 */
export function seedVariant(seeds: Seed[], i: number): Seed {
  const seed = seeds[i % seeds.length];
  return {
    text: `Bulletin ${i}: ${(i % 97) + 3} reporters filed stories.\n${seed.text}`,
    published: seed.published,
  };
}

/** Tracks the highest resident set size seen while a benchmark runs. */
export function peakMemory() {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 20);
  return {
    sample: () => {
      peak = Math.max(peak, process.memoryUsage().rss);
    },
    stop: () => {
      clearInterval(timer);
      return Math.max(peak, process.memoryUsage().rss);
    },
  };
}

export const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
