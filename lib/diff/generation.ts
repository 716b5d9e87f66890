/**
 * Generated columns whose generation changes (a new expression, generated ↔ plain, STORED ↔
 * VIRTUAL), and what a column dropped and added again takes with it.
 *
 * PostgreSQL's in-place forms, used when the targeted version has them:
 * - `ALTER COLUMN … DROP EXPRESSION` (13+): a STORED generated column becomes a plain one and keeps
 *   its values, its position and everything on it; PostgreSQL 18 refuses it for VIRTUAL columns.
 * - `ALTER COLUMN … SET EXPRESSION AS (…)` (17+): a new expression of the same kind; a STORED column
 *   is rewritten and its indexes and constraints rebuilt by PostgreSQL itself; PostgreSQL 18 refuses
 *   it for a VIRTUAL column of a table with CHECK constraints.
 * Anything else (plain → generated, a change of kind, a new expression before 17) drops the column
 * and adds it again. DROP COLUMN takes with it the indexes using the column (in keys, INCLUDE,
 * expressions or predicates), the constraints on it, the extended statistics on it, its comment and
 * its privileges, and refuses (2BP01) while a foreign key of any table references it: these are
 * dropped before (the planner puts drop_index / drop_constraint before drop_column) and created again
 * after. Views, triggers, policies and SQL-standard bodies reading it are cascade.ts's. A column of a
 * partition key can never be dropped, but PostgreSQL refuses generated columns in partition keys, so
 * no change here reaches one.
 */
import type { Column, Constraint, Index, StatisticsObject, Table } from '../catalog/model/catalog.js';
import type { DiffContext } from './context.js';
import { sameExpr, referencedColumns } from '../catalog/query/expr.js';
import { sameType } from '../catalog/query/types.js';
import { childrenOf } from '../catalog/query/children.js';
import { constraintUsesColumn, indexUsesColumn } from '../catalog/statements/dependents.js';
import { recreatedTables, skipColumn } from './partitions.js';

export type GenerationChange = 'none' | 'drop_expression' | 'set_expression' | 'recreate';

/** The PostgreSQL version the migration targets (the project's default: 15). */
export function targetVersion(ctx: DiffContext): number {
  return ctx.options?.pgVersion ?? 15;
}

/** How column `a` of `from` becomes column `b` of `to` as far as its generation goes. */
export function generationChange(a: Column, b: Column, from: Table, pgVersion: number): GenerationChange {
  if (!a.generated && !b.generated) return 'none';
  if (a.generated && b.generated && !!a.virtual === !!b.virtual && sameExpr(a.generated, b.generated)) return 'none';
  if (a.generated && !b.generated) return !a.virtual && pgVersion >= 13 ? 'drop_expression' : 'recreate';
  if (!a.generated || !b.generated || !!a.virtual !== !!b.virtual) return 'recreate';
  // SET EXPRESSION keeps the column's type: a type change as well is a new column
  const sameColumnType = sameType(a.type, b.type) && (a.collation ?? '') === (b.collation ?? '');
  const checks = [...from.constraints.values()].some((k) => k.kind === 'check');
  return pgVersion >= 17 && sameColumnType && !(a.virtual && checks) ? 'set_expression' : 'recreate';
}

const columnKey = (schema: string, table: string, column: string) => `${schema}.${table}.${column}`;
const memo = new WeakMap<DiffContext, Set<string>>();

/**
 * Columns of `from` that the diff drops and adds again for their generation, as `schema.table.column`,
 * with the copies partitions and inheriting tables have (DROP COLUMN on the parent drops them too).
 */
export function recreatedColumns(ctx: DiffContext): Set<string> {
  let out = memo.get(ctx);
  if (out) return out;
  out = new Set<string>();
  const wholeTables = recreatedTables(ctx);
  const version = targetVersion(ctx);
  const mark = (t: Table, column: string): void => {
    const k = columnKey(t.schema, t.name, column);
    if (out!.has(k)) return;
    out!.add(k);
    for (const child of childrenOf(ctx.from, t)) if (child.columns.has(column)) mark(child, column);
  };
  for (const [k, to] of ctx.to.tables) {
    const from = ctx.from.tables.get(k);
    if (!from || wholeTables.has(k)) continue;
    for (const [name, b] of to.columns) {
      const a = from.columns.get(name);
      if (!a || skipColumn(from, to, a, b, ctx)) continue;
      if (generationChange(a, b, from, version) === 'recreate') mark(from, name);
    }
  }
  memo.set(ctx, out);
  return out;
}

/** Is `column` of `table` dropped and added again by this diff? */
export function columnRecreated(ctx: DiffContext, table: { schema: string; name: string }, column: string): boolean {
  return recreatedColumns(ctx).has(columnKey(table.schema, table.name, column));
}

/** An index of `from` on a recreated column: DROP COLUMN drops it, so it is created again. */
export function indexOnRecreatedColumn(ctx: DiffContext, i: Index): boolean {
  const t = ctx.from.tables.get(`${i.schema}.${i.table}`);
  return !!t && [...t.columns.keys()].some((c) => columnRecreated(ctx, t, c) && indexUsesColumn(i, c));
}

/**
 * A constraint of `table` (in `from`) on a recreated column — dropped with it — or a foreign key
 * referencing one, which blocks the drop: both are dropped first and added again.
 */
export function constraintOnRecreatedColumn(ctx: DiffContext, table: Table, c: Constraint): boolean {
  if ([...table.columns.keys()].some((n) => columnRecreated(ctx, table, n) && constraintUsesColumn(c, n))) return true;
  return c.kind === 'foreign' && c.refColumns.some((n) => columnRecreated(ctx, { schema: c.refSchema, name: c.refTable }, n));
}

/** Extended statistics of `from` on a recreated column, in its columns or expressions. */
export function statisticsOnRecreatedColumn(ctx: DiffContext, s: StatisticsObject): boolean {
  const uses = (n: string) => columnRecreated(ctx, s.table, n);
  return s.columns.some(uses) || s.exprs.some((e) => referencedColumns(e.node).some(uses));
}
