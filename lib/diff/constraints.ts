/** Table constraints, compared by name and definition; a changed constraint is dropped and re-added. */
import type { Constraint, Table } from '../catalog/model/catalog.js';
import type { DiffContext } from './context.js';
import { typeKey } from '../catalog/query/types.js';
import { recreatedTables, sameParents, skipConstraint } from './partitions.js';
import { addsPartitionKey, partitionKeysOf } from './partition-keys.js';
import { constraintKey } from './constraint-key.js';
import { constraintOnRecreatedColumn } from './generation.js';

/** Types of an FK's columns on both sides: a type change on either side means the FK is re-added. */
function fkTypes(ctx: DiffContext, side: 'from' | 'to', t: Table, c: Constraint): string {
  if (c.kind !== 'foreign') return '';
  const cat = side === 'from' ? ctx.from : ctx.to;
  const ref = cat.tables.get(`${c.refSchema}.${c.refTable}`);
  const mine = c.columns.map((n) => (t.columns.get(n) ? typeKey(t.columns.get(n)!.type) : '?'));
  const theirs = c.refColumns.map((n) => (ref?.columns.get(n) ? typeKey(ref.columns.get(n)!.type) : '?'));
  return [...mine, '→', ...theirs].join(',');
}

export function diffConstraints(ctx: DiffContext, from: Table, to: Table): void {
  const keys = partitionKeysOf(ctx);
  const renamedTo = new Set<string>();
  const pkRename = renamedPrimaryKey(ctx, from, to);
  for (const [name, a] of from.constraints) {
    const b = to.constraints.get(name);
    if (pkRename && a === pkRename[0]) {
      renamedTo.add(pkRename[1].name);
      ctx.changes.push({ kind: 'rename', target: { kind: 'constraint', schema: from.schema, table: from.name, name }, to: pkRename[1].name });
      continue;
    }
    // a partition's key that goes with its parent's constraint: added again (before the parent's) if wanted
    if (keys.goneWithParent(from, a)) {
      if (b) ctx.changes.push({ kind: 'add_constraint', table: to, constraint: b });
      continue;
    }
    const newName = keys.renamed.get(`${from.schema}.${from.name}.${name}`);
    if (newName) {
      renamedTo.add(newName);
      ctx.changes.push({ kind: 'rename', target: { kind: 'constraint', schema: from.schema, table: from.name, name }, to: newName });
      continue;
    }
    if (b?.inherited && keys.followsParent(from, to, a)) continue;
    if (skipConstraint(from, to, a, b, ctx)) continue; // inherited: the parent's change (or ATTACH) handles it
    // on a column dropped and added again for its generation, or a foreign key referencing one
    const rebuilt = constraintOnRecreatedColumn(ctx, from, a);
    if (b && !rebuilt && alterableOnly(ctx, from, to, a, b)) {
      ctx.changes.push({ kind: 'alter_constraint', table: to, constraint: b, from: a });
      if (b.enforced !== false && a.enforced !== false && a.notValid && !b.notValid) ctx.changes.push({ kind: 'validate_constraint', table: to, constraint: b });
      continue;
    }
    if (b && !rebuilt && !keys.rebuilt(from, a) && storageOnly(ctx, from, to, a, b)) continue;
    const changed =
      b &&
      (constraintKey(a) !== constraintKey(b) ||
        (!a.notValid && b.notValid) ||
        fkTypes(ctx, 'from', from, a) !== fkTypes(ctx, 'to', to, b) ||
        refTableRecreated(ctx, b) ||
        rebuilt ||
        keys.rebuilt(from, a));
    if (!b || changed) ctx.changes.push({ kind: 'drop_constraint', table: to, constraint: a });
    if (b && changed) ctx.changes.push({ kind: 'add_constraint', table: to, constraint: b });
    else if (b && a.notValid && !b.notValid) ctx.changes.push({ kind: 'validate_constraint', table: to, constraint: b });
  }
  for (const [name, b] of to.constraints) {
    if (from.constraints.has(name) || renamedTo.has(name)) continue;
    // a partition's key of a new parent constraint: added first, so the parent adopts it under this name
    if ((addsPartitionKey(b) && sameParents(from, to)) || !skipConstraint(from, to, undefined, b, ctx)) ctx.changes.push({ kind: 'add_constraint', table: to, constraint: b });
  }
}

