import { type ParseArgsConfig, parseArgs } from 'node:util';

/** A command-line mistake: printed as one line with a pointer to --help, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

type Options = NonNullable<ParseArgsConfig['options']>;

/**
 * Parses a command's arguments with node's parseArgs, turning its errors into UsageError.
 * Returns null when --help was asked for (the help text has then been printed).
 */
export function parseCommand<O extends Options>(argv: string[], options: O, help: string) {
  let parsed: ReturnType<
    typeof parseArgs<{ args: string[]; options: O; allowPositionals: true; strict: true }>
  >;
  const withHelp = { ...options, help: { type: 'boolean', short: 'h' } } as const;
  try {
    parsed = parseArgs({
      args: argv,
      options: withHelp,
      allowPositionals: true,
      strict: true,
    }) as typeof parsed;
  } catch (error) {
    throw new UsageError((error as Error).message.split('\n')[0]);
  }
  if ((parsed.values as { help?: boolean }).help) {
    process.stdout.write(help.trimStart());
    return null;
  }
  return parsed;
}
