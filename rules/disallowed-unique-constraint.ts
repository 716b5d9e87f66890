import type { Rule } from '../lib/lint/types.js';
import { addedConstraints, qualifiedName } from '../lib/lint/nodes.js';

const rule: Rule = {
  id: 'disallowed-unique-constraint',
  defaultSeverity: 'error',
  category: 'locking',
  sizeSensitive: true,
  types: ['AlterTableStmt'],
  docs: {
    summary: 'ADD UNIQUE on an existing table without USING INDEX.',
    why: 'ADD CONSTRAINT ... UNIQUE builds the unique index while holding an ACCESS EXCLUSIVE lock on the table: no reads or writes until the build ends.',
    fix: '`CREATE UNIQUE INDEX CONCURRENTLY t_a_key ON t (a)`, then `ALTER TABLE t ADD CONSTRAINT t_a_key UNIQUE USING INDEX t_a_key` (instant).',
  },
  examples: {
    bad: ['ALTER TABLE users ADD CONSTRAINT users_email_key UNIQUE (email);'],
    good: ['ALTER TABLE users ADD CONSTRAINT users_email_key UNIQUE USING INDEX users_email_key;'],
  },
  check(ctx) {
    for (const { constraint: c, stmt } of addedConstraints(ctx.node)) {
      if (c.contype !== 'CONSTR_UNIQUE' || c.indexname || !ctx.isExistingTable(stmt.relation)) continue;
      ctx.report({
        message: `Adding a UNIQUE constraint to existing table ${qualifiedName(stmt.relation)} builds its index under an ACCESS EXCLUSIVE lock.`,
        span: ctx.clauseAt(c.location),
        table: ctx.tableKey(stmt.relation),
      });
    }
  },
};
export default rule;
