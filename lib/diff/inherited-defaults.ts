/**
 * Column defaults down an inheritance tree. Each table keeps its own default (a partition or an
 * inheriting child may declare one of its own), but `ALTER TABLE t ALTER COLUMN c SET DEFAULT / DROP
 * DEFAULT` without ONLY gives every descendant the new default. So a default change on a table with
 * descendants is written without ONLY only when every descendant's target default is the table's;
 * otherwise it is written with ONLY, and each descendant whose own default changes gets its own
 * statement. A descendant reached by an ancestor's statement needs none.
 *
 * A column type change is the exception: the DROP DEFAULT before ALTER COLUMN … TYPE runs without
 * ONLY (every descendant's default must follow the new type or go), and the defaults the
 * descendants keep are set again after it by the ancestor's diff, in tree order (also when none was
 * dropped: PostgreSQL keeps the old type's cast in a default it converts).
 */
import type { Column, Table } from '../catalog/model/catalog.js';
import type { Change } from './change.js';
import type { DiffContext } from './context.js';
import { sameExpr } from '../catalog/query/expr.js';
import { assignableWithoutUsing, sameType } from '../catalog/query/types.js';
import { childrenOf } from '../catalog/query/children.js';
import { keptAncestors, sameParents } from './partitions.js';
import { descendants } from '../catalog/query/children.js';
import { tableKey } from '../catalog/query/resolve.js';

/**
 * Does ALTER TABLE `t` … SET/DROP DEFAULT without ONLY leave every table it reaches with its target
 * default? The tables it may reach are `t`'s descendants on either side (the statement may run
 * before or after a partition is attached or detached); true when `t` has none.
 */
export function defaultReachesDescendants(ctx: DiffContext, t: Table, column: string): boolean {
  const want = ctx.to.tables.get(tableKey(t))?.columns.get(column)?.default;
  for (const cat of [ctx.from, ctx.to]) {
    const root = cat.tables.get(tableKey(t));
    if (!root) continue;
    for (const d of descendants(cat, root)) {
      const target = ctx.to.tables.get(tableKey(d))?.columns.get(column);
      if (target && !sameExpr(target.default, want)) return false;
    }
  }
  return true;
}

/** A changed column type (or collation). */
export function typeChanged(a: Column, b: Column): boolean {
  return !sameType(a.type, b.type) || (a.collation ?? '') !== (b.collation ?? '');
}

/**
 * Does the type change of `table`'s column (`a` → `b`) drop the default first? When the value needs
 * USING (a default, the table's or a descendant's, may not follow), or when the default changes too.
 */
export function typeChangeDropsDefault(ctx: DiffContext, table: Table, a: Column, b: Column): boolean {
  if (!typeChanged(a, b)) return false;
  if (!assignableWithoutUsing(a.type, b.type)) {
    const before = ctx.from.tables.get(tableKey(table));
    return !!a.default || (!!before && descendants(ctx.from, before).some((d) => !!d.columns.get(b.name)?.default));
  }
  return !!a.default && !sameExpr(a.default, b.default);
}

/** After `table`'s type change (and DROP DEFAULT), the defaults its descendants have in the target that `needed` says are to be set again (none when `covered`: the table's SET DEFAULT reached them). */
export function restoreDescendantDefaults(ctx: DiffContext, table: Table, column: string, covered: boolean, needed: (before: Column | undefined, after: Column) => boolean): Change[] {
  if (covered) return [];
  const out: Change[] = [];
  const walk = (t: Table) => {
    for (const child of childrenOf(ctx.to, t)) {
      const c = child.columns.get(column);
      const before = ctx.from.tables.get(tableKey(child));
      if (!c || !sameParents(before, child)) continue;
      const change = c.default && needed(before!.columns.get(column), c) ? defaultChange(ctx, 'set_default', child, c) : undefined;
      if (change) out.push(change);
      if (!change || 'only' in change) walk(child);
    }
  };
  walk(table);
  return out;
}

/**
 * Is the default of `t`'s column set by an ancestor's statement without ONLY? That is: an ancestor
 * in the same tree on both sides changes its default, and the change reaches its descendants; or
 * its type change drops the descendants' defaults and sets them again.
 */
export function defaultSetByAncestor(ctx: DiffContext, t: Table, column: string): boolean {
  return keptAncestors(ctx, t, column).some((p) => {
    const a = ctx.from.tables.get(tableKey(p))?.columns.get(column);
    const b = p.columns.get(column)!;
    // an ancestor's type change sets this default again (restoreDescendantDefaults)
    if (a && typeChanged(a, b)) return true;
    return !!a && !sameExpr(a.default, b.default) && defaultReachesDescendants(ctx, p, column);
  });
}

/** SET DEFAULT (the column has one in the target) or DROP DEFAULT, with ONLY when its descendants keep defaults of their own. */
export function defaultChange(ctx: DiffContext, kind: 'set_default' | 'drop_default', table: Table, column: Column): Change {
  return defaultReachesDescendants(ctx, table, column.name) ? { kind, table, column } : { kind, table, column, only: true };
}
