import type { CommandModule } from 'yargs';
import { downgrade } from '../../online/migrate.js';
import { type DbArgs, dbOptions, finish, onlineContext } from '../db-options.js';
import { progressReporter } from '../progress.js';

interface Args extends DbArgs {
  target?: string;
  backup: boolean;
}

const command: CommandModule<object, Args> = {
  command: 'downgrade [target]',
  describe: 'Revert applied revisions with their down scripts; TARGET is -N (default -1), base or the revision to end at',
  builder: (y) =>
    dbOptions(y)
      .positional('target', { type: 'string', describe: '-N (the last N revisions), base, or the revision to stay at' })
      .option('backup', { type: 'boolean', default: true, describe: 'copy rows of dropped tables and columns into pgshift_backup first (--no-backup to skip)' }) as any,
  handler: async (args) => {
    const progress = progressReporter({ quiet: args.quiet });
    const ctx = onlineContext(args, progress.log);
    if (!ctx) return;
    const r = await downgrade(ctx.settings, { ...ctx.opts, target: args.target, backup: args.backup, onProgress: progress.onProgress });
    progress.end();
    if (!finish(r)) {
      if (r.steps.length) process.stderr.write(`${r.steps.length} revision(s) were reverted before the failure; the database is at ${r.current ?? 'base'}.\n`);
      return;
    }
    if (!args.quiet) {
      const backups = r.steps.flatMap((s) => s.backups);
      process.stdout.write(r.steps.length ? `Reverted ${r.steps.length} revision(s) on ${r.database}; now at ${r.current ?? 'base'}.\n` : `Nothing to revert: ${r.database} is at ${r.current ?? 'base'}.\n`);
      if (backups.length) process.stdout.write(`Rows of ${backups.length} table(s) were kept in schema pgshift_backup (see the lines above for how to restore them).\n`);
    }
  },
};
export default command;
