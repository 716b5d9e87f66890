/** `pgshift rules`: the lint rules with their effective severity and one-line docs. */
import type { Argv, CommandModule } from 'yargs';
import { loadConfig } from '../../config/load.js';
import { allRules } from '../../../rules/index.js';

interface RulesArgs {
  format: 'text' | 'json';
  config?: string;
}

const command: CommandModule<object, RulesArgs> = {
  command: 'rules',
  describe: 'List the lint rules with severity and one-line docs',
  builder: (y: Argv<object>) =>
    y
      .option('format', { choices: ['text', 'json'] as const, default: 'text' as const, describe: 'output format' })
      .option('config', { type: 'string', describe: 'path to pgshift.config.json' }) as unknown as Argv<RulesArgs>,
  handler: (argv) => {
    const { config, diagnostics } = loadConfig(process.cwd(), argv.config);
    if (diagnostics.length) {
      for (const d of diagnostics) process.stderr.write(`${d.file ?? 'pgshift'}: error ${d.code}: ${d.message}\n`);
      process.exitCode = 2;
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
