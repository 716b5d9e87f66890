import type { CommandModule } from 'yargs';
import { upgrade } from '../../online/migrate.js';
import { type DbArgs, dbOptions, finish, onlineContext } from '../db-options.js';
import { progressReporter } from '../progress.js';

interface Args extends DbArgs {
  target?: string;
  allowChanged?: boolean;
}

const command: CommandModule<object, Args> = {
  command: 'upgrade [target]',
  describe: 'Apply pending revisions to the database (each in its own transaction); TARGET is head (default), +N or a revision',
  builder: (y) =>
    dbOptions(y)
      .positional('target', { type: 'string', describe: 'head, +N (the next N revisions) or a revision id' })
      .option('allow-changed', { type: 'boolean', describe: 'accept applied revisions whose up.sql changed, recording the new checksum' }) as any,
  handler: async (args) => {
    const progress = progressReporter({ quiet: args.quiet });
    const ctx = onlineContext(args, progress.log);
    if (!ctx) return;
    const r = await upgrade(ctx.settings, { ...ctx.opts, target: args.target, allowChanged: args.allowChanged, onProgress: progress.onProgress });
    progress.end();
    if (!finish(r)) {
      if (r.steps.length) process.stderr.write(`${r.steps.length} revision(s) were applied before the failure; the database is at ${r.current ?? 'base'}.\n`);
      return;
    }
    if (!args.quiet) {
      process.stdout.write(r.steps.length ? `Applied ${r.steps.length} revision(s) to ${r.database}; now at ${r.current}.\n` : `Nothing to apply: ${r.database} is at ${r.current ?? 'base'}.\n`);
    }
  },
};
export default command;
