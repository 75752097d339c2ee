// The `tally` command line: one subcommand a file under cli/, loaded only when asked for.
import { UsageError } from './cli/args.ts';
import { unsafeNodeWarning } from './db/runtime.ts';

const COMMANDS: Record<string, { summary: string; run: () => Promise<(argv: string[]) => Promise<number>> }> =
  {
    ingest: {
      summary: 'extract and store articles (files or folders of .txt)',
      run: async () => (await import('./cli/ingest.ts')).runIngest,
    },
    extract: {
      summary: 'print the figures of articles as JSON Lines, without storing them',
      run: async () => (await import('./cli/extract.ts')).runExtract,
    },
    eval: {
      summary: 'score extracted figures against a gold file',
      run: async () => (await import('./cli/eval.ts')).runEval,
    },
    export: {
      summary: 'write stored figures with their provenance as CSV or JSON Lines',
      run: async () => (await import('./cli/export.ts')).runExport,
    },
    serve: {
      summary: 'serve the dashboard and the GraphQL API (what `npm start` runs)',
      run: async () => (await import('./cli/serve.ts')).runServe,
    },
  };

const HELP = `usage: tally <command> [options]     (npm run tally -- <command> ...)

commands:
${Object.entries(COMMANDS)
  .map(([name, c]) => `  ${name.padEnd(9)}${c.summary}`)
  .join('\n')}

Run \`tally <command> --help\` for a command's options.
`;

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(HELP);
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) {
    console.error(`tally: unknown command "${name}"\n\n${HELP}`);
    return 2;
  }
  const warning = unsafeNodeWarning();
  if (warning) console.error(`tally: ${warning}`);
  try {
    return await (await command.run())(rest);
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(`tally ${name}: ${error.message} (see \`tally ${name} --help\`)`);
      return 2;
    }
    console.error(`tally ${name}: ${(error as Error).stack ?? error}`);
    return 1;
  }
}

// Leave stdout's pipe closed by a reader such as `head` without a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
