import type { Node } from '@pgsql/types';
import type { Rule } from '../lib/lint/types.js';
import { strings } from '../lib/catalog/ast.js';

function names(node: Node): { name: string; location?: number }[] {
  if ('CreateStmt' in node) return (node.CreateStmt.tableElts ?? []).flatMap((e) => ('ColumnDef' in e ? [{ name: e.ColumnDef.colname ?? '', location: e.ColumnDef.location }] : []));
  if ('ViewStmt' in node) return strings(node.ViewStmt.aliases).map((name) => ({ name }));
  if ('UpdateStmt' in node) return (node.UpdateStmt.targetList ?? []).flatMap((t) => ('ResTarget' in t ? [{ name: t.ResTarget.name ?? '', location: t.ResTarget.location }] : []));
  if ('InsertStmt' in node) return (node.InsertStmt.cols ?? []).flatMap((t) => ('ResTarget' in t ? [{ name: t.ResTarget.name ?? '', location: t.ResTarget.location }] : []));
  return [];
}

const rule: Rule = {
  id: 'ban-duplicate-column-assignments',
  defaultSeverity: 'error',
  category: 'design',
  types: ['CreateStmt', 'ViewStmt', 'UpdateStmt', 'InsertStmt'],
  docs: {
    summary: 'The same column twice in CREATE TABLE, a view column list, INSERT or UPDATE SET.',
    why: 'PostgreSQL rejects the statement at run time ("specified more than once" / "multiple assignments to same column"), so the migration fails half-way; usually one of the two was meant to be another column.',
    fix: 'Name each column once.',
  },
  examples: { bad: ['UPDATE users SET status = 1, status = 2;'], good: ['UPDATE users SET status = 1, updated_at = now();'] },
  check(ctx) {
    const seen = new Set<string>();
    for (const { name, location } of names(ctx.node)) {
      if (!name) continue;
      if (seen.has(name)) ctx.report({ message: `Column ${name} appears more than once.`, span: location !== undefined ? ctx.clauseAt(location) : undefined });
      seen.add(name);
    }
  },
};
export default rule;
