#!/usr/bin/env node
/** The pgshift command line: a thin layer over lib/api. The only place that touches process and exit codes. */
import yargs from 'yargs';
import { hideBin } from 'yargs/helpers';
import type { CommandModule } from 'yargs';
import { EXIT } from './output.js';

/**
 * Every command, one module each, loaded only when needed: `pgshift lint` does not pay for loading
 * the embedded PostgreSQL, the formatter or the online runner. (`--help` loads them all.)
 */
const COMMANDS: Record<string, () => Promise<{ default: CommandModule<any, any> }>> = {
  generate: () => import('./commands/generate.js'),
  diff: () => import('./commands/diff.js'),
  dump: () => import('./commands/dump.js'),
  check: () => import('./commands/check.js'),
  lint: () => import('./commands/lint.js'),
  rules: () => import('./commands/rules.js'),
  sql: () => import('./commands/sql.js'),
  upgrade: () => import('./commands/upgrade.js'),
  downgrade: () => import('./commands/downgrade.js'),
  current: () => import('./commands/current.js'),
  history: () => import('./commands/history.js'),
  status: () => import('./commands/status.js'),
  stamp: () => import('./commands/stamp.js'),
  reset: () => import('./commands/reset.js'),
  verify: () => import('./commands/verify.js'),
  drift: () => import('./commands/drift.js'),
  init: () => import('./commands/init.js'),
  pull: () => import('./commands/pull.js'),
};

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
      // yargs' own parse errors (an option without its value, …) are usage errors; anything else is a bug
      if (err && err.name !== 'YError') throw err;
      process.stderr.write(`${msg ?? err?.message}\n`);
      process.exit(EXIT.input);
    });
  const wanted = hideBin(process.argv).find((a) => !a.startsWith('-'));
  const load = wanted && COMMANDS[wanted] ? [COMMANDS[wanted]] : Object.values(COMMANDS);
  for (const c of await Promise.all(load.map((l) => l()))) cli.command(c.default);
  await cli.parseAsync();
}

main().catch((e: unknown) => {
  // exceptions are bugs, not user errors: say so briefly, with the stack only on request
  process.stderr.write(`pgshift: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
  if (process.env.PGSHIFT_DEBUG && e instanceof Error) process.stderr.write(`${e.stack}\n`);
  process.exitCode = EXIT.input;
});
