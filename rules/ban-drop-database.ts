import type { Rule } from '../lib/lint/types.js';

const rule: Rule = {
  id: 'ban-drop-database',
  defaultSeverity: 'error',
  category: 'destructive',
  types: ['DropdbStmt'],
  docs: {
    summary: 'DROP DATABASE.',
    why: 'Dropping a database deletes everything in it; it has no place in a schema migration.',
    fix: 'Drop databases by hand, outside the migration chain, after taking a backup.',
  },
  examples: { bad: ['DROP DATABASE analytics;'], good: ['CREATE SCHEMA analytics;'] },
  check(ctx) {
    if (!('DropdbStmt' in ctx.node)) return;
    ctx.report({ message: `DROP DATABASE ${ctx.node.DropdbStmt.dbname ?? ''} deletes the whole database.`, span: ctx.find(/drop\s+database/i) });
  },
};
export default rule;
