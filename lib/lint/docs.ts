/** docs/rules.md, generated from the rule modules (`node scripts/gen-rules-doc.mjs`); a test fails when it is stale. */
import type { Rule, RuleCategory } from './types.js';

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
