import type { Rule } from '../lib/lint/types.js';
import { addedColumns } from '../lib/lint/nodes.js';
import { serialBase } from '../lib/catalog/query/types.js';

const rule: Rule = {
  id: 'prefer-identity',
  defaultSeverity: 'warning',
  category: 'design',
  types: ['CreateStmt', 'AlterTableStmt'],
  docs: {
    summary: 'serial / bigserial columns.',
    why: 'serial is a macro for a sequence plus a nextval() default: the sequence has its own owner and permissions, is easy to desynchronise with manual inserts, and is awkward to copy or reset; identity columns are the SQL-standard replacement.',
    fix: 'Use `bigint GENERATED ALWAYS AS IDENTITY` (or `BY DEFAULT` when rows are sometimes inserted with explicit ids).',
  },
  examples: { bad: ['CREATE TABLE users (id bigserial PRIMARY KEY);'], good: ['CREATE TABLE users (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY);'] },
  check(ctx) {
    if (ctx.pgVersion < 10) return; // identity columns exist from PostgreSQL 10
    for (const { def } of addedColumns(ctx.node)) {
      if (!def.typeName || !serialBase(def.typeName)) continue;
      ctx.report({ message: `Column ${def.colname} uses a serial type; prefer an identity column.`, span: ctx.clauseAt(def.location) });
    }
  },
};
export default rule;
