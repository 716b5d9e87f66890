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
import { recreateIndex } from './cascade-columns.js';

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
      case 'set_comment':
        // the comment of a deferred index or key goes with it
        if ((c.target.kind === 'index' || c.target.kind === 'constraint') && rivalKeyOf(c.target, c.target.name)) c.afterAttach = true;
        break;
      default:
        break;
    }
  }
}

/**
 * A table that exists already and is attached: its own plain index that ATTACH could adopt comes
 * first in creation order, before the copy of the parent's index the migration creates for the
 * target, so ATTACH would take it instead. It is dropped before the ATTACH and created again after
 * (deferAttachRivals defers the creation), unless the diff already does both. Before the comments
 * and statistics targets are diffed, so the index gets them back.
 */
export function recreateAttachRivals(ctx: DiffContext): void {
  for (const c of [...ctx.changes]) {
    if (c.kind !== 'attach_partition') continue;
    const t = ctx.to.tables.get(tableKey(c.table));
    if (t && ctx.from.tables.has(tableKey(t))) recreateExistingRivals(ctx, t, c.parent, attachRivals(ctx, t, c.parent));
  }
}

function recreateExistingRivals(ctx: DiffContext, t: Table, parent: { schema: string; name: string }, rivals: Set<string>): void {
  const parentIndexes = indexesByTable(ctx.to).get(tableKey(parent)) ?? [];
  const own = indexesByTable(ctx.to).get(tableKey(t)) ?? [];
  for (const key of rivals) {
    const before = ctx.from.indexes.get(key);
    const after = ctx.to.indexes.get(key);
    if (!before || !after || before.constraint || after.constraint || before.parent) continue;
    // a copy of a parent index `after` could stand in for, new in this migration
    const copyIsNew = own.some((i) => i !== after && i.parent && !ctx.from.indexes.has(tableKey(i)) && parentIndexes.some((p) => tableKey(p) === i.parent && couldAdopt(after, p)));
    if (copyIsNew) recreateIndex(ctx, before);
  }
}

/** Do `columns` of `t` name a key of `t` that is created after its ATTACH? */
function referencesRival(t: Table | undefined, columns: string[], rivals: Set<string>): boolean {
  if (!t) return false;
  return [...t.constraints.values()].some((k) => (k.kind === 'primary' || k.kind === 'unique') && rivals.has(`${t.schema}.${k.name}`) && [...k.columns].sort().join() === [...columns].sort().join());
}
