import type { Rule } from '../lib/lint/types.js';
import { qualifiedName } from '../lib/lint/nodes.js';

const rule: Rule = {
  id: 'truncate-existing-table',
  defaultSeverity: 'warning',
  category: 'destructive',
  sizeSensitive: true,
  types: ['TruncateStmt'],
  docs: {
    summary: 'TRUNCATE of a table that exists before the migration.',
    why: 'TRUNCATE deletes every row at once, cannot be undone after COMMIT, and takes an ACCESS EXCLUSIVE lock: in a schema migration it is usually a mistake, or data loss that the down migration cannot repair. Tables created earlier in the same migration are empty and not reported.',
    fix: 'Delete the rows the migration really means to remove (with a WHERE clause, in batches), or keep the TRUNCATE with a suppression that says why the data may go.',
  },
  examples: {
    bad: ['CREATE TABLE sessions (id bigint PRIMARY KEY);\n-- migration\nTRUNCATE sessions;', 'TRUNCATE TABLE audit_log, sessions;'],
    good: ['CREATE TABLE staging (id bigint);\nTRUNCATE staging;', "DELETE FROM sessions WHERE expires_at < now() - interval '30 days';"],
  },
  check(ctx) {
    if (!('TruncateStmt' in ctx.node)) return;
    for (const r of ctx.node.TruncateStmt.relations ?? []) {
      if (!('RangeVar' in r) || !ctx.isExistingTable(r.RangeVar)) continue;
      ctx.report({
        message: `TRUNCATE deletes every row of ${qualifiedName(r.RangeVar)} (an existing table) under an ACCESS EXCLUSIVE lock.`,
        span: ctx.find(/truncate/i),
        table: ctx.tableKey(r.RangeVar),
      });
    }
  },
};
export default rule;
