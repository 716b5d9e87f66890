import type { CommandModule } from 'yargs';
import { stamp } from '../../api/stamp.js';
import { type DbArgs, dbOptions, finish, onlineContext } from '../db-options.js';

interface Args extends DbArgs {
  revision: string;
}

const command: CommandModule<object, Args> = {
  command: 'stamp <revision>',
  describe: 'Record the database as being at REVISION (head, base or an id) without running anything, e.g. to adopt an existing database',
  builder: (y) => dbOptions(y).positional('revision', { type: 'string', demandOption: true, describe: 'head, base or a revision id' }) as any,
  handler: async (args) => {
    const ctx = onlineContext(args);
    if (!ctx) return;
    const r = await stamp(ctx.settings, { ...ctx.opts, revision: args.revision });
    if (!finish(r)) return;
    if (!args.quiet) {
      process.stdout.write(`${r.database} is now recorded at ${r.current ?? 'base'}`);
      process.stdout.write(r.added.length || r.removed.length ? ` (${r.added.length} revision(s) recorded, ${r.removed.length} forgotten; nothing was run).\n` : ' (no change).\n');
    }
  },
};
export default command;
