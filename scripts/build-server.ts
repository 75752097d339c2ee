// Compiles the command line and server (api/cli.ts and everything it imports) to plain JavaScript in
// dist/server/, which is what `npm start` runs: Node alone, with no TypeScript compiler loaded into the
// server process. Run by `npm run build:server`; the benchmarks and the tests that start the server as
// a child process call buildServer() first, so they always run the current sources.
//
// Packages stay in node_modules and are imported at run time, as under tsx; only Tally's own code is
// bundled. The output sits two folders below the project root, as the sources it replaces do
// (api/<folder>/*.ts), so the paths built from import.meta.url ('../../drizzle', '../../seeds',
// '../../web/dist') resolve the same from both.
import { mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BuildOptions, build } from 'esbuild';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** The folder of the compiled server. */
export const SERVER_DIST = join(ROOT, 'dist/server');
/** The compiled command line: `node dist/server/cli.js serve` is what `npm start` runs. */
export const SERVER_CLI = join(SERVER_DIST, 'cli.js');

/**
 * How Tally's own code is compiled for Node: for the server, and for the extract benchmark, which measures
 * the extractor as the server runs it.
 */
export const COMPILE_OPTIONS = {
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20.19',
  packages: 'external',
  logLevel: 'warning',
} as const satisfies BuildOptions;

/**
 * Bundles api/cli.ts into dist/server/. Each file is written under a temporary name and renamed into
 * place, and the output is the same for the same sources, so two builds running at once (two test
 * files) leave complete files and never a half-written one for a process starting meanwhile.
 */
export async function buildServer(): Promise<string> {
  const result = await build({
    ...COMPILE_OPTIONS,
    entryPoints: { cli: join(ROOT, 'api/cli.ts') },
    outdir: SERVER_DIST,
    // The command line loads each command's code only when asked for; splitting keeps that.
    splitting: true,
    sourcemap: 'linked',
    write: false,
  });
  mkdirSync(SERVER_DIST, { recursive: true });
  const written = new Set<string>();
  for (const file of result.outputFiles) {
    const temporary = `${file.path}.${process.pid}.tmp`;
    writeFileSync(temporary, file.contents);
    renameSync(temporary, file.path);
    written.add(basename(file.path));
  }
  // Chunks of an earlier build have other names (a hash of their content).
  for (const name of readdirSync(SERVER_DIST)) {
    if (!written.has(name) && !name.endsWith('.tmp')) rmSync(join(SERVER_DIST, name), { force: true });
  }
  return SERVER_CLI;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const started = performance.now();
  await buildServer();
  console.log(`built ${SERVER_CLI} in ${Math.round(performance.now() - started)} ms`);
}
