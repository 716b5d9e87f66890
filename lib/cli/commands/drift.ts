import type { CommandModule } from 'yargs';
import { relative } from 'node:path';
import { drift } from '../../api/drift.js';
import { EXIT } from '../output.js';
import { type DbArgs, dbOptions, finish, onlineContext } from '../db-options.js';

interface Args extends DbArgs {
  exitCode?: boolean;
  schema?: string;
}

const command: CommandModule<object, Args> = {
  command: 'drift',
  describe: 'Compare a live database with the chain (at the revision it records) and with schema/; print SQL that would reconcile them',
  builder: (y) =>
    dbOptions(y)
      .option('schema', { type: 'string', describe: 'schema folder (default: the project schema/)' })
      .option('exit-code', { type: 'boolean', describe: 'exit 3 when there is drift' }) as any,
  handler: async (args) => {
    const ctx = onlineContext(args);
    if (!ctx) return;
    const r = await drift(ctx.settings, { ...ctx.opts, schemaDir: args.schema });
    if (!finish(r)) return;
    let any = false;
    for (const c of r.comparisons) {
      const against = c.against.startsWith('/') ? relative(ctx.settings.cwd, c.against) || '.' : c.against;
      if (!c.differences.length) {
        process.stdout.write(`-- ${r.database} matches ${against}\n\n`);
        continue;
      }
      any = true;
      process.stdout.write(`-- ${r.database} differs from ${against}: ${c.differences.length} difference(s); these statements would reconcile it\n`);
      for (const d of c.differences) process.stdout.write(`-- ${d.kind} ${d.object}\n${d.sql.trimEnd().endsWith(';') ? d.sql.trimEnd() : `${d.sql.trimEnd()};`}\n`);
      process.stdout.write('\n');
    }
    if (r.pending.length) process.stderr.write(`note: ${r.pending.length} revision(s) of the chain are not applied yet; run \`pgshift status\` for the list\n`);
    if (any && args.exitCode) process.exitCode = EXIT.pending;
  },
};
export default command;
