import type { Rule } from '../lib/lint/types.js';
import { strings } from '../lib/parse/ast.js';
import { relationKey } from '../lib/lint/context.js';
import { qualifiedFromList } from '../lib/parse/ast.js';

const rule: Rule = {
  id: 'ban-drop-table',
  defaultSeverity: 'error',
  category: 'destructive',
  types: ['DropStmt'],
  docs: {
    summary: 'DROP TABLE.',
    why: 'Dropping a table deletes its data for good, and application code still deployed that reads or writes it starts failing; a down migration cannot bring the rows back.',
    fix: 'Stop using the table first (deploy code that no longer touches it), keep a backup or rename it aside for a while, then drop it in a later migration with a suppression that says why.',
  },
  examples: {
    bad: ['DROP TABLE legacy_sessions;'],
    good: ['CREATE TABLE tmp_import (id bigint);\nDROP TABLE tmp_import;'],
  },
  check(ctx) {
    if (!('DropStmt' in ctx.node) || ctx.node.DropStmt.removeType !== 'OBJECT_TABLE') return;
    for (const o of ctx.node.DropStmt.objects ?? []) {
      const parts = strings('List' in o ? o.List.items : []);
      if (ctx.tx.createdInMigration.has(relationKey(ctx.catalog, qualifiedFromList(parts)))) continue;
      ctx.report({ message: `DROP TABLE ${parts.join('.')} deletes the table and its data; deployed code using it will fail.`, span: ctx.find(/drop\s+table/i) });
    }
  },
};
export default rule;
