/**
 * Which partition index is attached to which partitioned index (`Index.parent`), beyond what CREATE
 * INDEX on the parent and ATTACH PARTITION do on their own:
 * - an index (or a key's index) of a partition that stays, attached in the target to a partitioned
 *   index that stays, and not attached to it before: `ALTER INDEX parent ATTACH PARTITION child`
 *   once both exist;
 * - a partitioned index created on a table whose partitions do not all have an index attached to it
 *   in the target (it was created ON ONLY and some were never attached: it is invalid): created
 *   ON ONLY and the target's partition indexes attached one by one, as CREATE INDEX without ONLY
 *   would adopt an equal index of every partition or build one;
 * - a plain partitioned index dropped while partitions' keys have their indexes attached to it:
 *   `DROP INDEX … CASCADE` takes the keys (neither can be dropped alone), whose own drops are left
 *   out, and the target's keys are added again.
 */
import type { Constraint, Index, Table } from '../catalog/model/catalog.js';
import type { Change } from './change.js';
import type { DiffContext } from './context.js';
import { childrenOf } from '../catalog/query/children.js';
import { sameParents } from './partitions.js';

const key = (i: { schema: string; name: string }) => `${i.schema}.${i.name}`;
const tableKey = (i: Index) => `${i.schema}.${i.table}`;

type CreateIndex = Extract<Change, { kind: 'create_index' }>;

/** Tables the migration creates (or creates again). */
function createdTables(ctx: DiffContext): Set<string> {
  return new Set(ctx.changes.flatMap((c) => (c.kind === 'create_table' ? [`${c.table.schema}.${c.table.name}`] : [])));
}

/** A partition present and attached to the same parent on both sides, not created again. */
function keptPartition(ctx: DiffContext, created: Set<string>, k: string): boolean {
  return !created.has(k) && sameParents(ctx.from.tables.get(k), ctx.to.tables.get(k));
}

/** The partitioned indexes the migration drops: dropped indexes, and the indexes of dropped keys. */
function droppedIndexes(ctx: DiffContext): Set<string> {
  return new Set(ctx.changes.flatMap((c) => {
    if (c.kind === 'drop_index') return [key(c.index)];
    if (c.kind === 'drop_constraint' && c.constraint.kind !== 'check' && c.constraint.kind !== 'foreign') return [`${c.table.schema}.${c.constraint.name}`];
    return [];
  }));
}

/** ALTER INDEX … ATTACH PARTITION for partition indexes that join a partitioned index that stays. */
export function attachExistingIndexes(ctx: DiffContext): void {
  const created = createdTables(ctx);
  const dropped = droppedIndexes(ctx);
  // partitions (by parent index) that have an index attached in `from`
  const attachedBefore = new Set<string>();
  for (const i of ctx.from.indexes.values()) if (i.parent) attachedBefore.add(`${i.parent} ${tableKey(i)}`);
  for (const b of ctx.to.indexes.values()) {
    if (!b.parent || attachedBefore.has(`${b.parent} ${tableKey(b)}`)) continue;
    const parent = ctx.to.indexes.get(b.parent);
    // a parent created (or created again) by the migration adopts or attaches its partitions' indexes itself
    if (!parent || !ctx.from.indexes.has(b.parent) || dropped.has(b.parent) || created.has(tableKey(parent))) continue;
    if (!keptPartition(ctx, created, tableKey(b))) continue; // ATTACH PARTITION brings a new partition's
    ctx.changes.push({ kind: 'attach_index', index: parent, partition: b });
  }
}

/**
 * ATTACH PARTITION (and CREATE INDEX on a parent) gives each parent index, in creation order, the
 * partition's first index in creation order that PostgreSQL's comparison finds equal, and that
 * comparison ignores ASC / DESC and NULLS order (sameIndexDefinition). So the partition indexes the
 * migration creates go in the order of the parent indexes they are attached to in the target (the
 * parents that exist first, in catalogue order, then those the migration creates, in its order);
 * the other changes keep their places.
 */
export function orderAttachedIndexCreation(ctx: DiffContext): void {
  const rank = new Map<string, number>();
  for (const i of ctx.from.indexes.values()) rank.set(key(i), rank.size);
  for (const c of ctx.changes) if (c.kind === 'create_index' && !rank.has(key(c.index))) rank.set(key(c.index), rank.size);
  const slots = new Map<string, number[]>(); // table → positions of its attached index creations
  ctx.changes.forEach((c, at) => {
    if (c.kind !== 'create_index' || !c.index.parent || !rank.has(c.index.parent)) return;
    const t = tableKey(c.index);
    slots.set(t, [...(slots.get(t) ?? []), at]);
  });
  for (const at of slots.values()) {
    if (at.length < 2) continue;
    const sorted = at.map((i) => ctx.changes[i] as CreateIndex).sort((a, b) => rank.get(a.index.parent!)! - rank.get(b.index.parent!)!);
    at.forEach((i, n) => (ctx.changes[i] = sorted[n]!));
  }
}

