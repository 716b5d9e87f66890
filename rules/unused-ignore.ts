import type { Rule } from '../lib/lint/types.js';

const rule: Rule = {
  id: 'unused-ignore',
  defaultSeverity: 'warning',
  category: 'hygiene',
  engine: true,
  docs: {
    summary: 'A suppression comment that suppresses nothing (or names an unknown rule).',
    why: 'A stale `-- pgshift-ignore` hides nothing today but will silently hide a real problem when the statement below it changes; a misspelt rule id never worked.',
    fix: 'Remove the comment, or the rule ids in it that no longer fire.',
  },
  examples: {
    bad: ['-- pgshift-ignore: ban-drop-table -- legacy table, unused since 2024\nCREATE TABLE t (id bigint);'],
    good: ['-- pgshift-ignore: ban-drop-table -- legacy table, unused since 2024\nDROP TABLE legacy_sessions;'],
  },
  check() {},
};
export default rule;
