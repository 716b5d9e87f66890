import type { CommandModule } from 'yargs';
import { hasErrors } from '../../source/diagnostic.js';
import { readChain } from '../../chain/read.js';
import { offlineScript } from '../../api/script.js';
import { EXIT, printDiagnostics } from '../output.js';
import { type CommonArgs, settingsFor } from '../settings.js';

interface Args extends CommonArgs {
  range?: string;
  down?: boolean;
  chain?: string;
}

const command: CommandModule<object, Args> = {
  command: 'sql [range]',
  describe: 'Print an offline script for a revision range (FROM:TO, default base:head) for psql -v ON_ERROR_STOP=1 -f',
  builder: (y) =>
    y
      .positional('range', { type: 'string', describe: 'FROM:TO revision ids (FROM exclusive); base and head allowed' })
      .option('down', { type: 'boolean', describe: 'the downgrade script for the range, newest first' })
      .option('chain', { type: 'string', describe: 'chain folder (default: the project out/)' }) as any,
  handler: async (args) => {
    const { settings, diagnostics: cfg } = settingsFor(args);
    const { chain, diagnostics } = readChain(args.chain ?? settings.outDir);
    const r = await offlineScript(chain, { range: args.range, down: args.down, versionTable: settings.versionTable });
    const diags = [...cfg, ...diagnostics, ...r.diagnostics];
    printDiagnostics(diags);
    if (hasErrors(diags)) {
      process.exitCode = EXIT.input;
      return;
    }
    process.stdout.write(r.sql);
  },
};
export default command;
