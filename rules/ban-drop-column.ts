import type { Rule } from '../lib/lint/types.js';
import { alterCmds, qualifiedName, nameRe } from '../lib/lint/nodes.js';

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
    bad: ['ALTER TABLE users DROP COLUMN nickname;'],
    good: ['CREATE TABLE users (id bigint, nickname text);\nALTER TABLE users DROP COLUMN nickname;'],
  },
  check(ctx) {
    for (const { cmd, stmt } of alterCmds(ctx.node)) {
      if (cmd.subtype !== 'AT_DropColumn' || !ctx.isExistingTable(stmt.relation)) continue;
      ctx.report({
        message: `Dropping column ${qualifiedName(stmt.relation)}.${cmd.name} deletes its data; deployed code using it will fail.`,
        span: ctx.find(new RegExp(`drop\\s+(column\\s+)?(if\\s+exists\\s+)?${nameRe(cmd.name ?? '')}`, 'i')),
      });
    }
  },
};
export default rule;
