import type { CommandModule } from 'yargs';
import { hasErrors } from '../../source/diagnostic.js';
import { generate } from '../../api/generate.js';
import { EXIT, printDiagnostics } from '../output.js';
import { type CommonArgs, settingsFor } from '../settings.js';

interface Args extends CommonArgs {
  message: string;
}

const command: CommandModule<object, Args> = {
  command: 'generate',
  describe: 'Compare the chain head with schema/ and write a new revision to out/',
  builder: (y) => y.option('message', { alias: 'm', type: 'string', demandOption: true, describe: 'revision message' }) as any,
  handler: async (args) => {
    const { settings, diagnostics: cfg } = settingsFor(args);
    if (hasErrors(cfg)) {
      printDiagnostics(cfg);
      process.exitCode = EXIT.input;
      return;
    }
    const r = await generate(settings, { message: args.message });
    printDiagnostics(r.diagnostics);
    if (hasErrors(r.diagnostics)) {
      process.stderr.write('Nothing was written.\n');
      process.exitCode = EXIT.input;
      return;
    }
    if (!r.written) {
      process.stdout.write('No schema changes.\n');
      return;
    }
    process.stdout.write(`Wrote ${r.written} (${r.up.length} up statement(s), ${r.down.length} down statement(s))\n`);
    for (const s of r.up) for (const h of s.hazards) process.stdout.write(`  ${h.kind}: ${h.message}\n`);
  },
};
export default command;
