/**
 * PRIMARY KEY / UNIQUE / EXCLUDE constraints of partitions that belong to their parent's (attached
 * through their indexes). PostgreSQL drops them with the parent's constraint and refuses to drop them
 * alone; a new parent constraint adopts a partition's equal constraint (keeping its name) and creates
 * the missing ones under names of its own choosing. So, for the diff:
 * - one whose parent constraint goes (dropped, changed, or its table created again) goes with it, and
 *   the target's is added again before the parent's;
 * - one attached to a parent constraint that stays follows it, and is renamed when only its name differs;
 * - a new one (the parent's constraint is new) is added explicitly before the parent's, so that the
 *   parent adopts it under the name the schema says.
 */
import type { Catalog, Constraint, Table } from '../catalog/model/catalog.js';
import type { Change } from './change.js';
import type { DiffContext } from './context.js';
import { constraintKey } from './constraint-key.js';
import { recreatedTables, sameParents } from './partitions.js';

const indexBacked = (c: Constraint | undefined) => c?.kind === 'primary' || c?.kind === 'unique' || c?.kind === 'exclude';

/** The parent's constraint a partition's key is attached to (through the index), as [table, constraint]. */
function parentOf(cat: Catalog, t: Table, c: Constraint): [Table, Constraint] | undefined {
  if (!indexBacked(c) || !c.inherited) return undefined;
  const p = cat.indexes.get(`${t.schema}.${c.name}`)?.parent;
  const pi = p ? cat.indexes.get(p) : undefined;
  const pt = pi ? cat.tables.get(`${pi.schema}.${pi.table}`) : undefined;
  const pc = pi?.constraint ? pt?.constraints.get(pi.constraint) : undefined;
  return pt && pc ? [pt, pc] : undefined;
}

export interface PartitionKeys {
  /** A partition's key that goes with its parent's constraint (nothing to drop). */
  goneWithParent(ta: Table, a: Constraint): boolean;
  /** A partition's key attached to a parent constraint that stays, on a partition that stays attached. */
  followsParent(ta: Table, tb: Table, a: Constraint): boolean;
  /** Renames of partition keys whose parent constraint stays: `schema.table.old` → new name. */
  renamed: Map<string, string>;
  /**
   * A partitioned table's key that is dropped and added again though it stays the same: a partition's
   * key attached to it is not attached to it in the target (a key cannot be detached from its parent's).
   */
  rebuilt(ta: Table, a: Constraint): boolean;
}

const cache = new WeakMap<DiffContext, PartitionKeys>();

/** The partition keys of a diff (computed once per diff). */
export function partitionKeysOf(ctx: DiffContext): PartitionKeys {
  let v = cache.get(ctx);
  if (!v) cache.set(ctx, (v = partitionKeys(ctx, recreatedTables(ctx))));
  return v;
}

function partitionKeys(ctx: DiffContext, recreated: Set<string>): PartitionKeys {
  const memo = new Map<string, boolean>();
  const tk = (t: Table) => `${t.schema}.${t.name}`;
  // partitions' key indexes attached to each parent key's index in `from`; the target's new ones by parent and table
  const attached = new Map<string, string[]>();
  for (const i of ctx.from.indexes.values()) if (i.parent && i.constraint) attached.set(i.parent, [...(attached.get(i.parent) ?? []), `${i.schema}.${i.name}`]);
  const newAttached = new Set<string>();
  for (const i of ctx.to.indexes.values()) if (i.parent && !ctx.from.indexes.has(`${i.schema}.${i.name}`)) newAttached.add(`${i.parent} ${i.schema}.${i.table}`);
  const rebuilt = (ta: Table, a: Constraint): boolean => {
    if (!indexBacked(a) || !ta.partitionBy) return false;
    const pk = `${ta.schema}.${a.name}`;
    return (attached.get(pk) ?? []).some((k) => {
      const ci = ctx.from.indexes.get(k)!;
      const t = `${ci.schema}.${ci.table}`;
      if (!ctx.to.tables.has(t) || recreated.has(t) || !sameParents(ctx.from.tables.get(t), ctx.to.tables.get(t))) return false;
      const b = ctx.to.indexes.get(k);
      return b ? b.parent !== pk : !newAttached.has(`${pk} ${t}`);
    });
  };
  /** Does up drop constraint `a` of `ta` (explicitly, with its table, or with its parent's)? */
  const goes = (ta: Table, a: Constraint): boolean => {
    const k = `${tk(ta)}.${a.name}`;
    let v = memo.get(k);
    if (v !== undefined) return v;
    memo.set(k, false);
    const tb = ctx.to.tables.get(tk(ta));
    const parent = parentOf(ctx.from, ta, a);
    if (!tb || recreated.has(tk(ta))) v = true;
    else if (parent && sameParents(ta, tb)) v = goes(parent[0], parent[1]);
    else {
      const b = tb.constraints.get(a.name);
      v = !b || constraintKey(a) !== constraintKey(b) || (!!b.inherited && !a.inherited) || rebuilt(ta, a);
    }
    memo.set(k, v);
    return v;
  };
  const followsParent = (ta: Table, tb: Table, a: Constraint): boolean => {
    const parent = parentOf(ctx.from, ta, a);
    return !!parent && sameParents(ta, tb) && !recreated.has(tk(ta)) && !goes(parent[0], parent[1]);
  };
  const renamed = new Map<string, string>();
  for (const [k, ta] of ctx.from.tables) {
    const tb = ctx.to.tables.get(k);
    if (!tb) continue;
    for (const a of ta.constraints.values()) {
      if (tb.constraints.has(a.name) || !followsParent(ta, tb, a)) continue;
      const pa = ctx.from.indexes.get(`${ta.schema}.${a.name}`)?.parent;
      const b = [...tb.constraints.values()].find((c) => !ta.constraints.has(c.name) && ctx.to.indexes.get(`${tb.schema}.${c.name}`)?.parent === pa);
      if (b) renamed.set(`${k}.${a.name}`, b.name);
    }
  }
  return {
    goneWithParent: (ta, a) => {
      const tb = ctx.to.tables.get(tk(ta));
      const parent = parentOf(ctx.from, ta, a);
      return !!tb && !recreated.has(tk(ta)) && !!parent && sameParents(ta, tb) && goes(parent[0], parent[1]);
    },
    followsParent,
    renamed,
    rebuilt,
  };
}

/** Is `b` a partition's key that must be added explicitly (new, or its old one went with the parent's)? */
export function addsPartitionKey(b: Constraint | undefined): boolean {
  return indexBacked(b) && !!b!.inherited;
}

/** How deep a table is in its partition tree (a partition of a partition is deeper). */
function depth(cat: Catalog, t: Table): number {
  let d = 0;
  for (let p = t.partitionOf; p && d < 64; p = cat.tables.get(`${p.schema}.${p.table}`)?.partitionOf) d++;
  return d;
}

/**
 * Partitions' keys are added before their parents' (the deepest partitions first), each parent then
 * adopting its partitions' keys: reorder those add_constraint changes in place, deepest first.
 */
export function partitionKeysFirst(ctx: DiffContext): void {
  const at: number[] = [];
  ctx.changes.forEach((c, i) => {
    if (c.kind === 'add_constraint' && indexBacked(c.constraint)) at.push(i);
  });
  const picked = at.map((i) => ctx.changes[i]! as Extract<Change, { kind: 'add_constraint' }>);
  const d = new Map(picked.map((c) => [c, depth(ctx.to, c.table)]));
  picked.sort((x, y) => d.get(y)! - d.get(x)!);
  at.forEach((i, j) => {
    ctx.changes[i] = picked[j]!;
  });
}
