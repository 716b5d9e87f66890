/**
 * A row trigger on a partitioned table is cloned onto every partition, at any depth (pg_trigger.tgparentid):
 * by CREATE TRIGGER on the parent, and by CREATE TABLE … PARTITION OF / ATTACH PARTITION later. A clone
 * has the parent's name and definition and starts in the parent's current enabled state; its state can
 * then differ (ALTER TABLE partition DISABLE TRIGGER, which pg_dump prints), and ALTER TABLE parent
 * ENABLE / DISABLE TRIGGER (without ONLY) reaches the clones. A clone cannot be dropped or renamed alone;
 * dropping or renaming the parent's trigger takes the clones along; DETACH PARTITION removes them
 * (PostgreSQL 15).
 */
import type { Catalog, Table } from '../model/catalog.js';
import type { Trigger } from '../model/trigger.js';
import { triggerKey } from '../model/trigger.js';
import { childrenOf } from '../query/children.js';

const tableKeyOf = (t: { schema: string; name: string }) => `${t.schema}.${t.name}`;

/** The partitions of `t` (not tables that INHERITS from it: they get no clones). */
function partitionsOf(cat: Catalog, t: Table): Table[] {
  return t.partitionBy ? childrenOf(cat, t).filter((c) => c.partitionOf?.schema === t.schema && c.partitionOf.table === t.name) : [];
}

/** The clones of trigger `t` on the partitions directly below its table. */
export function clonesOf(cat: Catalog, t: Trigger): Trigger[] {
  const table = cat.tables.get(`${t.schema}.${t.table}`);
  if (!table) return [];
  const out: Trigger[] = [];
  for (const p of partitionsOf(cat, table)) {
    const c = cat.triggers.get(triggerKey({ schema: p.schema, table: p.name, name: t.name }));
    if (c?.clonedFrom === tableKeyOf({ schema: t.schema, name: t.table })) out.push(c);
  }
  return out;
}

/** `t` and its clones at every depth, `t` first. */
export function withClones(cat: Catalog, t: Trigger): Trigger[] {
  const out = [t];
  for (const c of clonesOf(cat, t)) out.push(...withClones(cat, c));
  return out;
}

/** The row trigger of `parent` a clone of this name on `child` would copy, when `child` has a same-named trigger that is not its clone. */
export function cloneConflict(cat: Catalog, parent: Table, child: Table): string | undefined {
  if (!parent.partitionBy) return undefined;
  for (const t of cat.triggers.values()) {
    if (t.schema !== parent.schema || t.table !== parent.name || !t.forEachRow) continue;
    const own = cat.triggers.get(triggerKey({ schema: child.schema, table: child.name, name: t.name }));
    if (own && own.clonedFrom !== tableKeyOf(parent)) return t.name;
  }
  return undefined;
}

/** Clone `t` onto `child` (a partition of its table) and, through the clone, onto the partitions below. */
export function cloneTrigger(cat: Catalog, t: Trigger, child: Table): void {
  const k = triggerKey({ schema: child.schema, table: child.name, name: t.name });
  const existing = cat.triggers.get(k);
  if (existing && existing.clonedFrom !== `${t.schema}.${t.table}`) return; // a rival: the caller reports it
  const { comment: _c, enabled, ...def } = t;
  const clone: Trigger = { ...def, schema: child.schema, table: child.name, clonedFrom: `${t.schema}.${t.table}` };
  if (enabled) clone.enabled = enabled;
  if (existing?.comment !== undefined && existing.clonedFrom === clone.clonedFrom) clone.comment = existing.comment;
  cat.triggers.set(k, clone);
  for (const p of partitionsOf(cat, child)) cloneTrigger(cat, clone, p);
}

/** A new or newly attached partition `child` receives the row triggers of `parent` (with their clones below it). */
export function cloneTriggersTo(cat: Catalog, parent: Table, child: Table): void {
  if (!parent.partitionBy || child.partitionOf?.schema !== parent.schema || child.partitionOf.table !== parent.name) return;
  for (const t of [...cat.triggers.values()]) {
    if (t.schema === parent.schema && t.table === parent.name && t.forEachRow) cloneTrigger(cat, t, child);
  }
}

/** DETACH PARTITION: the clones of `parent`'s triggers on `child` go, with theirs below. */
export function removeClonesFrom(cat: Catalog, parent: Table, child: Table): void {
  for (const t of [...cat.triggers.values()]) {
    if (t.schema === child.schema && t.table === child.name && t.clonedFrom === tableKeyOf(parent)) {
      for (const c of withClones(cat, t)) cat.triggers.delete(triggerKey(c));
    }
  }
}