/**
 * A partitioned index created on a table that exists, whose partitions (attached before the migration)
 * do not all have an index attached to it in the target: ON ONLY, then ATTACH each one it has.
 */
export function onlyWhenIncomplete(ctx: DiffContext, creates: CreateIndex[]): void {
  const created = createdTables(ctx);
  for (const c of creates) {
    const k = key(c.index);
    const table = ctx.to.tables.get(tableKey(c.index));
    if (!table?.partitionBy || created.has(tableKey(c.index)) || !ctx.from.tables.has(tableKey(c.index))) continue;
    const kept = childrenOf(ctx.to, table).filter((p) => p.partitionOf && keptPartition(ctx, created, key(p)));
    const attached = [...ctx.to.indexes.values()].filter((i) => i.parent === k && kept.some((p) => key(p) === tableKey(i)));
    if (attached.length === kept.length) continue;
    c.only = true;
    c.attach = attached.map((i) => ({ schema: i.schema, name: i.name }));
  }
}

/**
 * A partitioned table's key added to a table that exists, whose partitions (attached before the
 * migration) do not all have a key attached to it in the target: ALTER TABLE ONLY, then the
 * partitions' keys it has attached one by one (ADD CONSTRAINT without ONLY would give every
 * partition one).
 */
export function onlyKeysWhenIncomplete(ctx: DiffContext): void {
  const created = createdTables(ctx);
  const out: Change[] = [];
  for (const c of ctx.changes) {
    if (c.kind !== 'add_constraint' || c.usingIndex || (c.constraint.kind !== 'primary' && c.constraint.kind !== 'unique' && c.constraint.kind !== 'exclude')) continue;
    const t = c.table;
    if (!t.partitionBy || created.has(`${t.schema}.${t.name}`) || !ctx.from.tables.has(`${t.schema}.${t.name}`)) continue;
    const parent = ctx.to.indexes.get(`${t.schema}.${c.constraint.name}`);
    if (!parent) continue;
    const kept = childrenOf(ctx.to, t).filter((p) => p.partitionOf && keptPartition(ctx, created, key(p)));
    const attached = [...ctx.to.indexes.values()].filter((i) => i.parent === key(parent) && kept.some((p) => key(p) === tableKey(i)));
    if (attached.length === kept.length) continue;
    c.only = true;
    for (const i of attached) out.push({ kind: 'attach_index', index: parent, partition: i });
  }
  ctx.changes.push(...out);
}

/** The keys whose indexes are attached, at any depth, to the plain partitioned index `p` of `from`. */
function attachedKeys(ctx: DiffContext, p: Index): { table: Table; constraint: Constraint }[] {
  const out: { table: Table; constraint: Constraint }[] = [];
  const walk = (k: string) => {
    for (const i of ctx.from.indexes.values()) {
      if (i.parent !== k) continue;
      const t = ctx.from.tables.get(tableKey(i));
      // a partition detached first (phase 0.5) takes its indexes out of the tree
      if (!t || (ctx.to.tables.has(tableKey(i)) && !sameParents(t, ctx.to.tables.get(tableKey(i))))) continue;
      const con = i.constraint ? t.constraints.get(i.constraint) : undefined;
      if (con) out.push({ table: t, constraint: con });
      else walk(key(i));
    }
  };
  walk(key(p));
  return out;
}

/** DROP INDEX … CASCADE for a plain partitioned index that partitions' keys are attached to; their own drops left out, the target's added again. */
export function cascadeAttachedKeys(ctx: DiffContext): void {
  const created = createdTables(ctx);
  const same = (c: Change, t: Table, con: Constraint) =>
    (c.kind === 'drop_constraint' || c.kind === 'add_constraint') && c.table.schema === t.schema && c.table.name === t.name && c.constraint.name === con.name;
  const drops = ctx.changes.filter((d): d is Extract<Change, { kind: 'drop_index' }> => d.kind === 'drop_index');
  for (const d of drops) {
    if (d.index.constraint || !ctx.from.tables.get(tableKey(d.index))?.partitionBy) continue;
    const keys = attachedKeys(ctx, d.index);
    if (!keys.length) continue;
    d.cascade = keys;
    for (const { table, constraint } of keys) {
      for (let i = ctx.changes.length - 1; i >= 0; i--) {
        const c = ctx.changes[i]!;
        if (c.kind === 'drop_constraint' && same(c, table, constraint)) ctx.changes.splice(i, 1);
      }
      const tb = ctx.to.tables.get(`${table.schema}.${table.name}`);
      const now = tb?.constraints.get(constraint.name);
      if (!tb || !now || created.has(`${tb.schema}.${tb.name}`) || ctx.changes.some((c) => c.kind === 'add_constraint' && same(c, tb, now))) continue;
      ctx.changes.push({ kind: 'add_constraint', table: tb, constraint: now });
    }
  }
}
