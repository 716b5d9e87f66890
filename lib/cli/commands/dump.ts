import type { CommandModule } from 'yargs';
import { resolve } from 'node:path';
import { hasErrors } from '../../source/diagnostic.js';
import { loadAny } from '../../api/load.js';
import { dumpCatalog } from '../../api/dump.js';
import { EXIT, printDiagnostics } from '../output.js';
import { type CommonArgs, settingsFor } from '../settings.js';

interface Args extends CommonArgs {
  chain?: string;
}

const command: CommandModule<object, Args> = {
  command: 'dump',
  describe: 'Print the schema the chain has built (its head) as canonical DDL',
  builder: (y) => y.option('chain', { type: 'string', describe: 'chain folder (default: the project out/)' }) as any,
  handler: async (args) => {
    const { settings, diagnostics: cfg } = settingsFor(args);
    const dir = args.chain ? resolve(args.chain) : settings.outDir;
    // the config's baseline belongs to the project's own chain; a replay check or generate cached is used (none is written)
    const r = await loadAny(dir, { defaultSchema: settings.defaultSchema, migrationRole: settings.migrationRole, baseline: dir === settings.outDir ? settings.baseline : undefined, cacheDir: settings.cacheDir, cacheReadOnly: true });
    const diags = [...cfg, ...r.diagnostics];
    printDiagnostics(diags);
    if (hasErrors(diags)) {
      process.exitCode = EXIT.input;
      return;
    }
    process.stdout.write(dumpCatalog(r.catalog));
  },
};
export default command;
