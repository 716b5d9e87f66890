/** `pgshift lint [PATHS…|-]`: lint migration SQL with the catalogue of the chain before it. */
import { readFileSync } from 'node:fs';
import { packagePath } from '../../source/package-root.js';
import type { Argv, CommandModule } from 'yargs';
import { EXIT, printDiagnostics } from '../output.js';
import { settingsFor, type CommonArgs } from '../settings.js';
import { runLint } from '../../api/lint.js';
import { allRules, ruleById } from '../../../rules/index.js';
import type { RuleSeverity } from '../../lint/types.js';
import { FORMATS, formatReport, type Format } from '../../report/index.js';
import type { Diagnostic } from '../../source/diagnostic.js';
import { LINT_VERSION_RANGE, parseLintVersion } from '../../lint/version.js';
import { fromSquawkId } from '../../lint/suppress.js';
import { withSquawkSettings } from '../../config/squawk.js';
import { DEFAULT_DOCS_URL, isAbsoluteUrl } from '../../report/types.js';

interface LintArgs extends CommonArgs {
  paths?: string[];
  chain?: string;
  format: Format;
  'pg-version'?: string;
  'assume-in-transaction'?: boolean;
  'rule-off'?: string[];
  'rule-on'?: string[];
  exclude?: string[];
  'exclude-path'?: string[];
  'docs-url'?: string;
  'error-on-unmatched-pattern'?: boolean;
  'max-warnings'?: number;
  'stdin-filepath'?: string;
}

