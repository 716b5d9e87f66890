import type { CommandModule } from 'yargs';
import { hasErrors } from '../../source/diagnostic.js';
import { loadAny } from '../../api/load.js';
import { migrationBetween, migrationText } from '../../api/diff.js';
import { EXIT, printDiagnostics } from '../output.js';
import { resolve } from 'node:path';
import { type CommonArgs, settingsFor } from '../settings.js';

interface Args extends CommonArgs {
  baseline?: string;
  from: string;
  to: string;
  down?: boolean;
  exitCode?: boolean;
  defaultSchema: string;
  annotate: boolean;
  unsafe?: boolean;
  pgVersion: number;
  migrationRole?: string;
}

const command: CommandModule<object, Args> = {
  command: 'diff',
  describe: 'Print the SQL that turns A into B (each a SQL file, a folder of schema files or a chain); writes nothing',
  builder: (y) =>
    y
      .option('from', { type: 'string', demandOption: true, describe: 'starting schema: file, folder or chain' })
      .option('to', { type: 'string', demandOption: true, describe: 'desired schema: file, folder or chain' })
      .option('down', { type: 'boolean', describe: 'print the reverse migration (B back to A)' })
      .option('exit-code', { type: 'boolean', describe: 'exit 3 when there are differences' })
      .option('default-schema', { type: 'string', default: 'public' })
      .option('annotate', { type: 'boolean', default: true, describe: 'lock and hazard comments above statements' })
      .option('unsafe', { type: 'boolean', describe: 'plain DDL: no CONCURRENTLY / NOT VALID rewrites, no timeout preamble' })
      .option('baseline', { type: 'string', describe: "SQL file of the objects that exist before a chain's first revision (default: the config's `baseline`, for the project's own chain)" })
      .option('pg-version', { type: 'number', default: 15, describe: 'targeted PostgreSQL major version (12–18)' })
      .option('manage-ownership', { type: 'boolean', describe: 'emit ALTER … OWNER TO for owner differences (ignored by default)' })
      .option('migration-role', { type: 'string', describe: "the role that runs the migrations: grants naming it on what they create are the owner's (default: the config's `migrationRole`)" }) as any,
  handler: async (args) => {
    // what check and generate left in the project's cache is used (a chain not replayed again, a schema not
    // bound again); diff writes nothing, not even the cache
    const { settings } = settingsFor(args);
    const cache = { cacheDir: settings.cacheDir, cacheReadOnly: true };
    // the project's out/ and schema/ are read under the paths check and generate use: the cache keys include them
    const operand = (p: string) => [settings.outDir, settings.schemaDir].find((d) => d === resolve(p)) ?? p;
    const migrationRole = args.migrationRole ?? settings.migrationRole;
    const a = await loadAny(operand(args.from), { defaultSchema: args.defaultSchema, migrationRole, baseline: baselineFor(args, args.from), pgVersion: args.pgVersion, ...cache });
    const b = await loadAny(operand(args.to), { defaultSchema: args.defaultSchema, migrationRole, baseline: baselineFor(args, args.to), pgVersion: args.pgVersion, ...cache });
    const diags = [...a.diagnostics, ...b.diagnostics];
    printDiagnostics(diags);
    if (hasErrors(diags)) {
      process.exitCode = EXIT.input;
      return;
    }
    const opts = { safe: !args.unsafe, pgVersion: args.pgVersion, locks: args.annotate, manageOwnership: !!args.manageOwnership };
    const m = migrationBetween(a.catalog, b.catalog, { ...opts, only: args.down ? 'down' : 'up', consume: true });
    printDiagnostics(m.diagnostics); // ambiguous rename hints, possible renames
    if (hasErrors(m.diagnostics)) {
      process.exitCode = EXIT.input;
      return;
    }
    process.stdout.write(migrationText(args.down ? m.down : m.up, { ...opts, annotate: args.annotate }));
    if (args.exitCode && (args.down ? m.down : m.up).length) process.exitCode = EXIT.pending;
  },
};

/** `--baseline` for every chain operand; else the config's `baseline` for the project's own chain. */
function baselineFor(args: Args, operand: string): string | undefined {
  if (args.baseline) return resolve(args.baseline);
  const { settings } = settingsFor(args);
  return settings.baseline && resolve(operand) === settings.outDir ? settings.baseline : undefined;
}
export default command;
