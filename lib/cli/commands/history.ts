import type { CommandModule } from 'yargs';
import { status } from '../../online/status.js';
import { type DbArgs, dbOptions, finish, onlineContext } from '../db-options.js';

const command: CommandModule<object, DbArgs> = {
  command: 'history',
  describe: 'List the chain with applied marks, dates and durations',
  builder: (y) => dbOptions(y) as any,
  handler: async (args) => {
    const ctx = onlineContext(args);
    if (!ctx) return;
    const r = await status(ctx.settings, ctx.opts);
    if (!finish(r)) return;
    for (const h of r.history) {
      const mark = h.unknown ? '?' : h.applied ? '*' : ' ';
      const when = h.applied ? `applied ${h.applied.appliedAt}${h.applied.durationMs !== null ? ` in ${h.applied.durationMs} ms` : ''} by ${h.applied.appliedBy}` : 'pending';
      const flags = [h.current ? 'current' : '', h.changed ? 'changed since applied' : ''].filter(Boolean);
      process.stdout.write(`${mark} ${h.revision} ${h.name}  ${when}${flags.length ? ` (${flags.join(', ')})` : ''}\n`);
    }
  },
};
export default command;
