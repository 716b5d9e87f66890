import type { CommandModule } from 'yargs';
import { reset } from '../../api/reset.js';
import { type DbArgs, dbOptions, finish, onlineContext } from '../db-options.js';
import { progressReporter } from '../progress.js';

interface Args extends DbArgs {
  force?: boolean;
  backup: boolean;
}

const command: CommandModule<object, Args> = {
  command: 'reset',
  describe: 'Development only: revert every revision, then apply the chain again (refuses non-local databases without --force)',
  builder: (y) =>
    dbOptions(y)
      .option('force', { type: 'boolean', describe: 'allow a database that is not local or embedded' })
      .option('backup', { type: 'boolean', default: true, describe: 'copy rows of dropped tables and columns into pgshift_backup first (--no-backup to skip)' }) as any,
  handler: async (args) => {
    const progress = progressReporter({ quiet: args.quiet });
    const ctx = onlineContext(args, progress.log);
    if (!ctx) return;
    const r = await reset(ctx.settings, { ...ctx.opts, force: args.force, backup: args.backup, onProgress: progress.onProgress });
    progress.end();
    if (!finish(r)) return;
    if (!args.quiet) {
      const down = r.steps.filter((s) => s.direction === 'down').length;
      const up = r.steps.length - down;
      process.stdout.write(`Reset ${r.database}: reverted ${down} revision(s), applied ${up}; now at ${r.current ?? 'base'}.\n`);
    }
  },
};
export default command;
