// The real server in a child process, listening on 127.0.0.1 only, for the soak benchmark and the fault
// tests: the compiled command line as `npm start` runs it (`node --enable-source-maps dist/server/cli.js
// serve`), built afresh from the sources once per process so that it is never an outdated build.
import { type ChildProcess, spawn } from 'node:child_process';
import { buildServer } from '../scripts/build-server.ts';

let built: Promise<string> | undefined;

/** dist/server/cli.js, built from the current sources the first time it is asked for. */
export function builtServer(): Promise<string> {
  built ??= buildServer();
  return built;
}

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
  /** Articles loaded into an empty database on start; the project's seeds/ when left out. */
  seedsDir?: string;
  /** How long to wait for the server to listen. */
  startTimeoutMs?: number;
  /** Node options before the script, e.g. `--import` of a probe. */
  execArgv?: string[];
  /** Open an IPC channel to the child (for a probe that answers messages). */
  ipc?: boolean;
}

/** Starts the server and resolves once it listens; rejects (and kills it) if it has not within the timeout. */
export async function startServerProcess(options: ServerProcessOptions): Promise<ServerProcess> {
  const cli = await builtServer();
  const args = ['serve', '--host', '127.0.0.1', '--port', '0', '--db', options.dbPath];
  if (options.seedsDir) args.push('--seeds', options.seedsDir);
  const child = spawn(process.execPath, ['--enable-source-maps', ...(options.execArgv ?? []), cli, ...args], {
    env: { ...process.env, TALLY_TOKEN: options.token ?? '' },
    stdio: options.ipc ? ['ignore', 'pipe', 'pipe', 'ipc'] : ['ignore', 'pipe', 'pipe'],
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
    child.stdout!.on('data', collect);
    child.stderr!.on('data', collect);
    void exited.then(({ code, signal }) => {
      clearTimeout(timer);
      reject(new Error(`the server exited (${signal ?? code}) before listening:\n${output}`));
    });
  });
}
