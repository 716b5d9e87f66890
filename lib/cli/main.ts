#!/usr/bin/env node
/** The pgshift command line: a thin layer over lib/api. The only place that touches process and exit codes. */
import { setFlagsFromString } from 'node:v8';
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

/**
 * The WASM parser is compiled by V8's baseline compiler only. By default V8 also recompiles the hot
 * parser functions with its optimising compiler on background threads, and the process waits for them
 * before it exits: about 0.35 s on this 2-core machine, while a pgshift command lives a second or two,
 * too short for the optimised code to pay off (`pgshift lint gitlab.sql` is as fast either way; a small
 * file is linted in about half the time). The embedded PostgreSQL (PGlite, WASM too) gains as well:
 * `verify` of the bundled example 4.1 s instead of 4.9 s, `upgrade` of kratos' 346 revisions into
 * PGlite 5.0 s instead of 6.0 s. Set before any command module loads a WASM module.
 */
setFlagsFromString('--liftoff-only');

// `pgshift … | head` closes stdout early: that is not an error
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});

/**
 * yargs renders the whole help text after every command runs (so that a failing handler could print it):
 * 30 ms of text wrapping per run, a fifth of a small file's lint. pgshift's handlers never show help,
 * and `--help` renders it on its own, so the cache is not filled. (yargs 18's internal usage instance;
 * left alone should a later yargs not have it.)
 */
function skipHelpCache(cli: unknown): void {
  const usage = (cli as { getInternalMethods?: () => { getUsageInstance?: () => { cacheHelpMessage?: () => void } } }).getInternalMethods?.().getUsageInstance?.();
  if (usage && typeof usage.cacheHelpMessage === 'function') usage.cacheHelpMessage = () => {};
}

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
  const args = hideBin(process.argv);
  const wanted = args.find((a) => !a.startsWith('-'));
  // `--version` alone needs no command (loading them all, `pg` included, took 0.25 s)
  const versionOnly = !wanted && args.includes('--version') && !args.includes('--help');
  const load = wanted && COMMANDS[wanted] ? [COMMANDS[wanted]] : versionOnly ? [] : Object.values(COMMANDS);
  for (const c of await Promise.all(load.map((l) => l()))) cli.command(c.default);
  skipHelpCache(cli);
  await cli.parseAsync();
}

main().catch((e: unknown) => {
  // exceptions are bugs, not user errors: say so briefly, with the stack only on request
  process.stderr.write(`pgshift: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
  if (process.env.PGSHIFT_DEBUG && e instanceof Error) process.stderr.write(`${e.stack}\n`);
  process.exitCode = EXIT.input;
});
