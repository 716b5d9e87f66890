import type { CommandModule } from 'yargs';
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
    const r = await loadAny(args.chain ?? settings.outDir, { defaultSchema: settings.defaultSchema, baseline: settings.baseline });
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
