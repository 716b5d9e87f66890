/**
 * Partitions and inheritance in the diff. A partition is created as a plain table with everything
 * it needs (columns, CHECKs, keys, indexes under their own names) and then attached, as pg_dump
 * does: ATTACH adopts the equal indexes and keys and clones the foreign keys, so every name is the
 * one the schema says (an own key or index the ATTACH could take instead of the copy is created after
 * it: attach-rivals.ts). What a child inherits and its parent already gets from the same change
 * (a column added to the parent, a constraint, an index) is not repeated on the child.
 */
import type { Catalog, Column, Constraint, Table } from '../catalog/model/catalog.js';
import type { DiffContext } from './context.js';
import { parentKeys } from '../catalog/statements/inheritance.js';
import { boundKey, partitionSpecKey } from '../catalog/statements/partition.js';
import { tableKey } from '../catalog/query/resolve.js';

/** Is `t` a child of the same parents (and, for partitions, under the same bound) in both catalogues? */
export function sameParents(a: Table | undefined, b: Table | undefined): boolean {
  if (!a || !b) return false;
  const pa = parentKeys(a);
  return pa.length > 0 && pa.join() === parentKeys(b).join() && !!a.partitionOf === !!b.partitionOf;
}

/** The ancestors of `t` (of the target) that have `column`, in the same tree on both sides, nearest first; none past a level with several parents. */
export function keptAncestors(ctx: DiffContext, t: Table, column: string): Table[] {
  const out: Table[] = [];
  for (let child = t; sameParents(ctx.from.tables.get(tableKey(child)), child); ) {
    const parents = parentKeys(child).map((k) => ctx.to.tables.get(k)).filter((p): p is Table => !!p?.columns.has(column));
    if (parents.length !== 1 || out.includes(parents[0]!)) break;
    child = parents[0]!;
    out.push(child);
  }
  return out;
}

const inheritedOnly = (c: Column | undefined) => !!c?.inherited && !c.inherited.local;

/**
 * A parent that `ta` and `tb` both have (a partition's parent, or an INHERITS parent kept while
 * others are added or removed) and that carries `has` on the side where it matters.
 */
function keptParentHas(ctx: DiffContext | undefined, ta: Table, tb: Table, side: 'from' | 'to', has: (p: Table) => boolean): boolean {
  if (sameParents(ta, tb)) return true;
  if (!ctx || !!ta.partitionOf !== !!tb.partitionOf) return false;
  const kept = parentKeys(tb);
  return parentKeys(ta).some((k) => kept.includes(k) && !!ctx[side].tables.get(k) && has(ctx[side].tables.get(k)!));
}

/** A column the parent's own change handles (it is inherited, not declared, on both sides, from a parent kept on both). */
export function skipColumn(ta: Table, tb: Table, a: Column | undefined, b: Column | undefined, ctx?: DiffContext): boolean {
  if ((a && !inheritedOnly(a)) || (b && !inheritedOnly(b))) return false;
  const name = (b ?? a)!.name;
  return keptParentHas(ctx, ta, tb, b ? 'to' : 'from', (p) => p.columns.has(name));
}

/**
 * A constraint the parent's change (or ATTACH) handles: inherited on the side(s) where it exists,
 * for a table that stays a child; and a foreign key a partition gets from its parent on ATTACH.
 */
export function skipConstraint(ta: Table | undefined, tb: Table, a: Constraint | undefined, b: Constraint | undefined, ctx?: DiffContext): boolean {
  if (b?.inherited && b.kind === 'foreign' && tb.partitionOf) return true;
  if ((a && !a.inherited) || (b && !b.inherited) || !ta) return false;
  const name = (b ?? a)!.name;
  return keptParentHas(ctx, ta, tb, b ? 'to' : 'from', (p) => p.constraints.has(name));
}

/** A dropped table that goes with its dropped (or recreated) parent: a partition. */
export function droppedWithParent(ctx: DiffContext, t: Table, recreated: Set<string>): boolean {
  if (!t.partitionOf) return false;
  const p = `${t.partitionOf.schema}.${t.partitionOf.table}`;
  return !ctx.to.tables.has(p) || recreated.has(p);
}

