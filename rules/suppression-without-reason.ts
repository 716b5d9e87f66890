import type { Rule } from '../lib/lint/types.js';

const rule: Rule = {
  id: 'suppression-without-reason',
  defaultSeverity: 'warning',
  category: 'hygiene',
  engine: true,
  docs: {
    summary: 'A `-- pgshift-ignore` comment without a reason.',
    why: 'A suppression accepts a risk; without a reason, reviewers cannot tell whether it was judged or pasted, and nobody can revisit it later.',
    fix: 'Add the reason after a second `--`: `-- pgshift-ignore: ban-drop-column -- column unused since v2.3, backed up`.',
  },
  examples: {
    bad: ['-- pgshift-ignore: ban-drop-table\nDROP TABLE legacy_sessions;'],
    good: ['-- pgshift-ignore: ban-drop-table -- replaced by sessions in 2024, archived to S3\nDROP TABLE legacy_sessions;'],
  },
  check() {},
};
export default rule;
