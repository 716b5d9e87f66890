import type { Rule } from '../lib/lint/types.js';
import { addedColumns, columnConstraints, qualifiedName } from '../lib/lint/nodes.js';

const rule: Rule = {
  id: 'adding-required-field',
  defaultSeverity: 'error',
  category: 'locking',
  sizeSensitive: true,
  types: ['AlterTableStmt'],
  docs: {
    summary: 'ADD COLUMN NOT NULL without a default on an existing table.',
    why: 'PostgreSQL fills a new column with NULL (or its default) for every existing row; NOT NULL without a default makes the statement fail on any non-empty table, and the application code already deployed cannot insert rows that omit the column.',
    fix: 'Add the column nullable (or with a constant DEFAULT), backfill it in batches, then make it NOT NULL with a validated CHECK (col IS NOT NULL) first.',
  },
  examples: {
    bad: ['ALTER TABLE users ADD COLUMN tenant_id bigint NOT NULL;'],
    good: ["ALTER TABLE users ADD COLUMN tenant_id bigint NOT NULL DEFAULT 0;", 'ALTER TABLE users ADD COLUMN tenant_id bigint;'],
  },
  check(ctx) {
    for (const { def, relation, newTable } of addedColumns(ctx.node)) {
      if (newTable || !ctx.isExistingTable(relation)) continue;
      const cons = columnConstraints(def);
      const notNull = cons.some((c) => c.contype === 'CONSTR_NOTNULL' || c.contype === 'CONSTR_PRIMARY');
      const filled = cons.some((c) => c.contype === 'CONSTR_DEFAULT' || c.contype === 'CONSTR_IDENTITY' || c.contype === 'CONSTR_GENERATED');
      const serial = /^(small|big)?serial[248]?$/.test((def.typeName?.names ?? []).map((n) => ('String' in n ? n.String.sval : '')).pop() ?? '');
      if (!notNull || filled || serial) continue;
      ctx.report({
        message: `Column ${def.colname} is added NOT NULL without a default to existing table ${qualifiedName(relation)}: it fails if the table has rows.`,
        span: ctx.clauseAt(def.location),
        table: ctx.tableKey(relation),
      });
    }
  },
};
export default rule;
