// Runs every benchmark (or those named on the command line) one after another, each in its own process
// so that peak-memory readings do not mix.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const all = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  .map((f) => basename(f, '.bench.ts'))
  .sort();
const args = process.argv.slice(2);
const wanted = args.filter((a) => !a.startsWith('-'));
// Flags go to every benchmark run, e.g. `npm run bench -- soak --seconds=10`.
const flags = args.filter((a) => a.startsWith('-'));
if (flags.includes('--help')) {
  console.log(`usage: npm run bench [-- NAME... [--flag=value...]]\n\nbenchmarks: ${all.join(', ')}`);
  process.exit(0);
}
const unknown = wanted.filter((w) => !all.includes(w));
if (unknown.length) {
  console.error(`unknown benchmark: ${unknown.join(', ')} (have: ${all.join(', ')})`);
  process.exit(2);
}
let failed = 0;
for (const name of wanted.length ? wanted : all) {
  console.log(`\n=== ${name} ===`);
  const run = spawnSync(
    process.execPath,
    ['--import', 'tsx', '--expose-gc', join(here, `${name}.bench.ts`), ...flags],
    {
      stdio: 'inherit',
    },
  );
  if (run.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
