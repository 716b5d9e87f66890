import type { Rule } from '../lib/lint/types.js';
import { addedColumns, columnConstraints, qualifiedName } from '../lib/lint/nodes.js';

const rule: Rule = {
  id: 'adding-stored-generated-column',
  defaultSeverity: 'error',
  category: 'locking',
  sizeSensitive: true,
  types: ['AlterTableStmt'],
  docs: {
    summary: 'ADD COLUMN GENERATED ... STORED or an identity column on an existing table (rewrite).',
    why: 'A stored generated column or an identity column must be computed for every existing row: PostgreSQL rewrites the whole table under an ACCESS EXCLUSIVE lock.',
    fix: 'Add a plain nullable column, backfill it in batches (keep it up to date with a trigger), then switch; for identity, add the column, backfill from a sequence, then `ALTER COLUMN ... ADD GENERATED ... AS IDENTITY`. On PostgreSQL 18 a VIRTUAL generated column needs no rewrite.',
  },
  examples: {
    bad: ['ALTER TABLE users ADD COLUMN email_lower text GENERATED ALWAYS AS (lower(email)) STORED;'],
    good: ['CREATE TABLE users (email text, email_lower text GENERATED ALWAYS AS (lower(email)) STORED);'],
  },
  check(ctx) {
    for (const { def, relation, newTable } of addedColumns(ctx.node)) {
      if (newTable || !ctx.isExistingTable(relation)) continue;
      const cons = columnConstraints(def);
      const stored = cons.some((c) => c.contype === 'CONSTR_GENERATED' && (c.generated_kind ?? 's') === 's');
      const identity = cons.some((c) => c.contype === 'CONSTR_IDENTITY');
      if (!stored && !identity) continue;
      ctx.report({
        message: `Adding ${stored ? 'stored generated' : 'identity'} column ${def.colname} rewrites existing table ${qualifiedName(relation)} under an ACCESS EXCLUSIVE lock.`,
        span: ctx.clauseAt(def.location),
        table: ctx.tableKey(relation),
      });
    }
  },
};
export default rule;