/** Absolute link to docs/rules.md: from package.json's repository or homepage, else the published docs (SARIF wants absolute URIs). */
function docsUrl(): string | undefined {
  try {
    const pkg = JSON.parse(readFileSync(packagePath('package.json'), 'utf8')) as { homepage?: string; repository?: string | { url?: string } };
    const repo = typeof pkg.repository === 'string' ? pkg.repository : pkg.repository?.url;
    const base = repo?.replace(/^git\+/, '').replace(/\.git$/, '').replace(/^github:/, 'https://github.com/');
    if (base && /^https?:\/\//.test(base)) return `${base}/blob/main/docs/rules.md`;
    if (pkg.homepage && /^https?:\/\//.test(pkg.homepage)) return `${pkg.homepage.replace(/\/$/, '')}/docs/rules.md`;
  } catch {
    // no package.json next to the build: the published documentation
  }
  return DEFAULT_DOCS_URL;
}

const SEVERITIES: Record<string, RuleSeverity> = { off: 'off', info: 'info', warn: 'warning', warning: 'warning', error: 'error' };

/** `--rule-off a,b` / `--rule-on c` / `--rule-on c=error` into severities; unknown ids are usage errors. */
export function ruleSeverities(off: readonly string[], on: readonly string[], errors: Diagnostic[]): Record<string, RuleSeverity> {
  const out: Record<string, RuleSeverity> = {};
  // squawk ids that pgshift names differently are accepted too (e.g. `--exclude prefer-big-int`)
  const ids = (list: readonly string[]) =>
    list
      .flatMap((s) => s.split(','))
      .map((s) => s.trim())
      .filter(Boolean)
      .flatMap((s) => {
        const [id = '', sev] = s.split('=');
        return ruleById(id) ? [s] : fromSquawkId(id).map((x) => (sev === undefined ? x : `${x}=${sev}`));
      });
  for (const id of ids(off)) {
    if (!ruleById(id)) errors.push({ code: 'usage-error', severity: 'error', message: `--rule-off: unknown rule "${id}"`, help: 'List the rule ids with `pgshift rules`.' });
    else out[id] = 'off';
  }
  for (const spec of ids(on)) {
    const [id = '', sev] = spec.split('=');
    const rule = ruleById(id);
    if (!rule) errors.push({ code: 'usage-error', severity: 'error', message: `--rule-on: unknown rule "${id}"`, help: 'List the rule ids with `pgshift rules`.' });
    else if (sev !== undefined && !SEVERITIES[sev]) errors.push({ code: 'usage-error', severity: 'error', message: `--rule-on ${spec}: severity must be off, info, warn or error` });
    else out[id] = sev !== undefined ? SEVERITIES[sev]! : rule.defaultSeverity === 'off' ? 'warning' : rule.defaultSeverity;
  }
  return out;
}


const command: CommandModule<object, LintArgs> = {
  command: 'lint [paths..]',
  describe: 'Lint migration SQL (files, folders, globs, chains or - for stdin) with the catalogue of the chain before it',
  builder: (y: Argv<object>) =>
    y
      .positional('paths', { type: 'string', array: true, describe: 'SQL files, folders, globs or - (stdin); default: the project chain' })
      .option('chain', { type: 'string', describe: 'migration chain folder whose revisions come before the linted files' })
      .option('format', {
        alias: 'reporter',
        choices: FORMATS,
        default: 'text' as Format,
        // squawk's --reporter names: Tty, Gcc, Json, Gitlab (any case)
        coerce: (v: string) => (String(v).toLowerCase() === 'tty' ? 'text' : String(v).toLowerCase()),
        describe: 'output format (--reporter: the squawk spelling, tty = text)',
      })
      .option('pg-version', { type: 'string', requiresArg: true, describe: `targeted PostgreSQL version (${LINT_VERSION_RANGE}; 13, 13.0 and 9.6 are accepted; config: pgVersion)` })
      .option('assume-in-transaction', { type: 'boolean', describe: 'lint as if every file ran inside a transaction (--no-assume-in-transaction overrides the config)' })
      // Repeatable options take one value each: `--rule-off a path.sql` must leave path.sql a path.
      .option('rule-off', { type: 'string', array: true, nargs: 1, requiresArg: true, describe: 'disable rules (id or comma-separated ids; repeatable)' })
      .option('exclude', { alias: 'e', type: 'string', array: true, nargs: 1, requiresArg: true, describe: 'same as --rule-off (squawk compatible)' })
      .option('rule-on', { alias: 'include', type: 'string', array: true, nargs: 1, requiresArg: true, describe: 'enable rules (id or id=severity; repeatable; --include is the squawk spelling)' })
      .option('exclude-path', { type: 'string', array: true, nargs: 1, requiresArg: true, describe: 'skip paths matching this glob (repeatable; added to the config exclude)' })
      .option('docs-url', { type: 'string', requiresArg: true, describe: 'absolute URL of the rule documentation (SARIF links; config: docsUrl)' })
      .option('error-on-unmatched-pattern', { type: 'boolean', default: true, describe: 'a glob that matches no file is an error (--no-error-on-unmatched-pattern skips it)' })
      .option('max-warnings', { type: 'number', describe: 'fail when there are more warnings than this' })
      .option('stdin-filepath', { type: 'string', describe: 'path to report for SQL read from stdin' }) as unknown as Argv<LintArgs>,
  handler: async (argv) => {
    const cwd = argv.cwd ?? process.cwd();
    const own = settingsFor(argv);
    // squawk's .squawk.toml, under pgshift's own config and the command line
    const { config, diagnostics: squawkErrors } = withSquawkSettings(own.config, cwd, { parseVersion: parseLintVersion, ruleIds: fromSquawkId, known: (id) => !!ruleById(id) });
    const usage: Diagnostic[] = [...own.diagnostics, ...squawkErrors];
    const pgArg = argv['pg-version'];
    const pg = pgArg === undefined ? undefined : parseLintVersion(pgArg);
    if (pgArg !== undefined && pg === undefined) usage.push({ code: 'usage-error', severity: 'error', message: `--pg-version must be a PostgreSQL version the linter knows (${LINT_VERSION_RANGE}), got ${pgArg}` });
    const docs = argv['docs-url'] ?? config.docsUrl;
    if (argv['docs-url'] !== undefined && !isAbsoluteUrl(argv['docs-url'])) usage.push({ code: 'usage-error', severity: 'error', message: `--docs-url must be an absolute URL (https://…), got ${argv['docs-url']}` });
    const mw = argv['max-warnings'];
    if (mw !== undefined && (!Number.isInteger(mw) || mw < 0)) usage.push({ code: 'usage-error', severity: 'error', message: `--max-warnings must be a non-negative integer, got ${mw}` });
    const severities = ruleSeverities([...(argv['rule-off'] ?? []), ...(argv.exclude ?? [])], argv['rule-on'] ?? [], usage);
    if (usage.length) {
      printDiagnostics(usage);
      process.exitCode = EXIT.input;
      return;
    }
    // yargs drops a lone `-`: look for it in the raw arguments; `--stdin-filepath` alone also means stdin.
    const paths = [...(argv.paths ?? [])];
    const dash = process.argv.slice(2).includes('-');
    if ((dash || (paths.length === 0 && argv['stdin-filepath'] !== undefined)) && !paths.includes('-')) paths.push('-');
    let stdin: { text: string; path?: string } | undefined;
    if (paths.includes('-')) stdin = { text: readFileSync(0, 'utf8'), path: argv['stdin-filepath'] };
    const lintConfig = argv['exclude-path']?.length ? { ...config, exclude: [...config.exclude, ...argv['exclude-path']] } : config;
    // the replay check and generate cached is the context of a revision linted against the chain (read only)
    const result = await runLint({ cwd, paths, stdin, chain: argv.chain, config: lintConfig, pgVersion: pg, assumeInTransaction: argv['assume-in-transaction'], severities, errorOnUnmatchedPattern: argv['error-on-unmatched-pattern'], cacheDir: own.settings.cacheDir });
    if (result.usageErrors.length) {
      printDiagnostics(result.usageErrors);
      process.exitCode = EXIT.input;
      return;
    }
    const color = argv.format === 'text' && !!process.stdout.isTTY && !process.env.NO_COLOR;
    process.stdout.write(formatReport(argv.format, { diagnostics: result.diagnostics, files: result.files, rules: allRules, color, docsUrl: docs ?? docsUrl() }));
    const errors = result.diagnostics.filter((d) => d.severity === 'error').length;
    const warnings = result.diagnostics.filter((d) => d.severity === 'warning').length;
    process.exitCode = errors > 0 || (mw !== undefined && warnings > mw) ? EXIT.findings : EXIT.ok;
  },
};

export default command;
