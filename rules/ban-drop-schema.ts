import type { Rule } from '../lib/lint/types.js';
import { strings } from '../lib/parse/ast.js';

const rule: Rule = {
  id: 'ban-drop-schema',
  defaultSeverity: 'error',
  category: 'destructive',
  types: ['DropStmt'],
  docs: {
    summary: 'DROP SCHEMA.',
    why: 'Dropping a schema (especially with CASCADE) deletes every table, view and function in it along with their data.',
    fix: 'Drop the objects one by one in reviewed migrations, or rename the schema aside until you are sure nothing uses it.',
  },
  examples: { bad: ['DROP SCHEMA reporting CASCADE;'], good: ['CREATE SCHEMA reporting;'] },
  check(ctx) {
    if (!('DropStmt' in ctx.node) || ctx.node.DropStmt.removeType !== 'OBJECT_SCHEMA') return;
    const names = (ctx.node.DropStmt.objects ?? []).map((o) => ('String' in o ? o.String.sval : strings('List' in o ? o.List.items : []).join('.')));
    ctx.report({ message: `DROP SCHEMA ${names.join(', ')} deletes every object in it and their data.`, span: ctx.find(/drop\s+schema/i) });
  },
};
export default rule;
