// The server side of bench/csv.bench.ts: Tally's real HTTP server on 127.0.0.1 over a given database,
// run in its own process so that its memory and event loop are measured alone. Talks to the parent over
// IPC: sends {port} once listening; on 'reset' starts measuring afresh (and says so), on 'report' sends the longest
// event-loop stall since then and its 99th percentile.
import type { AddressInfo } from 'node:net';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { openDb } from '../api/db/client.ts';
import { buildYoga } from '../api/graphql/yoga.ts';
import { createHttpServer, DEFAULT_WEB_ROOT } from '../api/http/server.ts';

const dbPath = process.argv[2];
const db = openDb(dbPath);
const server = createHttpServer({ db, dbPath, yoga: buildYoga({ db }), webRoot: DEFAULT_WEB_ROOT });
const delay = monitorEventLoopDelay({ resolution: 10 });
delay.enable();

server.listen(0, '127.0.0.1', () => {
  process.send!({ port: (server.address() as AddressInfo).port });
});
process.on('message', (message) => {
  if (message === 'reset') {
    delay.reset();
    process.send!({ reset: true });
  }
  if (message === 'report') {
    process.send!({ maxStallMs: delay.max / 1e6, p99StallMs: delay.percentile(99) / 1e6 });
  }
  if (message === 'stop') server.close(() => process.exit(0));
});
