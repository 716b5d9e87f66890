import type { Rule } from '../lib/lint/types.js';
import { qualifiedName, nameRe } from '../lib/lint/nodes.js';

/** The relation kinds ALTER … DROP COLUMN / DROP ATTRIBUTE applies to, and what the dropped thing is called. */
const COLUMN_HOLDERS: Record<string, string> = { OBJECT_TABLE: 'column', OBJECT_FOREIGN_TABLE: 'column', OBJECT_TYPE: 'attribute' };

const rule: Rule = {
  id: 'ban-drop-column',
  defaultSeverity: 'error',
  category: 'destructive',
  types: ['AlterTableStmt'],
  docs: {
    summary: 'DROP COLUMN.',
    why: 'Dropping a column deletes its data, and deployed code that still selects or inserts it fails (including ORMs that list every column). A down migration re-adds the column empty.',
    fix: 'Deploy code that no longer uses the column (ignore it in the ORM), then drop it in a later migration, with a suppression that records why.',
  },
  examples: {
    bad: ['ALTER TABLE users DROP COLUMN nickname;', 'ALTER FOREIGN TABLE remote_users DROP COLUMN nickname;', 'ALTER TYPE address DROP ATTRIBUTE zip;'],
    good: ['CREATE TABLE users (id bigint, nickname text);\nALTER TABLE users DROP COLUMN nickname;'],
  },
  check(ctx) {
    if (!('AlterTableStmt' in ctx.node)) return;
    const stmt = ctx.node.AlterTableStmt;
    // clients break the same way whatever holds the column: a table, a foreign table, a composite type
    const what = COLUMN_HOLDERS[stmt.objtype ?? 'OBJECT_TABLE'];
    if (!what || !ctx.isExistingTable(stmt.relation)) return;
    for (const c of stmt.cmds ?? []) {
      const cmd = 'AlterTableCmd' in c ? c.AlterTableCmd : undefined;
      if (cmd?.subtype !== 'AT_DropColumn') continue;
      ctx.report({
        message: `Dropping ${what} ${qualifiedName(stmt.relation)}.${cmd.name} deletes its data; deployed code using it will fail.`,
        span: ctx.find(new RegExp(`drop\\s+(column\\s+|attribute\\s+)?(if\\s+exists\\s+)?${nameRe(cmd.name ?? '')}`, 'i')),
      });
    }
  },
};
export default rule;
