import type { Rule } from '../lib/lint/types.js';
import { qualifiedName } from '../lib/lint/nodes.js';

const rule: Rule = {
  id: 'renaming-table',
  defaultSeverity: 'error',
  category: 'destructive',
  types: ['RenameStmt'],
  docs: {
    summary: 'RENAME TABLE.',
    why: 'Renaming a table breaks every deployed query that uses the old name, from the moment the migration commits until new code is out.',
    fix: 'Rename, then create a view with the old name (`CREATE VIEW old AS SELECT * FROM new`) for the transition, or expand and contract with a new table.',
  },
  examples: { bad: ['ALTER TABLE users RENAME TO accounts;'], good: ['CREATE TABLE users (id bigint);\nALTER TABLE users RENAME TO accounts;'] },
  check(ctx) {
    if (!('RenameStmt' in ctx.node)) return;
    const s = ctx.node.RenameStmt;
    if (s.renameType !== 'OBJECT_TABLE' || !ctx.isExistingTable(s.relation)) return;
    ctx.report({ message: `Renaming ${qualifiedName(s.relation)} to ${s.newname} breaks deployed code that uses the old name.`, span: ctx.find(/rename/i) });
  },
};
export default rule;
