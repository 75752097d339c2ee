// The real server in a child process, listening on 127.0.0.1 only, for the soak benchmark and the fault
// tests. Run directly, this file is the child: `serve()` with the options from its environment.
import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';

const THIS_FILE = fileURLToPath(import.meta.url);
const SERVING = /Tally is serving the dashboard at (http:\/\/127\.0\.0\.1:\d+)\//;

export interface ServerProcess {
  child: ChildProcess;
  /** `http://127.0.0.1:PORT` */
  base: string;
  /** Everything the server has logged so far, stdout and stderr together. */
  log: () => string;
  /** Resolves with the exit code (or signal) once the process ends. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

export interface ServerProcessOptions {
  dbPath: string;
  token?: string;
  /** Articles loaded into an empty database on start. */
  seedsDir: string;
  /** How long to wait for the server to listen. */
  startTimeoutMs?: number;
}

/** Starts the server and resolves once it listens; rejects (and kills it) if it has not within the timeout. */
export function startServerProcess(options: ServerProcessOptions): Promise<ServerProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', THIS_FILE], {
    env: {
      ...process.env,
      TALLY_DB: options.dbPath,
      TALLY_TOKEN: options.token ?? '',
      TALLY_SEEDS: options.seedsDir,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the server did not start within ${options.startTimeoutMs ?? 60_000} ms:\n${output}`));
    }, options.startTimeoutMs ?? 60_000);
    const collect = (chunk: Buffer) => {
      output += chunk;
      const match = SERVING.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve({ child, base: match[1], log: () => output, exited });
      }
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    void exited.then(({ code, signal }) => {
      clearTimeout(timer);
      reject(new Error(`the server exited (${signal ?? code}) before listening:\n${output}`));
    });
  });
}

if (process.argv[1] && pathToFileURL(process.argv[1]).href === pathToFileURL(THIS_FILE).href) {
  const { serve } = await import('../api/http/main.ts');
  await serve({
    port: 0,
    host: '127.0.0.1',
    dbPath: process.env.TALLY_DB!,
    token: process.env.TALLY_TOKEN || undefined,
    seedsDir: process.env.TALLY_SEEDS!,
  });
}
