import type { RangeVar } from '@pgsql/types';
import type { Rule } from '../lib/lint/types.js';
import { qualifiedName } from '../lib/lint/nodes.js';

const rule: Rule = {
  id: 'update-or-delete-without-where',
  defaultSeverity: 'warning',
  category: 'destructive',
  sizeSensitive: true,
  types: ['UpdateStmt', 'DeleteStmt'],
  docs: {
    summary: 'UPDATE or DELETE without WHERE on a table that exists before the migration.',
    why: 'Without a WHERE clause the statement touches every row: a DELETE empties the table, an UPDATE rewrites every row version in one long transaction (row locks on the whole table, table bloat, WAL and replication lag). Often the WHERE clause was forgotten. Tables created earlier in the same migration are not reported.',
    fix: 'Add the WHERE clause the change needs; for a deliberate backfill of a large table, update in batches (`WHERE id BETWEEN …`) outside the schema migration.',
  },
  examples: {
    bad: ['DELETE FROM sessions;', "CREATE TABLE users (id bigint PRIMARY KEY, status text);\n-- migration\nUPDATE users SET status = 'active';"],
    good: ["UPDATE users SET status = 'active' WHERE status IS NULL;", 'DELETE FROM sessions WHERE expires_at < now();', "CREATE TABLE users (id bigint PRIMARY KEY, status text);\nUPDATE users SET status = 'active';"],
  },
  check(ctx) {
    const n = ctx.node;
    let rel: RangeVar | undefined;
    let what = '';
    if ('UpdateStmt' in n && !n.UpdateStmt.whereClause) [rel, what] = [n.UpdateStmt.relation, 'UPDATE'];
    else if ('DeleteStmt' in n && !n.DeleteStmt.whereClause) [rel, what] = [n.DeleteStmt.relation, 'DELETE'];
    if (!rel || !ctx.isExistingTable(rel)) return;
    ctx.report({
      message: `${what} without WHERE touches every row of ${qualifiedName(rel)}${what === 'DELETE' ? ' (it empties the table)' : ''}.`,
      span: ctx.find(what === 'UPDATE' ? /update/i : /delete/i),
      table: ctx.tableKey(rel),
    });
  },
};
export default rule;
