/**
 * CREATE RULE "_RETURN" AS ON SELECT TO rel DO INSTEAD SELECT …: how pg_dump before late-2022
 * releases broke circular view dependencies. It first wrote the view as a table (or as a
 * placeholder view) and later attached the real query as the view's ON SELECT rule, which turns
 * the table into a view. The catalogue does the same: the table is replaced by a view with that
 * query, a view gets the query as if by CREATE OR REPLACE VIEW. Other rules are not modelled.
 */
import type { RuleStmt } from '@pgsql/types';
import { type ApplyContext, fail } from './context.js';
import { qualifiedFromRangeVar } from '../../parse/ast.js';
import { resolveTable } from '../query/resolve.js';
import { removeTable } from './dependents.js';
import { createView } from './view.js';

export function createRule(ctx: ApplyContext, s: RuleStmt): void {
  const actions = s.actions ?? [];
  const isViewRule = s.rulename === '_RETURN' && s.event === 'CMD_SELECT' && s.instead && !s.whereClause && actions.length === 1 && 'SelectStmt' in actions[0]!;
  if (!isViewRule) {
    ctx.diags.push({
      code: 'unmodelled-statement',
      severity: 'warning',
      message: `rule "${s.rulename}" is not modelled by the catalogue (only a view's ON SELECT DO INSTEAD rule "_RETURN" is); its effect is not tracked`,
      file: ctx.stmt.file.path,
      span: ctx.stmt.span,
    });
    return;
  }
  const q = qualifiedFromRangeVar(s.relation!);
  const table = resolveTable(ctx.cat, q);
  if (table) {
    // the table was a placeholder for the view: PostgreSQL converts it (it must be empty and plain)
    if (table.partitionOf || table.partitionBy) return fail(ctx, 'invalid-definition', `cannot convert partitioned table or partition "${table.name}" to a view`);
    const blockers = removeTable(ctx.cat, table, false);
    if (blockers.length) return fail(ctx, 'dependent-objects', `cannot convert relation "${table.name}" to a view: ${blockers.join(', ')} depend on it`);
  }
  createView(ctx, { view: { ...s.relation!, schemaname: s.relation!.schemaname ?? (table ? table.schema : undefined) }, query: actions[0]!, replace: !table, withCheckOption: 'NO_CHECK_OPTION' });
}
