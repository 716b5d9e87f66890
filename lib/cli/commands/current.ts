import type { CommandModule } from 'yargs';
import { status } from '../../online/status.js';
import { type DbArgs, dbOptions, finish, onlineContext } from '../db-options.js';

const command: CommandModule<object, DbArgs> = {
  command: 'current',
  describe: 'Print the revision the database is at (base when none is applied)',
  builder: (y) => dbOptions(y) as any,
  handler: async (args) => {
    const ctx = onlineContext(args);
    if (!ctx) return;
    const r = await status(ctx.settings, ctx.opts);
    if (!finish(r)) return;
    const cur = r.history.find((h) => h.current);
    process.stdout.write(cur ? `${cur.revision} ${cur.name} (applied ${cur.applied?.appliedAt})\n` : 'base\n');
  },
};
export default command;
