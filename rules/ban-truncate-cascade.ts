import type { Rule } from '../lib/lint/types.js';

const rule: Rule = {
  id: 'ban-truncate-cascade',
  defaultSeverity: 'error',
  category: 'destructive',
  types: ['TruncateStmt'],
  docs: {
    summary: 'TRUNCATE ... CASCADE.',
    why: 'TRUNCATE CASCADE also empties every table with a foreign key to the truncated ones, recursively: data disappears from tables the statement does not name.',
    fix: 'Name every table to truncate explicitly (without CASCADE), so the statement fails if something references them.',
  },
  examples: { bad: ['TRUNCATE users CASCADE;'], good: ['TRUNCATE users, sessions;'] },
  check(ctx) {
    if (!('TruncateStmt' in ctx.node) || ctx.node.TruncateStmt.behavior !== 'DROP_CASCADE') return;
    ctx.report({ message: 'TRUNCATE ... CASCADE also empties every table that references these tables.', span: ctx.find(/cascade/i) });
  },
};
export default rule;
