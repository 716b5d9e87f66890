/**
 * The indexes of partitions attached to a partitioned index (`ALTER INDEX parent ATTACH PARTITION
 * child`, or cloned by CREATE INDEX on the parent). PostgreSQL drops them with their parent index (or
 * the parent's constraint) and refuses to drop them alone; a new parent index adopts the equal
 * indexes its partitions already have, keeping their names. So, for the diff:
 * - a partition index whose parent index goes (dropped, changed, or its constraint dropped) goes with
 *   it, unless its partition is detached first; if the target has it, it is created again;
 * - one that stays attached to a parent that stays follows the parent, and is renamed when only its
 *   name differs;
 * - new ones are created before their parent index (the deepest partitions first), which adopts them.
 */
import type { Index } from '../catalog/model/catalog.js';
import type { DiffContext } from './context.js';
import { sameParents } from './partitions.js';

const key = (i: { schema: string; name: string }) => `${i.schema}.${i.name}`;
const tableKey = (i: Index) => `${i.schema}.${i.table}`;

export interface PartitionIndexes {
  /** Indexes of `from` that go with their parent index (or their table): nothing to drop. */
  goneWithParent(a: Index): boolean;
  /**
   * A partitioned index of `from` that must be dropped and created again though its definition stays:
   * an index attached to it (at any depth) is not attached to it in the target (PostgreSQL has no
   * DETACH for indexes, and refuses to drop an attached one), or is a partition's key that the
   * migration drops (the key and the index each refuse to be dropped without the other).
   */
  rebuilt(a: Index): boolean;
  /** Is `a` attached to a parent index that stays, on a partition that stays attached? */
  followsParent(a: Index): boolean;
  /** Partition indexes renamed in place (`from` key → the `to` index), and the `to` keys they become. */
  renamed: Map<string, Index>;
  renamedTo: Set<string>;
}

/**
 * Classify the partition indexes of a diff. `created`: tables the migration creates (or creates again);
 * `defKey`: an index's definition for comparison; `standaloneTo`: the target's indexes not backing a constraint.
 */
export function partitionIndexes(ctx: DiffContext, created: Set<string>, defKey: (i: Index) => string): PartitionIndexes {
  const memo = new Map<string, boolean>();
  const tableGoes = (i: Index) => !ctx.to.tables.has(tableKey(i)) || created.has(tableKey(i));
  // the partition leaves its parent (DETACH, phase 0.5) before any index is dropped: its indexes stay
  const detached = (a: Index) => !sameParents(ctx.from.tables.get(tableKey(a)), ctx.to.tables.get(tableKey(a)));
  const dropsConstraint = (a: Index) =>
    ctx.changes.some((c) => c.kind === 'drop_constraint' && c.table.schema === a.schema && c.table.name === a.table && c.constraint.name === a.constraint);
  /** Does up drop `a`, explicitly or with its table, constraint or parent? */
  const goes = (a: Index): boolean => {
    const k = key(a);
    let v = memo.get(k);
    if (v !== undefined) return v;
    memo.set(k, false); // (a cycle cannot happen; guard anyway)
    if (tableGoes(a)) v = true;
    else if (a.parent && ctx.from.indexes.has(a.parent) && !detached(a)) v = goes(ctx.from.indexes.get(a.parent)!);
    else if (a.constraint) v = dropsConstraint(a);
    else {
      const b = ctx.to.indexes.get(k);
      v = !b || !!b.constraint || defKey(a) !== defKey(b) || rebuilt(a);
    }
    memo.set(k, v);
    return v;
  };
  // the indexes of `from` attached to each partitioned index; the target's new ones by parent and table
  const children = new Map<string, Index[]>();
  for (const i of ctx.from.indexes.values()) if (i.parent) children.set(i.parent, [...(children.get(i.parent) ?? []), i]);
  const newAttached = new Set<string>();
  for (const i of ctx.to.indexes.values()) if (i.parent && !ctx.from.indexes.has(key(i))) newAttached.add(`${i.parent} ${tableKey(i)}`);
  /** Is `c` (attached in `from`) no longer attached to its parent in the target (renamed in place excepted)? */
  const leaves = (c: Index): boolean => {
    const b = ctx.to.indexes.get(key(c));
    return b ? b.parent !== c.parent : !newAttached.has(`${c.parent} ${tableKey(c)}`);
  };
  const rebuiltMemo = new Map<string, boolean>();
  const rebuilt = (p: Index): boolean => {
    const k = key(p);
    let v = rebuiltMemo.get(k);
    if (v !== undefined) return v;
    rebuiltMemo.set(k, false);
    v = (children.get(k) ?? []).some((c) => !tableGoes(c) && !detached(c) && (leaves(c) || (!p.constraint && !!c.constraint && dropsConstraint(c)) || rebuilt(c)));
    rebuiltMemo.set(k, v);
    return v;
  };
  const attachedStays = (a: Index) =>
    !!a.parent && ctx.from.indexes.has(a.parent) && !tableGoes(a) && !detached(a) && !goes(ctx.from.indexes.get(a.parent)!);
  // renamed in place: attached to a parent that stays, the same definition under another name
  const renamed = new Map<string, Index>();
  const renamedTo = new Set<string>();
  for (const a of ctx.from.indexes.values()) {
    if (a.constraint || ctx.to.indexes.has(key(a)) || !attachedStays(a)) continue; // (keys are renamed as constraints)
    const b = [...ctx.to.indexes.values()].find((i) => !i.constraint && i.parent === a.parent && tableKey(i) === tableKey(a) && !ctx.from.indexes.has(key(i)) && !renamedTo.has(key(i)));
    if (b) {
      renamed.set(key(a), b);
      renamedTo.add(key(b));
    }
  }
  return {
    goneWithParent: (a) => !tableGoes(a) && !!a.parent && ctx.from.indexes.has(a.parent) && !detached(a) && goes(ctx.from.indexes.get(a.parent)!),
    followsParent: attachedStays,
    rebuilt,
    renamed,
    renamedTo,
  };
}

/** How many parent indexes an index of `to` has above it (partitions of partitions are deeper). */
export function partitionDepth(ctx: DiffContext, i: Index): number {
  let d = 0;
  for (let p = i.parent; p && d < 64; p = ctx.to.indexes.get(p)?.parent) d++;
  return d;
}
