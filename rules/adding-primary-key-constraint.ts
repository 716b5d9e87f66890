import type { Rule } from '../lib/lint/types.js';
import { addedConstraints, qualifiedName } from '../lib/lint/nodes.js';

const rule: Rule = {
  id: 'adding-primary-key-constraint',
  defaultSeverity: 'error',
  category: 'locking',
  sizeSensitive: true,
  types: ['AlterTableStmt'],
  docs: {
    summary: 'ADD PRIMARY KEY building its index under ACCESS EXCLUSIVE on an existing table.',
    why: 'ADD PRIMARY KEY (or ADD COLUMN ... PRIMARY KEY) builds the unique index while holding an ACCESS EXCLUSIVE lock: no reads or writes for the whole build. ADD UNIQUE has the same problem (see disallowed-unique-constraint). The USING INDEX form builds nothing and is not reported here; but both forms first run SET NOT NULL on key columns that are not NOT NULL yet (a scan under the same lock that fails on NULLs), which adding-not-nullable-field and nullable-to-not-null report.',
    fix: '`CREATE UNIQUE INDEX CONCURRENTLY t_pkey ON t (id)`, then `ALTER TABLE t ADD CONSTRAINT t_pkey PRIMARY KEY USING INDEX t_pkey` (the columns must already be NOT NULL, ideally proven by a validated CHECK).',
  },
  examples: {
    bad: ['ALTER TABLE users ADD PRIMARY KEY (id);'],
    good: ['CREATE UNIQUE INDEX CONCURRENTLY users_pkey ON users (id);', 'ALTER TABLE users ADD CONSTRAINT users_pkey PRIMARY KEY USING INDEX users_pkey;'],
  },
  check(ctx) {
    for (const { constraint: c, stmt } of addedConstraints(ctx.node)) {
      if (c.contype !== 'CONSTR_PRIMARY' || c.indexname || !ctx.isExistingTable(stmt.relation)) continue;
      ctx.report({
        message: `Adding a primary key to existing table ${qualifiedName(stmt.relation)} builds its index under an ACCESS EXCLUSIVE lock.`,
        span: ctx.clauseAt(c.location),
        table: ctx.tableKey(stmt.relation),
      });
    }
  },
};
export default rule;
