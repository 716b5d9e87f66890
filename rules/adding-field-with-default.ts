import type { Rule } from '../lib/lint/types.js';
import { alterCmds, qualifiedName } from '../lib/lint/nodes.js';
import { alterTableCmdLock, relOf } from '../lib/plan/locks.js';

/** The rewrite reasons of lib/plan/locks.ts this rule owns (generated and identity columns have their own rule). */
const WHAT: Record<string, string> = {
  'volatile default': 'a volatile default',
  'default before PostgreSQL 11': 'a default (before PostgreSQL 11)',
  'serial column (volatile nextval default)': 'a serial type (a volatile nextval() default)',
};

const rule: Rule = {
  id: 'adding-field-with-default',
  defaultSeverity: 'error',
  category: 'locking',
  sizeSensitive: true,
  types: ['AlterTableStmt'],
  docs: {
    summary: 'ADD COLUMN with a volatile default (any default before PostgreSQL 11).',
    why: 'A volatile default (random(), gen_random_uuid(), clock_timestamp(), nextval() of a serial column, an unknown function) must be computed for every existing row, so PostgreSQL rewrites the whole table under an ACCESS EXCLUSIVE lock. Before PostgreSQL 11 every non-NULL default rewrites.',
    fix: 'Add the column without the default (or with a constant one), set the default in a separate statement for new rows, and backfill existing rows in batches.',
  },
  examples: {
    bad: ['ALTER TABLE users ADD COLUMN token uuid DEFAULT gen_random_uuid();'],
    good: ["ALTER TABLE users ADD COLUMN status text DEFAULT 'active';", 'ALTER TABLE users ADD COLUMN created_at timestamptz DEFAULT now();'],
  },
  check(ctx) {
    for (const { cmd, stmt } of alterCmds(ctx.node)) {
      if (cmd.subtype !== 'AT_AddColumn' || !ctx.isExistingTable(stmt.relation)) continue;
      const l = alterTableCmdLock(cmd, relOf(stmt.relation), { pgVersion: ctx.pgVersion });
      const what = WHAT[l.note ?? ''];
      if (!l.rewrite || !what) continue;
      const def = cmd.def && 'ColumnDef' in cmd.def ? cmd.def.ColumnDef : undefined;
      ctx.report({
        message: `Adding ${def?.colname ?? 'a column'} with ${what} rewrites ${qualifiedName(stmt.relation)} under an ACCESS EXCLUSIVE lock.`,
        span: ctx.clauseAt(def?.location),
        table: ctx.tableKey(stmt.relation),
      });
    }
  },
};
export default rule;
