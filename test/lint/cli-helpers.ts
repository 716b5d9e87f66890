/** A stand-alone CLI with only the lint and rules commands, for process-level tests of exit codes and output. */
import yargs from 'yargs';
import { hideBin } from 'yargs/helpers';
import lintCommand from '../../lib/cli/commands/lint.js';
import rulesCommand from '../../lib/cli/commands/rules.js';

await yargs(hideBin(process.argv))
  .scriptName('pgshift')
  .option('cwd', { type: 'string', global: true })
  .option('config', { type: 'string', global: true })
  .command(lintCommand)
  .command(rulesCommand)
  .demandCommand(1)
  .strict()
  .fail((msg, err) => {
    // yargs' own parse errors (an option without its value, …) are usage errors; anything else is a bug
    if (err && err.name !== 'YError') throw err;
    process.stderr.write(`${msg ?? err?.message}\n`);
    process.exit(2);
  })
  .parseAsync();
