/** docs/rules.md, generated from the rule modules (`node scripts/gen-rules-doc.mjs`); a test fails when it is stale. */
import type { Rule, RuleCategory } from './types.js';
import { LINT_VERSION_RANGE, VERSION_NOTES } from './version.js';

const TITLES: Record<RuleCategory, string> = {
  locking: 'Locking and rewrites',
  destructive: 'Destructive and backward-incompatible',
  design: 'Schema design',
  hygiene: 'Transactions and file hygiene',
};

const MARKER = '-- migration';

function example(sql: string): string {
  return '```sql\n' + sql.trim() + '\n```';
}

export function renderRulesDoc(rules: readonly Rule[]): string {
  const out: string[] = [
    '# pgshift lint rules',
    '',
    '<!-- Generated from rules/*.ts by `node scripts/gen-rules-doc.mjs`. Do not edit by hand. -->',
    '',
    `${rules.length} rules. Each finding names its rule id; configure severities in \`pgshift.config.json\` (\`"rules": { "<id>": "off" | "warn" | "error" }\`) or with \`--rule-off\` / \`--rule-on\`.`,
    'Suppress a finding with `-- pgshift-ignore: <id> -- <reason>` before the statement, or `-- pgshift-ignore-file: <id> -- <reason>` anywhere in the file.',
    `Lock and rewrite rules marked *size-sensitive* are errors on tables the config lists as critical or large and warnings on small ones. In examples, statements above a \`${MARKER}\` line are the chain: the catalogue before the migration.`,
    '',
  ];
  out.push(
    '## PostgreSQL versions',
    '',
    `\`--pg-version\` (config \`pgVersion\`, default 15) accepts ${LINT_VERSION_RANGE} (\`13\`, \`13.0\` and \`9.6\` are read as written; other values exit 2). Rules whose verdict or advice depends on it:`,
    '',
    '| rule | what changes |',
    '|---|---|',
    ...VERSION_NOTES.filter((v) => rules.some((r) => r.id === v.rule)).map((v) => `| [${v.rule}](#${v.rule}) | ${v.note.replace(/\|/g, '\\|')} |`),
    '',
    '## squawk compatibility',
    '',
    '- `-- squawk-ignore rule-a, rule-b` and `-- squawk-ignore-file [rules]` suppress like `pgshift-ignore` (squawk ids that pgshift names differently are mapped).',
    '- `-- squawk-enable-assume-in-transaction` / `-- squawk-disable-assume-in-transaction` in a file override `--assume-in-transaction` / `assumeInTransaction` for that file.',
    '- Options: `--exclude` / `-e` = `--rule-off`; `--exclude-path` (repeatable glob) adds to the config `exclude`; `--pg-version 13.0`; `--assume-in-transaction` and `--no-assume-in-transaction`; `--stdin-filepath`. `--include` = `--rule-on`; `--reporter tty|gcc|json|gitlab` = `--format text|gcc|json|gitlab` (any case); `--no-error-on-unmatched-pattern`. Not covered: `upload-to-github` (pgshift writes SARIF and GitHub annotations instead), `server` (no language server), `--debug`.',
    '- `pgshift lint` reads the nearest `.squawk.toml` under its own settings (pgshift.config.json and the command line win): `excluded_rules` → rules off (squawk ids mapped), `excluded_paths` → `exclude`, `pg_version` → `pgVersion`, `assume_in_transaction` → `assumeInTransaction`; `[upload_to_github]` is ignored.',
    '- squawk rule ids that pgshift names differently: `prefer-big-int` → prefer-bigint-over-int + prefer-bigint-over-smallint, `adding-serial-primary-key-field` → adding-primary-key-constraint, `require-timeout-settings` → require-lock-timeout + require-statement-timeout, `ban-drop-constraint` → drop-constraint, `ban-drop-view` / `ban-drop-function` / `ban-drop-trigger` / `ban-drop-type` / `ban-drop-sequence` / `ban-drop-domain` / `ban-drop-extension` / `ban-drop-policy` → drop-object, `ban-set-schema` → renaming-object.',
    '',
  );
  const cats = [...new Set(rules.map((r) => r.category))];
  for (const c of cats) {
    out.push(`## ${TITLES[c]}`, '', '| rule | default | summary |', '|---|---|---|');
    for (const r of rules.filter((x) => x.category === c)) out.push(`| [${r.id}](#${r.id}) | ${r.defaultSeverity} | ${r.docs.summary.replace(/\|/g, '\\|')} |`);
    out.push('');
  }
  for (const r of rules) {
    out.push(`## ${r.id}`, '');
    out.push(`Default severity: **${r.defaultSeverity}**${r.sizeSensitive ? ' (size-sensitive)' : ''}. Category: ${r.category}.`, '');
    out.push(r.docs.summary, '');
    out.push(`**Why:** ${r.docs.why}`, '');
    out.push(`**Fix:** ${r.docs.fix}`, '');
    if (r.examples.bad.length) {
      out.push('Flagged:', '');
      for (const b of r.examples.bad) out.push(example(b), '');
    }
    if (r.examples.good.length) {
      out.push('Not flagged:', '');
      for (const g of r.examples.good) out.push(example(g), '');
    }
  }
  return out.join('\n').replace(/\n+$/, '\n');
}
