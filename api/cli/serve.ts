import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dbPathFromEnv } from '../db/client.ts';
import { parseCommand, UsageError } from './args.ts';

const HELP = `
usage: tally serve [options]

Serves the dashboard at / and the GraphQL API at /graphql. Applies database migrations first, and
ingests the seed articles when the database holds no documents yet. Stops cleanly on Ctrl-C or SIGTERM.

options:
  --port N     port to listen on (default: $PORT or 4000)
  --host ADDR  address to listen on, e.g. 127.0.0.1 for this machine only (default: every interface)
  --db PATH    SQLite database (default: $TALLY_DB or data/tally.db)
  --seeds DIR  articles ingested when the database is empty (default: the project's seeds/)
  -h, --help   this help

environment:
  PORT         as --port
  TALLY_DB     as --db
  TALLY_TOKEN  the bearer token that GraphQL writes (ingestDocument) require; without it writes are refused
`;

const SEEDS_DIR = join(dirname(fileURLToPath(import.meta.url)), '../../seeds');

export async function runServe(argv: string[]): Promise<number> {
  const parsed = parseCommand(
    argv,
    { port: { type: 'string' }, host: { type: 'string' }, db: { type: 'string' }, seeds: { type: 'string' } },
    HELP,
  );
  if (!parsed) return 0;
  if (parsed.positionals.length) throw new UsageError(`unexpected argument "${parsed.positionals[0]}"`);
  const portText = parsed.values.port ?? process.env.PORT ?? '4000';
  const port = Number(portText);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new UsageError(`the port "${portText}" is not a number from 0 to 65535`);
  }
  // graphql skips its development-only checks in production; it reads this once, when it first loads.
  process.env.NODE_ENV ??= 'production';
  const { serve } = await import('../http/main.ts');
  await serve({
    port,
    host: parsed.values.host,
    dbPath: parsed.values.db ?? dbPathFromEnv(),
    token: process.env.TALLY_TOKEN || undefined,
    seedsDir: parsed.values.seeds ?? SEEDS_DIR,
  });
  return 0;
}
