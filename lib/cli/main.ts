#!/usr/bin/env node
/** The pgshift command line: a thin layer over lib/api. The only place that touches process and exit codes. */
import yargs from 'yargs';
import { hideBin } from 'yargs/helpers';
import check from './commands/check.js';
import diff from './commands/diff.js';
import dump from './commands/dump.js';
import generate from './commands/generate.js';
import lint from './commands/lint.js';
import rules from './commands/rules.js';
import sql from './commands/sql.js';
import { upgrade, downgrade, current, history, status, stamp, reset, verify, drift, init, pull } from './commands/online.js';
import { EXIT } from './output.js';

const commands = [generate, diff, dump, check, lint, rules, sql, upgrade, downgrade, current, history, status, stamp, reset, verify, drift, init, pull];

// `pgshift … | head` closes stdout early: that is not an error
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});

async function main(): Promise<void> {
  const cli = yargs(hideBin(process.argv))
    .scriptName('pgshift')
    .option('cwd', { type: 'string', describe: 'project directory (default: current directory)', global: true })
    .option('config', { type: 'string', describe: 'path to pgshift.config.json', global: true })
    .strict()
    .demandCommand(1, 'Name a command: pgshift --help lists them.')
    .recommendCommands()
    .help()
    .fail((msg, err) => {
      if (err) throw err;
      process.stderr.write(`${msg}\n`);
      process.exit(EXIT.input);
    });
  for (const c of commands) cli.command(c as any);
  await cli.parseAsync();
}

main().catch((e: unknown) => {
  // exceptions are bugs, not user errors: say so briefly, with the stack only on request
  process.stderr.write(`pgshift: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
  if (process.env.PGSHIFT_DEBUG && e instanceof Error) process.stderr.write(`${e.stack}\n`);
  process.exitCode = EXIT.input;
});
