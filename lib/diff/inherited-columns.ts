/**
 * A column dropped from a table with inheriting children. `ALTER TABLE t DROP COLUMN c` drops it
 * from every descendant whose copy is inherited only (PostgreSQL: attislocal false and no other
 * parent still giving it, attinhcount 1); a descendant that declares it too, or inherits it from
 * another parent, keeps it. When a descendant the plain drop would reach keeps the column in the
 * target (the parent loses it, the child declares it), the drop is written with ONLY: the direct
 * children's copies become columns of their own, and those of them that lose the column in the
 * target get their own DROP COLUMN after it (deciding in turn for their children).
 *
 * Partitions always have their parent's columns, so a partitioned table never needs ONLY here
 * (PostgreSQL refuses ONLY DROP COLUMN on a partitioned table with partitions); a child detached
 * or no longer inheriting (DETACH / NO INHERIT run before any column is dropped) keeps its copies.
 */
import type { Column, Table } from '../catalog/model/catalog.js';
import type { Change } from './change.js';
import type { DiffContext } from './context.js';
import { childrenOf } from '../catalog/query/children.js';
import { parentKeys } from '../catalog/statements/inheritance.js';
import { samePartitioning } from './partitions.js';
import { tableKey } from '../catalog/query/resolve.js';

interface Reached {
  /** The child as the target has it. */
  to: Table;
  column: Column;
  /** The child keeps the column in the target. */
  keeps: boolean;
}

/**
 * The direct children of `t` (a child in both catalogues, still of `t`) whose copy of `name` a plain
 * DROP COLUMN on `t` drops: inherited only, and no other parent that keeps inheriting it to them has it on both sides.
 */
function reachedChildren(ctx: DiffContext, t: Table, name: string): Reached[] {
  const from = ctx.from.tables.get(tableKey(t));
  if (!from) return [];
  const out: Reached[] = [];
  for (const child of childrenOf(ctx.from, from)) {
    const column = child.columns.get(name);
    const to = ctx.to.tables.get(tableKey(child));
    if (!column?.inherited || column.inherited.local || !to || !samePartitioning(child, to)) continue;
    const kept = parentKeys(to);
    if (!kept.includes(tableKey(t))) continue; // no longer a child: NO INHERIT / DETACH runs first
    const otherParent = parentKeys(child).some((k) => k !== tableKey(t) && kept.includes(k) && ctx.from.tables.get(k)?.columns.has(name) && ctx.to.tables.get(k)?.columns.has(name));
    if (otherParent) continue;
    out.push({ to, column, keeps: to.columns.has(name) });
  }
  return out;
}

/** Would a plain drop of `name` on `t` remove a copy the target keeps, at any depth? */
function dropReachesKept(ctx: DiffContext, t: Table, name: string): boolean {
  return reachedChildren(ctx, t, name).some((r) => r.keeps || dropReachesKept(ctx, r.to, name));
}

/** DROP COLUMN `column` of `table` (in both catalogues), with ONLY and the children's own drops when a descendant keeps it. */
export function dropColumnChanges(ctx: DiffContext, table: Table, column: Column): Change[] {
  if (!dropReachesKept(ctx, table, column.name)) return [{ kind: 'drop_column', table, column }];
  const out: Change[] = [{ kind: 'drop_column', table, column, only: true }];
  for (const r of reachedChildren(ctx, table, column.name)) if (!r.keeps) out.push(...dropColumnChanges(ctx, r.to, r.column));
  return out;
}
