// CSV export: 1,000,000 figures over HTTP from Tally's server as `npm start` runs it (the compiled
// dist/server/cli.js, built afresh, in its own process, with bench/event-loop-probe.mjs loaded to watch
// its event loop) to a client on 127.0.0.1. Reports MB/s, the server's peak memory and longest
// event-loop stall, and compares with a bare loop over the same page query and CSV writer, in memory
// (no HTTP, no yielding). Also times the CSV writers on the same pages: the byte writer the export uses,
// the text writer it is tested against, and csv-stringify (the measurement behind writing CSV by hand).
import type { ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { get } from 'node:http';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import { openDb } from '../api/db/client.ts';
import { CSV_HEADER, csvRows, csvRowsBytes } from '../api/export/csv.ts';
import { ROW_COUNT_HEADER } from '../api/export/http.ts';
import { type ExportRow, openSelection } from '../api/export/rows.ts';
import { generateFigures } from '../tests/export/generated.ts';
import { startServerProcess } from './loopback-server.ts';
import { cpuSeconds, peakRssMb } from './process-stats.ts';

const FIGURES = 1_000_000;
const TARGET_RATIO = 0.8;
const TARGET_PEAK_MB = 200;
const TARGET_STALL_MS = 100;

const mb = (bytes: number) => bytes / 1024 / 1024;

function ask<T>(child: ChildProcess, message: string): Promise<T> {
  const reply = once(child, 'message').then(([answer]) => answer as T);
  child.send(message);
  return reply;
}

/** Downloads the whole export, counting bytes; resolves with the time, the size and the row-count header. */
function download(port: number): Promise<{ seconds: number; bytes: number; rows: number }> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    get({ host: '127.0.0.1', port, path: '/export/figures.csv', agent: false }, (response) => {
      let bytes = 0;
      response.on('data', (chunk: Buffer) => {
        bytes += chunk.length;
      });
      response.on('end', () => {
        if (!response.complete) reject(new Error('the export was cut off'));
        const rows = Number(response.headers[ROW_COUNT_HEADER.toLowerCase()]);
        resolve({ seconds: (performance.now() - started) / 1000, bytes, rows });
      });
      response.on('error', reject);
    }).on('error', reject);
  });
}

const dir = mkdtempSync(join(tmpdir(), 'tally-bench-csv-'));
const dbPath = join(dir, 'tally.db');
let started = performance.now();
const db = openDb(dbPath);
generateFigures(db, FIGURES / 1000, 1000);
console.log(`generated ${FIGURES} figures in ${((performance.now() - started) / 1000).toFixed(1)} s`);

// The real server in its own process; the client and the bare loop run here.
const running = await startServerProcess({
  dbPath,
  seedsDir: dir,
  execArgv: ['--import', join(import.meta.dirname, 'event-loop-probe.mjs')],
  ipc: true,
});
const server = running.child;
const port = Number(new URL(running.base).port);
// Let start-up settle (migrations, the first requests' code) before reading the idle size.
await new Promise((resolve) => setTimeout(resolve, 1000));
const idleMb = peakRssMb(server.pid!);
const selection = openSelection(db, undefined);
const SAMPLE_ROWS = 200_000;
const sample: ExportRow[][] = [];

