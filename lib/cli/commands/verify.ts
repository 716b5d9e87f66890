import type { CommandModule } from 'yargs';
import { verify } from '../../api/verify.js';
import { type DbArgs, dbOptions, finish, onlineContext } from '../db-options.js';
import { progressReporter } from '../progress.js';

interface Args extends DbArgs {
  chain?: string;
  upOnly?: boolean;
  mode: 'step' | 'sweep' | 'round-trip';
  keepGoing?: boolean;
  ignore?: string[];
}

const command: CommandModule<object, Args> = {
  command: 'verify',
  describe: 'Apply every revision up and down on a fresh embedded PostgreSQL (or --url of an empty scratch database) and prove each result equals the offline catalogue',
  builder: (y) =>
    dbOptions(y)
      .option('chain', { type: 'string', describe: 'chain folder (default: the project out/)' })
      .option('up-only', { type: 'boolean', describe: 'do not run the down scripts' })
      .option('ignore', { type: 'string', array: true, describe: 'object kinds whose differences do not count, e.g. --ignore extension' })
      .option('keep-going', { type: 'boolean', describe: 'after a mismatch, reconcile the database and go on, to list every mismatching revision' })
      .option('mode', { choices: ['step', 'sweep', 'round-trip'] as const, default: 'step' as const, describe: 'step: each revision up, down and up again; sweep: all ups, then all downs newest first, comparing after each; round-trip: like sweep, comparing the downs only at base' }) as any,
  handler: async (args) => {
    const progress = progressReporter({ quiet: args.quiet, verb: { up: 'verifying', down: 'verifying' }, done: { up: 'verified', down: 'verified' } });
    // verify never reads DATABASE_URL: it needs a database it may fill and empty
    const ctx = onlineContext({ ...args, url: args.url ?? '' }, progress.log);
    if (!ctx) return;
    const r = await verify(ctx.settings, { ...ctx.opts, url: args.url, chainDir: args.chain, upOnly: args.upOnly, mode: args.mode, keepGoing: args.keepGoing, ignore: args.ignore, onProgress: progress.onProgress });
    progress.end();
    if (!finish(r)) {
      if (r.mismatches.length > 1) process.stderr.write(`${r.mismatches.length} mismatching step(s): ${r.mismatches.map((m) => `${m.revision} (${m.direction})`).join(', ')}\n`);
      return;
    }
    if (!args.quiet) {
      const secs = (r.durationMs / 1000).toFixed(1);
      const how = args.upOnly ? 'up' : args.mode === 'round-trip' ? 'up (each) and down (to base)' : 'up and down';
      process.stdout.write(`verified ${r.verified} of ${r.revisions} revision(s) ${how} on ${r.database} in ${secs} s: the live schema matched the offline catalogue at every step.\n`);
      if (r.withoutDown.length) process.stdout.write(`${r.withoutDown.length} revision(s) have no down script; only their up was proven: ${r.withoutDown.join(', ')}\n`);
    }
  },
};
export default command;
