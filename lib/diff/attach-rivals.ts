/**
 * Keys and indexes of a partition that ATTACH PARTITION could adopt in place of the ones the target
 * attaches. ATTACH gives each of the parent's indexes the first equal index of the partition (in
 * creation order) not attached yet: for a parent's key an index backing a key — of any kind before
 * PostgreSQL 17 (the partition's PRIMARY KEY for the parent's UNIQUE), of the same kind from 17 — and
 * for a plain parent index any equal index, a key's included. CREATE TABLE … PARTITION OF creates
 * the partition's copies of the parent's indexes first and its own keys after, so a target can hold
 * both an attached copy and an own key or index with the same definition. pgshift creates a new
 * partition as a plain table and attaches it (partitions.ts): an own key or index that the ATTACH
 * could take, on any version, is created after the ATTACH instead, where it stays the partition's own.
 */
import type { Catalog, Index, Table } from '../catalog/model/catalog.js';
import { sameIndexDefinition } from '../catalog/statements/inheritance.js';
import type { DiffContext } from './context.js';
import { tableKey } from '../catalog/query/resolve.js';

/** Could ATTACH (on any version) give the parent's index `p` the partition's own index `r`? */
function couldAdopt(r: Index, p: Index): boolean {
  return sameIndexDefinition(r, p) && (!p.constraint || !!r.constraint);
}

/** The indexes of `cat` by table (`schema.table`), computed once per catalogue. */
const byTableCache = new WeakMap<Catalog, Map<string, Index[]>>();
function indexesByTable(cat: Catalog): Map<string, Index[]> {
  let m = byTableCache.get(cat);
  if (!m) {
    m = new Map();
    for (const i of cat.indexes.values()) {
      const k = `${i.schema}.${i.table}`;
      const list = m.get(k);
      if (list) list.push(i);
      else m.set(k, [i]);
    }
    byTableCache.set(cat, m);
  }
  return m;
}

/** The own indexes (keys' included) of partition `t` of the target that its ATTACH to `parent` could adopt: `schema.name` keys. */
export function attachRivals(ctx: DiffContext, t: Table, parent: { schema: string; name: string }): Set<string> {
  const m = indexesByTable(ctx.to);
  const parentIndexes = m.get(tableKey(parent)) ?? [];
  const out = new Set<string>();
  if (!parentIndexes.length) return out;
  for (const r of m.get(tableKey(t)) ?? []) {
    if (!r.parent && parentIndexes.some((p) => couldAdopt(r, p))) out.add(tableKey(r));
  }
  return out;
}

/**
 * Mark the changes that create the rivals of each attached partition (and what needs them) to run
 * after the ATTACH. A new partition's keys are kept out of its CREATE TABLE already (tables.ts).
 */
export function deferAttachRivals(ctx: DiffContext): void {
  const rivals = new Set<string>(); // index keys
  for (const c of ctx.changes) {
    if (c.kind !== 'attach_partition') continue;
    const t = ctx.to.tables.get(tableKey(c.table));
    if (t) for (const r of attachRivals(ctx, t, c.parent)) rivals.add(r);
  }
  if (!rivals.size) return;
  const rivalKeyOf = (t: { schema: string }, name: string) => rivals.has(`${t.schema}.${name}`);
  for (const c of ctx.changes) {
    switch (c.kind) {
      case 'add_constraint':
        if (c.constraint.kind !== 'check' && c.constraint.kind !== 'foreign' && rivalKeyOf(c.table, c.constraint.name)) c.afterAttach = true;
        // a foreign key referencing a partition's deferred key waits for it
        if (c.constraint.kind === 'foreign' && referencesRival(ctx.to.tables.get(`${c.constraint.refSchema}.${c.constraint.refTable}`), c.constraint.refColumns, rivals)) c.afterAttach = true;
        break;
      case 'create_index':
      case 'set_index_statistics':
        if (rivals.has(tableKey(c.index))) c.afterAttach = true;
        break;
      case 'set_replica_identity':
        if (c.identity?.kind === 'index' && rivalKeyOf(c.table, c.identity.index)) c.afterAttach = true;
        break;
      default:
        break;
    }
  }
}

/** Do `columns` of `t` name a key of `t` that is created after its ATTACH? */
function referencesRival(t: Table | undefined, columns: string[], rivals: Set<string>): boolean {
  if (!t) return false;
  return [...t.constraints.values()].some((k) => (k.kind === 'primary' || k.kind === 'unique') && rivals.has(`${t.schema}.${k.name}`) && [...k.columns].sort().join() === [...columns].sort().join());
}
