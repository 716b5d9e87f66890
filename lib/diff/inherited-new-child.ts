/**
 * The inherited columns of a table created with INHERITS. `CREATE TABLE c () INHERITS (p)` gives c
 * each parent column with the parent's default and NOT NULL as they are when c is created; the
 * schema may say otherwise (pg_dump writes `ALTER TABLE ONLY c ALTER COLUMN a SET DEFAULT …` for a
 * child's own default), and nothing in CREATE TABLE can say it without making the column c's own.
 *
 * Every table is created before any column changes (plan phases), so c starts with its parents'
 * defaults as they are then, and a parent's SET/DROP DEFAULT without ONLY reaches c only when c's
 * target default is the parent's (inherited-defaults.ts). c's own statement, with ONLY (its new
 * children say their own), is written when the default it is created with is not the target's. A
 * NOT NULL no parent has in the target is set on c (SET NOT NULL reaches c's children, which must
 * be NOT NULL too); one a parent has comes from it, at creation or by its SET NOT NULL.
 * Partitions are created on their own and attached, with their columns written out: not here.
 */
import type { Expr, Table } from '../catalog/model/catalog.js';
import type { Change } from './change.js';
import type { DiffContext } from './context.js';
import { sameExpr } from '../catalog/query/expr.js';
import { parentKeys } from '../catalog/statements/inheritance.js';
import { tableKey } from '../catalog/query/resolve.js';

export function newChildColumnChanges(ctx: DiffContext, table: Table): Change[] {
  if (table.partitionOf || !table.inherits?.length) return [];
  const out: Change[] = [];
  for (const column of table.columns.values()) {
    if (!column.inherited || column.inherited.local || column.generated || column.identity) continue;
    const created = createdDefault(ctx, table, column.name);
    if (!sameExpr(created, column.default)) out.push({ kind: column.default ? 'set_default' : 'drop_default', table, column, only: true });
    const parents = parentKeys(table).map((k) => ctx.to.tables.get(k)?.columns.get(column.name));
    if (column.notNull && !parents.some((p) => p?.notNull)) out.push({ kind: 'set_not_null', table, column });
  }
  return out;
}

/**
 * The default `table`'s column has once every table is created: a table that exists keeps its own
 * until the column changes run (a column it gains comes with its default to every descendant); a
 * new one has what it declares, or else what it inherits from its first parent with the column
 * (PostgreSQL refuses parents with conflicting defaults).
 */
function createdDefault(ctx: DiffContext, table: Table, name: string): Expr | undefined {
  const before = ctx.from.tables.get(tableKey(table));
  const column = table.columns.get(name);
  // an ADD COLUMN reaches every descendant with its default
  if (before) return before.columns.has(name) ? before.columns.get(name)!.default : column?.default;
  if (!column?.inherited || column.inherited.local) return column?.default;
  for (const k of parentKeys(table)) {
    const parent = ctx.to.tables.get(k);
    if (parent?.columns.has(name)) return createdDefault(ctx, parent, name);
  }
  return undefined;
}