/**
 * A dropped partition whose parent stays and is referenced by a foreign key (of any table, at any
 * level of the partition tree): PostgreSQL refuses to drop it while attached, so it is detached first.
 */
export function detachBeforeDrop(ctx: DiffContext, t: Table): boolean {
  if (!t.partitionOf) return false;
  const referenced = new Set<string>();
  for (const other of ctx.from.tables.values()) {
    for (const c of other.constraints.values()) if (c.kind === 'foreign') referenced.add(`${c.refSchema}.${c.refTable}`);
  }
  for (let p: Table | undefined = t; p?.partitionOf; ) {
    const k = `${p.partitionOf.schema}.${p.partitionOf.table}`;
    if (referenced.has(k)) return true;
    p = ctx.from.tables.get(k);
  }
  return false;
}

const recreatedCache = new WeakMap<DiffContext, Set<string>>();

/** Tables in both catalogues that must be created again: a different PARTITION BY, or a parent created again (computed once per diff). */
export function recreatedTables(ctx: DiffContext): Set<string> {
  let out = recreatedCache.get(ctx);
  if (!out) recreatedCache.set(ctx, (out = findRecreated(ctx)));
  return out;
}

function findRecreated(ctx: DiffContext): Set<string> {
  const out = new Set<string>();
  for (const [k, b] of ctx.to.tables) {
    const a = ctx.from.tables.get(k);
    if (a && !samePartitioning(a, b)) out.add(k);
  }
  let grew = out.size > 0;
  while (grew) {
    grew = false;
    for (const [k, a] of ctx.from.tables) {
      if (out.has(k) || !ctx.to.tables.has(k)) continue;
      if (parentKeys(a).some((p) => out.has(p))) { out.add(k); grew = true; }
    }
  }
  return out;
}

/** A new partition is attached once it has its columns, constraints and indexes. */
export function attachNew(ctx: DiffContext, t: Table): void {
  const p = t.partitionOf;
  if (p) ctx.changes.push({ kind: 'attach_partition', table: t, parent: { schema: p.schema, name: p.table }, bound: p.bound });
}

/** Partition bound or parent, or inheritance parents, changed on a table present in both catalogues. */
export function diffParents(ctx: DiffContext, a: Table, b: Table): void {
  const pa = a.partitionOf;
  const pb = b.partitionOf;
  const moved = !pa || !pb || pa.schema !== pb.schema || pa.table !== pb.table || boundKey(pa.bound) !== boundKey(pb.bound);
  if (pa && (moved || !pb)) ctx.changes.push({ kind: 'detach_partition', table: b, parent: { schema: pa.schema, name: pa.table } });
  if (pb && (moved || !pa)) ctx.changes.push({ kind: 'attach_partition', table: b, parent: { schema: pb.schema, name: pb.table }, bound: pb.bound });
  const ia = (a.inherits ?? []).map((p) => `${p.schema}.${p.name}`);
  const ib = (b.inherits ?? []).map((p) => `${p.schema}.${p.name}`);
  for (const p of a.inherits ?? []) if (!ib.includes(`${p.schema}.${p.name}`)) ctx.changes.push({ kind: 'drop_inherit', table: b, parent: p });
  for (const p of b.inherits ?? []) if (!ia.includes(`${p.schema}.${p.name}`)) ctx.changes.push({ kind: 'add_inherit', table: b, parent: p });
}

/** Can `b` keep `a`'s storage? A different PARTITION BY (or none) needs the table created again. */
export function samePartitioning(a: Table, b: Table): boolean {
  return partitionSpecKey(a.partitionBy) === partitionSpecKey(b.partitionBy);
}

/** New tables ordered so that a table comes after the tables it INHERITS (CREATE TABLE … INHERITS needs them). */
export function parentsFirst(tables: Table[]): Table[] {
  const byKey = new Map(tables.map((t) => [`${t.schema}.${t.name}`, t]));
  const out: Table[] = [];
  const seen = new Set<string>();
  const visit = (t: Table) => {
    const k = `${t.schema}.${t.name}`;
    if (seen.has(k)) return;
    seen.add(k);
    for (const p of t.inherits ?? []) {
      const parent = byKey.get(`${p.schema}.${p.name}`);
      if (parent) visit(parent);
    }
    out.push(t);
  };
  for (const t of tables) visit(t);
  return out;
}
