import type { Rule } from '../lib/lint/types.js';

const rule: Rule = {
  id: 'ban-uncommitted-transaction',
  defaultSeverity: 'error',
  category: 'hygiene',
  docs: {
    summary: 'BEGIN without a matching COMMIT.',
    why: 'A file that opens a transaction and never commits leaves it to the client: psql rolls it back at exit (silently losing the migration), and a runner may hold its locks until the connection closes.',
    fix: 'End every BEGIN with COMMIT in the same file, or drop the explicit transaction and let the runner wrap the file.',
  },
  examples: {
    bad: ['BEGIN;\nALTER TABLE users ADD COLUMN nickname text;'],
    good: ['BEGIN;\nALTER TABLE users ADD COLUMN nickname text;\nCOMMIT;'],
  },
  check() {},
  finish(ctx) {
    if (!ctx.tx.explicitBegin) return;
    ctx.report({ message: 'This BEGIN has no COMMIT before the end of the file.', span: ctx.tx.explicitBegin });
  },
};
export default rule;