// Two rounds of each, alternating, keeping the better speed: one busy moment on a shared machine should
// not decide the ratio. Stalls and memory keep the worst of both rounds.
let httpRate = 0;
let bareRate = 0;
// Megabytes per CPU second: unlike MB/s, hardly moved by other processes competing for the cores.
let httpCpuRate = 0;
let bareCpuRate = 0;
let maxStallMs = 0;
let p99StallMs = 0;
for (let round = 1; round <= 2; round++) {
  // 1. Over HTTP.
  await ask(server, 'reset');
  const serverCpuBefore = cpuSeconds(server.pid!);
  const http = await download(port);
  const serverCpu = cpuSeconds(server.pid!) - serverCpuBefore;
  await new Promise((resolve) => setTimeout(resolve, 50));
  const stalls = await ask<{ maxStallMs: number; p99StallMs: number }>(server, 'report');
  if (http.rows !== FIGURES) throw new Error(`the row-count header says ${http.rows}, not ${FIGURES}`);
  maxStallMs = Math.max(maxStallMs, stalls.maxStallMs);
  p99StallMs = Math.max(p99StallMs, stalls.p99StallMs);
  httpRate = Math.max(httpRate, mb(http.bytes) / http.seconds);
  httpCpuRate = Math.max(httpCpuRate, mb(http.bytes) / serverCpu);
  console.log(
    `round ${round}: HTTP export ${mb(http.bytes).toFixed(0)} MB in ${http.seconds.toFixed(2)} s: ` +
      `${(mb(http.bytes) / http.seconds).toFixed(1)} MB/s, server CPU ${serverCpu.toFixed(2)} s; event-loop stall longest ${stalls.maxStallMs.toFixed(0)} ms, ` +
      `99th percentile ${stalls.p99StallMs.toFixed(0)} ms`,
  );

  // 2. The bare loop: the same page query and CSV writer (into bytes, as the server sends them), no HTTP.
  started = performance.now();
  const cpuBefore = process.cpuUsage();
  let bareBytes = Buffer.byteLength(CSV_HEADER);
  let sampled = 0;
  for (const page of selection.pages()) {
    bareBytes += csvRowsBytes(page).length;
    if (round === 1 && sampled < SAMPLE_ROWS) {
      sample.push(page);
      sampled += page.length;
    }
  }
  const bareSeconds = (performance.now() - started) / 1000;
  const cpuUsed = process.cpuUsage(cpuBefore);
  const bareCpu = (cpuUsed.user + cpuUsed.system) / 1e6;
  bareRate = Math.max(bareRate, mb(bareBytes) / bareSeconds);
  bareCpuRate = Math.max(bareCpuRate, mb(bareBytes) / bareCpu);
  console.log(
    `round ${round}: bare loop ${mb(bareBytes).toFixed(0)} MB in ${bareSeconds.toFixed(2)} s: ` +
      `${(mb(bareBytes) / bareSeconds).toFixed(1)} MB/s, CPU ${bareCpu.toFixed(2)} s`,
  );
}
const peakMb = peakRssMb(server.pid!);
server.kill('SIGTERM');
const exit = await running.exited;
if (exit.code !== 0) throw new Error(`the server exited with ${exit.signal ?? exit.code}:\n${running.log()}`);
console.log(
  `best: HTTP ${httpRate.toFixed(1)} MB/s, bare loop ${bareRate.toFixed(1)} MB/s; per CPU second: ` +
    `HTTP server ${httpCpuRate.toFixed(1)} MB, bare loop ${bareCpuRate.toFixed(1)} MB ` +
    `(ratio ${(httpCpuRate / bareCpuRate).toFixed(2)}); ` +
    `server RSS ${idleMb.toFixed(0)} MB idle, ${peakMb.toFixed(0)} MB peak`,
);

// 3. The CSV writers alone on the same 200,000 rows, each to bytes: the one the export uses (straight
// into a buffer), the hand-written text writer it replaced, and csv-stringify.
const writerRate = (write: (rows: ExportRow[]) => string | Buffer) => {
  const begin = performance.now();
  let bytes = 0;
  for (const page of sample) {
    const out = write(page);
    bytes += (typeof out === 'string' ? Buffer.from(out) : out).length;
  }
  return mb(bytes) / ((performance.now() - begin) / 1000);
};
const bytesRate = writerRate(csvRowsBytes);
const handRate = writerRate(csvRows);
const stringifyRate = writerRate((rows) =>
  stringify(
    rows.map((row) => row.map((value, i) => (i === 8 ? (value ? 'true' : 'false') : value))),
    { quoted_string: true, escape_formulas: true, record_delimiter: 'windows' },
  ),
);
console.log(
  `CSV writers on 200,000 rows: into bytes ${bytesRate.toFixed(1)} MB/s, as text ${handRate.toFixed(1)} MB/s, ` +
    `csv-stringify ${stringifyRate.toFixed(1)} MB/s`,
);
db.$client.close();
rmSync(dir, { recursive: true, force: true });

// Stalls are wall time: on a busy machine the server waits for a core, which no code can help.
console.log(`load average ${loadavg()[0].toFixed(1)} on ${availableParallelism()} cores`);
const ratio = httpRate / bareRate;
const checks = [
  [`ratio HTTP/bare ${ratio.toFixed(2)} (target ≥ ${TARGET_RATIO})`, ratio >= TARGET_RATIO],
  [`server peak RSS ${peakMb.toFixed(0)} MB (target < ${TARGET_PEAK_MB})`, peakMb < TARGET_PEAK_MB],
  [`longest stall ${maxStallMs.toFixed(0)} ms (target ≤ ${TARGET_STALL_MS})`, maxStallMs <= TARGET_STALL_MS],
] as const;
for (const [label, ok] of checks) console.log(`${label} ${ok ? 'PASS' : 'FAIL'}`);
if (checks.some(([, ok]) => !ok)) process.exitCode = 1;