/**
 * The primary key under another name and otherwise equal: renamed (its index follows), not dropped
 * and added again (which would rebuild the index and need the foreign keys that use it out of the way).
 */
function renamedPrimaryKey(ctx: DiffContext, from: Table, to: Table): [Constraint, Constraint] | undefined {
  const pk = (t: Table) => [...t.constraints.values()].find((c) => c.kind === 'primary');
  const a = pk(from);
  const b = pk(to);
  if (!a || !b || a.name === b.name || a.inherited || b.inherited) return undefined;
  if (to.constraints.has(a.name) || from.constraints.has(b.name) || ctx.from.indexes.has(`${from.schema}.${b.name}`)) return undefined;
  return constraintKey(a) === constraintKey(b) ? [a, b] : undefined;
}

/**
 * A foreign key that differs only in what ALTER CONSTRAINT changes — deferrability, and enforcement
 * (PostgreSQL 18) — is altered in place rather than dropped and added again (which would check
 * every row).
 */
function alterableOnly(ctx: DiffContext, from: Table, to: Table, a: Constraint, b: Constraint): boolean {
  if (a.kind !== 'foreign' || b.kind !== 'foreign') return false;
  const attrs = (c: Constraint) => ({ ...c, deferrable: false, initiallyDeferred: false, enforced: undefined, notValid: false });
  if (constraintKey(a) === constraintKey(b)) return false; // unchanged: the common case, decided first
  if (constraintKey(attrs(a)) !== constraintKey(attrs(b))) return false;
  if (fkTypes(ctx, 'from', from, a) !== fkTypes(ctx, 'to', to, b) || refTableRecreated(ctx, b)) return false;
  // an enforced key that must become NOT VALID can only be added again
  return !(a.enforced !== false && b.enforced !== false && !a.notValid && b.notValid);
}

const nameOf = (p: string) => p.slice(0, p.indexOf('='));

/**
 * A PRIMARY KEY / UNIQUE / EXCLUDE constraint whose only change is its index's storage parameters:
 * `ALTER INDEX … SET / RESET` (pushed here) rather than dropped and added again, which would build the
 * index and take the foreign keys using it along. Not on a partitioned table: PostgreSQL refuses SET
 * and RESET on a partitioned index.
 */
function storageOnly(ctx: DiffContext, from: Table, to: Table, a: Constraint, b: Constraint): boolean {
  if (a.kind !== b.kind || (a.kind !== 'primary' && a.kind !== 'unique' && a.kind !== 'exclude')) return false;
  if (from.partitionBy || to.partitionBy || constraintKey(a) === constraintKey(b)) return false;
  const before = (a as { options?: string[] }).options ?? [];
  const after = (b as { options?: string[] }).options ?? [];
  if (constraintKey({ ...a, options: undefined } as Constraint) !== constraintKey({ ...b, options: undefined } as Constraint)) return false;
  if (!a.notValid && b.notValid) return false;
  // PostgreSQL stores them in order: RESET removes, SET replaces and appends (kept ones first), so
  // the longest head of `after` the kept ones already make stays, and the rest is set in order
  const reset = before.map(nameOf).filter((n) => !after.some((p) => nameOf(p) === n));
  const kept = before.filter((p) => !reset.includes(nameOf(p)));
  let head = after.length;
  while (head > 0) {
    const tail = new Set(after.slice(head).map(nameOf));
    if (kept.filter((p) => !tail.has(nameOf(p))).join() === after.slice(0, head).join()) break;
    head--;
  }
  const set = after.slice(head);
  ctx.changes.push({ kind: 'set_constraint_storage', table: to, constraint: b, set, reset });
  return true;
}

/**
 * An FK whose referenced table is dropped and created again must be re-added too: a table that
 * appears or goes, or one created again for a new PARTITION BY (itself, or as a partition of one).
 */
function refTableRecreated(ctx: DiffContext, c: Constraint): boolean {
  if (c.kind !== 'foreign') return false;
  const k = `${c.refSchema}.${c.refTable}`;
  return ctx.from.tables.has(k) !== ctx.to.tables.has(k) || recreatedTables(ctx).has(k);
}
