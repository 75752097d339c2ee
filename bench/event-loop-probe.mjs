// Loaded into the compiled server by bench/csv.bench.ts (`node --import ./bench/event-loop-probe.mjs
// dist/server/cli.js serve ...`): watches the server's event loop and answers over the IPC channel. On
// 'reset' it starts measuring afresh (and says so); on 'report' it sends the longest event-loop stall
// since then and its 99th percentile, in ms. Plain JavaScript, so that no TypeScript compiler is loaded
// into the process it measures; it adds well under 1 MB.
import { monitorEventLoopDelay } from 'node:perf_hooks';

const delay = monitorEventLoopDelay({ resolution: 10 });
delay.enable();

process.on('message', (message) => {
  if (message === 'reset') {
    delay.reset();
    process.send({ reset: true });
  }
  if (message === 'report') {
    process.send({ maxStallMs: delay.max / 1e6, p99StallMs: delay.percentile(99) / 1e6 });
  }
});
// The channel must not keep the server alive once it has shut down on SIGTERM.
process.channel?.unref();
