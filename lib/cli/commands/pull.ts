import type { CommandModule } from 'yargs';
import { pull } from '../../api/pull.js';
import { type DbArgs, dbOptions, finish, onlineContext } from '../db-options.js';

interface Args extends DbArgs {
  schema?: string;
  layout: 'schema' | 'kind';
  force?: boolean;
}

const command: CommandModule<object, Args> = {
  command: 'pull',
  describe: 'Write schema/ from a live database (one file per schema, or per object kind); then `pgshift stamp head` adopts the database',
  builder: (y) =>
    dbOptions(y)
      .option('schema', { type: 'string', describe: 'folder to write (default: the project schema/)' })
      .option('layout', { choices: ['schema', 'kind'] as const, default: 'schema' as const, describe: 'one file per schema, or one per object kind' })
      .option('force', { type: 'boolean', describe: 'replace the SQL files of an existing schema folder' }) as any,
  handler: async (args) => {
    const ctx = onlineContext(args);
    if (!ctx) return;
    const r = await pull(ctx.settings, { ...ctx.opts, schemaDir: args.schema, layout: args.layout, force: args.force });
    if (!finish(r)) return;
    if (!args.quiet) {
      const n = r.files.reduce((a, f) => a + f.statements, 0);
      process.stdout.write(`Wrote ${r.files.length} file(s), ${n} statement(s), from ${r.database} to ${r.schemaDir}: ${r.files.map((f) => f.path).join(', ')}\n`);
    }
  },
};
export default command;
