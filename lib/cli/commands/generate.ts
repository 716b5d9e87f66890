import type { CommandModule } from 'yargs';
import { hasErrors } from '../../source/diagnostic.js';
import { generate } from '../../api/generate.js';
import { join } from 'node:path';
import { EXIT, printDiagnostics } from '../output.js';
import { type CommonArgs, settingsFor } from '../settings.js';

interface Args extends CommonArgs {
  message: string;
  failOnIrreversible?: boolean;
  unsafe?: boolean;
  pgVersion?: number;
}

const command: CommandModule<object, Args> = {
  command: 'generate',
  describe: 'Compare the chain head with schema/ and write a new revision to out/',
  builder: (y) =>
    y
      .option('message', { alias: 'm', type: 'string', demandOption: true, describe: 'revision message' })
      .option('fail-on-irreversible', { type: 'boolean', describe: 'refuse a revision whose down migration cannot restore data' })
      .option('unsafe', { type: 'boolean', describe: 'plain DDL instead of online-safe rewrites (config: safe)' })
      .option('pg-version', { type: 'number', describe: 'targeted PostgreSQL major version, 12–18 (config: pgVersion)' }) as any,
  handler: async (args) => {
    const { settings, config, diagnostics: cfg } = settingsFor(args);
    if (hasErrors(cfg)) {
      printDiagnostics(cfg);
      process.exitCode = EXIT.input;
      return;
    }
    if (args.unsafe) settings.migration.safe = false;
    if (args.pgVersion) settings.migration.pgVersion = args.pgVersion;
    const r = await generate(settings, { message: args.message, failOnIrreversible: args.failOnIrreversible });
    printDiagnostics(r.diagnostics);
    if (hasErrors(r.diagnostics)) {
      process.stderr.write('Nothing was written.\n');
      process.exitCode = r.diagnostics.some((d) => d.code === 'irreversible') ? EXIT.findings : EXIT.input;
      return;
    }
    if (!r.written) {
      process.stdout.write('No schema changes.\n');
      return;
    }
    process.stdout.write(`Wrote ${r.written} (${r.up.length} up statement(s), ${r.down.length} down statement(s))\n`);
    // the lint findings of the revision just written, in the context of the chain before it
    const [{ runLint }, { allRules }, { formatReport }] = await Promise.all([import('../../api/lint.js'), import('../../../rules/index.js'), import('../../report/index.js')]);
    const linted = await runLint({ cwd: settings.cwd, paths: [join(r.written, 'up.sql')], chain: settings.outDir, config, prepared: r.upParsed ? [r.upParsed] : [], context: r.head });
    if (linted.diagnostics.length) process.stdout.write(formatReport('text', { diagnostics: linted.diagnostics, files: linted.files, rules: allRules }));
    for (const s of r.up) for (const h of s.hazards) process.stdout.write(`  up   ${h.kind}: ${h.message}\n`);
    for (const s of r.down) for (const h of s.hazards) if (h.kind === 'irreversible') process.stdout.write(`  down ${h.kind}: ${h.message}\n`);
  },
};
export default command;
