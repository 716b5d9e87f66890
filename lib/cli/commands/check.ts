import type { CommandModule } from 'yargs';
import { hasErrors } from '../../source/diagnostic.js';
import { check } from '../../api/check.js';
import { EXIT, printDiagnostics } from '../output.js';
import { type CommonArgs, settingsFor } from '../settings.js';

const command: CommandModule<object, CommonArgs> = {
  command: 'check',
  describe: 'CI gate: chain integrity, a single head, no pending schema changes',
  handler: async (args) => {
    const { settings, diagnostics: cfg } = settingsFor(args);
    if (hasErrors(cfg)) {
      printDiagnostics(cfg);
      process.exitCode = EXIT.input;
      return;
    }
    const r = await check(settings);
    printDiagnostics(r.diagnostics);
    if (hasErrors(r.diagnostics)) {
      process.stderr.write('check failed\n');
      process.exitCode = EXIT.findings;
      return;
    }
    process.stdout.write(`check passed: ${r.revisions} revision(s), one head, no pending changes\n`);
  },
};
export default command;
