import type { CommandModule } from 'yargs';
import { hasErrors } from '../../source/diagnostic.js';
import { check } from '../../api/check.js';
import { EXIT, printDiagnostics } from '../output.js';
import { type CommonArgs, settingsFor } from '../settings.js';
import { lintChainRevisions } from '../../api/lint-chain.js';

/** What check itself finds wrong (exit 1); any other error is in the inputs (exit 2). */
const GATE_FAILURES = new Set(['pending-changes', 'chain-sum', 'chain-branch', 'chain-duplicate', 'chain-cycle']);

interface Args extends CommonArgs {
  since?: string;
}

const command: CommandModule<object, Args> = {
  command: 'check',
  describe: 'CI gate: chain integrity, a single head, no pending schema changes, revisions lint clean',
  builder: (y) => y.option('since', { type: 'string', describe: 'lint only revisions changed since this git ref (e.g. origin/main); default all' }) as any,
  handler: async (args) => {
    const { settings, config, diagnostics: cfg } = settingsFor(args);
    if (hasErrors(cfg)) {
      printDiagnostics(cfg);
      process.exitCode = EXIT.input;
      return;
    }
    const r = await check(settings);
    printDiagnostics(r.diagnostics);
    const linted = hasErrors(r.diagnostics) ? undefined : await lintChainRevisions({ cwd: settings.cwd, config, since: args.since, cacheDir: settings.cacheDir, revisions: r.chain?.revisions, prepared: r.parsed });
    if (linted?.usageErrors.length) {
      printDiagnostics(linted.usageErrors);
      process.exitCode = EXIT.input;
      return;
    }
    const lintErrors = linted?.diagnostics.filter((d) => d.severity === 'error') ?? [];
    if (lintErrors.length) {
      const [{ allRules }, { formatReport }] = await Promise.all([import('../../../rules/index.js'), import('../../report/index.js')]);
      process.stderr.write(formatReport('text', { diagnostics: lintErrors, files: linted!.files, rules: allRules }));
    }
    if (hasErrors(r.diagnostics) || lintErrors.length) {
      process.stderr.write('check failed\n');
      // the gate's own verdicts exit 1; inputs it could not read, parse or build exit 2, as everywhere
      const inputError = r.diagnostics.some((d) => d.severity === 'error' && !GATE_FAILURES.has(d.code));
      process.exitCode = inputError ? EXIT.input : EXIT.findings;
      return;
    }
    const warnings = linted?.diagnostics.filter((d) => d.severity === 'warning').length ?? 0;
    process.stdout.write(`check passed: ${r.revisions} revision(s), one head, no pending changes, no lint errors${warnings ? ` (${warnings} lint warning(s): pgshift lint)` : ''}\n`);
  },
};
export default command;
