/** `pgshift rules`: the lint rules with their effective severity and one-line docs. */
import type { Argv, CommandModule } from 'yargs';
import { EXIT, printDiagnostics } from '../output.js';
import { settingsFor, type CommonArgs } from '../settings.js';
import { allRules } from '../../../rules/index.js';

interface RulesArgs extends CommonArgs {
  format: 'text' | 'json';
}

const command: CommandModule<object, RulesArgs> = {
  command: 'rules',
  describe: 'List the lint rules with severity and one-line docs',
  builder: (y: Argv<object>) =>
    y
      .option('format', { choices: ['text', 'json'] as const, default: 'text' as const, describe: 'output format' }) as unknown as Argv<RulesArgs>,
  handler: (argv) => {
    const { config, diagnostics } = settingsFor(argv);
    if (diagnostics.length) {
      printDiagnostics(diagnostics);
      process.exitCode = EXIT.input;
      return;
    }
    const rows = allRules.map((r) => ({ id: r.id, severity: config.rules[r.id] ?? r.defaultSeverity, category: r.category, summary: r.docs.summary }));
    if (argv.format === 'json') {
      process.stdout.write(JSON.stringify(rows, null, 2) + '\n');
      return;
    }
    const w = Math.max(...rows.map((r) => r.id.length));
    let category = '';
    for (const r of rows) {
      if (r.category !== category) {
        category = r.category;
        process.stdout.write(`\n${category}\n`);
      }
      process.stdout.write(`  ${r.id.padEnd(w)}  ${r.severity.padEnd(7)}  ${r.summary}\n`);
    }
    process.stdout.write(`\n${rows.length} rules. Docs: docs/rules.md\n`);
  },
};

export default command;
