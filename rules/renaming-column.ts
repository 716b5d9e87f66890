import type { Rule } from '../lib/lint/types.js';
import { qualifiedName } from '../lib/lint/nodes.js';

const rule: Rule = {
  id: 'renaming-column',
  defaultSeverity: 'error',
  category: 'destructive',
  types: ['RenameStmt'],
  docs: {
    summary: 'RENAME COLUMN.',
    why: 'Renaming is instant in the database but breaks every deployed query that uses the old name, from the moment the migration commits until new code is out.',
    fix: 'Expand and contract: add the new column, write both, backfill, move readers, then drop the old column; or use a view that exposes the old name during the switch.',
  },
  examples: { bad: ['ALTER TABLE users RENAME COLUMN name TO full_name;'], good: ['CREATE TABLE users (id bigint, name text);\nALTER TABLE users RENAME COLUMN name TO full_name;'] },
  check(ctx) {
    if (!('RenameStmt' in ctx.node)) return;
    const s = ctx.node.RenameStmt;
    if (s.renameType !== 'OBJECT_COLUMN' || s.relationType !== 'OBJECT_TABLE' || !ctx.isExistingTable(s.relation)) return;
    ctx.report({ message: `Renaming ${qualifiedName(s.relation)}.${s.subname} to ${s.newname} breaks deployed code that uses the old name.`, span: ctx.find(/rename/i) });
  },
};
export default rule;
