import type { CommandModule } from 'yargs';
import { status } from '../../online/status.js';
import { EXIT } from '../output.js';
import { type DbArgs, dbOptions, finish, onlineContext } from '../db-options.js';

interface Args extends DbArgs {
  exitCode?: boolean;
}

const command: CommandModule<object, Args> = {
  command: 'status',
  describe: 'Show the current revision and the pending ones; --exit-code exits 3 when some are pending',
  builder: (y) => dbOptions(y).option('exit-code', { type: 'boolean', describe: 'exit 3 when revisions are pending' }) as any,
  handler: async (args) => {
    const ctx = onlineContext(args);
    if (!ctx) return;
    const r = await status(ctx.settings, ctx.opts);
    if (!finish(r)) return;
    const cur = r.history.find((h) => h.current);
    process.stdout.write(`database: ${r.database}\ncurrent: ${cur ? `${cur.revision} ${cur.name}` : 'base'}\n`);
    if (r.pending.length === 0) process.stdout.write('up to date: no pending revisions\n');
    else {
      process.stdout.write(`${r.pending.length} pending revision(s):\n`);
      for (const p of r.pending) process.stdout.write(`  ${p.revision} ${p.name}\n`);
      if (args.exitCode) process.exitCode = EXIT.pending;
    }
  },
};
export default command;
