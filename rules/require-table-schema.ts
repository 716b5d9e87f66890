import type { Node, RangeVar } from '@pgsql/types';
import type { Rule } from '../lib/lint/types.js';
import { strings } from '../lib/parse/ast.js';

function relations(node: Node): { rv?: RangeVar; name?: string[] }[] {
  if ('CreateStmt' in node) return [{ rv: node.CreateStmt.relation }];
  if ('AlterTableStmt' in node) return [{ rv: node.AlterTableStmt.relation }];
  if ('IndexStmt' in node) return [{ rv: node.IndexStmt.relation }];
  if ('ViewStmt' in node) return [{ rv: node.ViewStmt.view }];
  if ('CreateTableAsStmt' in node) return [{ rv: node.CreateTableAsStmt.into?.rel }];
  if ('CreateSeqStmt' in node) return [{ rv: node.CreateSeqStmt.sequence }];
  if ('RenameStmt' in node && node.RenameStmt.relation) return [{ rv: node.RenameStmt.relation }];
  if ('CreateTrigStmt' in node) return [{ rv: node.CreateTrigStmt.relation }];
  if ('TruncateStmt' in node) return (node.TruncateStmt.relations ?? []).flatMap((r) => ('RangeVar' in r ? [{ rv: r.RangeVar }] : []));
  if ('DropStmt' in node && ['OBJECT_TABLE', 'OBJECT_INDEX', 'OBJECT_VIEW', 'OBJECT_SEQUENCE', 'OBJECT_MATVIEW'].includes(node.DropStmt.removeType ?? '')) {
    return (node.DropStmt.objects ?? []).map((o) => ({ name: strings('List' in o ? o.List.items : []) }));
  }
  return [];
}

const rule: Rule = {
  id: 'require-table-schema',
  defaultSeverity: 'off',
  category: 'design',
  docs: {
    summary: 'Unqualified table, index, view and sequence names (opt-in).',
    why: 'An unqualified name resolves through the search_path of whoever runs the migration: a different role or connection setting creates or alters the object in another schema.',
    fix: 'Qualify names with their schema (`public.users`), or pin `SET search_path` at the top of the migration.',
  },
  examples: {
    bad: ['CREATE TABLE users (id bigint);'],
    good: ['CREATE TABLE public.users (id bigint);', 'CREATE TEMP TABLE scratch (id bigint) ON COMMIT DROP;', 'CREATE TEMPORARY VIEW recent AS SELECT 1 AS one;'],
  },
  check(ctx) {
    for (const r of relations(ctx.node)) {
      // a temporary object lives in the session's pg_temp schema whatever the search_path: it cannot be qualified otherwise
      if (r.rv && !r.rv.schemaname && r.rv.relpersistence !== 't') ctx.report({ message: `${r.rv.relname} is not schema-qualified.`, span: ctx.clauseAt(r.rv.location) });
      if (r.name && r.name.length === 1) ctx.report({ message: `${r.name[0]} is not schema-qualified.` });
    }
  },
};
export default rule;
