/**
 * Table-level and type-level dependents cascade.ts takes out of the way and restores:
 * - a generated column dropped and added again around a change PostgreSQL refuses under it (ALTER
 *   COLUMN … TYPE of a column its expression reads, DROP FUNCTION of a function it calls): its own
 *   changes are folded into the new ADD COLUMN, and the indexes, constraints and statistics objects
 *   on it — which DROP COLUMN takes with it — are dropped before and created again after;
 * - domain defaults and CHECKs calling a function that is dropped: dropped first, set again after;
 * - CHECKs, index expressions and predicates reading a column whose type changes (recreateTypeDependents).
 */
import type { Column, Constraint, Func, Index, Table } from '../catalog/model/catalog.js';
import type { Change } from './change.js';
import type { DiffContext } from './context.js';
import { constraintUsesColumn, indexUsesColumn, referencingForeignKeys } from '../catalog/statements/dependents.js';
import { referencedColumns } from '../catalog/query/expr.js';
import { exprCalls } from '../catalog/query/expr-calls.js';
import { descendants } from '../catalog/query/children.js';
import { tableKey } from '../catalog/query/resolve.js';

const COLUMN_CHANGES = new Set<Change['kind']>(['alter_column_type', 'set_not_null', 'drop_not_null', 'set_default', 'drop_default', 'set_column_statistics']);

/** Recreate generated column `g` of `table` (from) as it is in `target`; false when the diff already drops it. */
export function recreateGeneratedColumn(ctx: DiffContext, table: Table, target: Table, g: Column): boolean {
  const now = target.columns.get(g.name);
  const changes = ctx.changes;
  const onColumn = (c: Change) => 'column' in c && 'table' in c && c.table.schema === table.schema && c.table.name === table.name && c.column.name === g.name;
  if (!now || changes.some((c) => c.kind === 'drop_column' && onColumn(c))) return false;
  for (let i = changes.length - 1; i >= 0; i--) if (COLUMN_CHANGES.has(changes[i]!.kind) && onColumn(changes[i]!)) changes.splice(i, 1);
  // its comment, statistics target and privileges: diff.ts restores them on every column added again
  changes.push({ kind: 'drop_column', table: target, column: g }, { kind: 'add_column', table: target, column: now });
  restoreAttachments(ctx, table, target, g.name);
  return true;
}

/** Indexes, constraints, foreign keys referencing it and statistics objects on the column: dropped first (unless the diff does), created again after. */
function restoreAttachments(ctx: DiffContext, table: Table, target: Table, column: string): void {
  const changes = ctx.changes;
  const has = (pred: (c: Change) => boolean) => changes.some(pred);
  for (const i of ctx.from.indexes.values()) {
    if (!i.constraint && i.schema === table.schema && i.table === table.name && indexUsesColumn(i, column)) recreateIndex(ctx, i);
  }
  for (const k of table.constraints.values()) if (constraintUsesColumn(k, column)) recreateConstraint(ctx, table, target, k);
  // foreign keys (of any table) referencing the column block DROP COLUMN (2BP01)
  for (const r of referencingForeignKeys(ctx.from, table, column)) {
    const same = (c: Change) => (c.kind === 'drop_constraint' || c.kind === 'add_constraint') && c.table.schema === r.table.schema && c.table.name === r.table.name && c.constraint.name === r.fk.name;
    const owner = ctx.to.tables.get(`${r.table.schema}.${r.table.name}`);
    if (!owner) continue; // dropped with its table
    if (!has((c) => c.kind === 'drop_constraint' && same(c))) changes.push({ kind: 'drop_constraint', table: owner, constraint: r.fk });
    const now = owner.constraints.get(r.fk.name);
    if (now && !has((c) => c.kind === 'add_constraint' && same(c))) changes.push({ kind: 'add_constraint', table: owner, constraint: now });
  }
  for (const s of ctx.from.statistics.values()) {
    if (s.table.schema !== table.schema || s.table.name !== table.name) continue;
    if (!s.columns.includes(column) && !s.exprs.some((e) => referencedColumns(e.node).includes(column))) continue;
    const k = `${s.schema}.${s.name}`;
    if (!has((c) => c.kind === 'drop_statistics' && `${c.statistics.schema}.${c.statistics.name}` === k)) changes.push({ kind: 'drop_statistics', statistics: s });
    const now = ctx.to.statistics.get(k);
    if (now && !has((c) => c.kind === 'create_statistics' && `${c.statistics.schema}.${c.statistics.name}` === k)) changes.push({ kind: 'create_statistics', statistics: now });
  }
}

/** Index `i` (from) dropped first and created again as the target has it, unless the diff already does. */
export function recreateIndex(ctx: DiffContext, i: Index): void {
  const changes = ctx.changes;
  const k = `${i.schema}.${i.name}`;
  if (!changes.some((c) => c.kind === 'drop_index' && `${c.index.schema}.${c.index.name}` === k)) changes.push({ kind: 'drop_index', index: i });
  const now = ctx.to.indexes.get(k);
  if (now && !changes.some((c) => c.kind === 'create_index' && `${c.index.schema}.${c.index.name}` === k)) changes.push({ kind: 'create_index', index: now });
}

/** Constraint `k` of `table` (from) dropped first and added again as `target` has it, unless the diff already does. */
function recreateConstraint(ctx: DiffContext, table: Table, target: Table, k: Constraint): void {
  const changes = ctx.changes;
  const same = (c: Change) => (c.kind === 'drop_constraint' || c.kind === 'add_constraint') && c.table.schema === table.schema && c.table.name === table.name && c.constraint.name === k.name;
  if (!changes.some((c) => c.kind === 'drop_constraint' && same(c))) changes.push({ kind: 'drop_constraint', table: target, constraint: k });
  const now = target.constraints.get(k.name);
  if (now && !changes.some((c) => c.kind === 'add_constraint' && same(c))) changes.push({ kind: 'add_constraint', table: target, constraint: now });
}

/**
 * ALTER COLUMN … TYPE rebuilds the CHECKs, index expressions and index predicates that read the
 * column from their stored form, parsed again against the new type: the old type's casts stay in
 * them. On PostgreSQL 15, `CHECK (a > 100)` on a numeric column turned integer reads
 * `(a)::numeric > (100)::numeric`; `a IN (1, 2)` on an integer turned bigint keeps integer
 * literals; a timestamp column turned timestamptz keeps comparing with a timestamp literal (read in
 * the session's time zone). A schema that says the same expression means the new type's form, so
 * they are dropped before and created again after. Copies inherited from a parent follow the
 * parent's; the indexes of partitioned tables, and the partitions' indexes attached to them, are left
 * as they are (dropping one takes the partitions' with it, under names the target may not have).
 */
export function recreateTypeDependents(ctx: DiffContext, change: Extract<Change, { kind: 'alter_column_type' }>): void {
  const { column: after, from: before } = change;
  const column = after.name;
  const table = ctx.from.tables.get(tableKey(change.table));
  // a new length or precision (varchar(10) → varchar(20)) leaves the expressions as they are
  if (!table || (before.type.name === after.type.name && (before.type.schema ?? '') === (after.type.schema ?? '') && before.type.arrayDims === after.type.arrayDims)) return;
  const target = change.table;
  const reads = (e: { node: unknown } | undefined) => !!e && referencedColumns(e.node as never).includes(column);
  // the type change reaches every descendant: their own CHECKs and indexes are rebuilt too
  for (const t of [table, ...descendants(ctx.from, table)]) {
    const now = t === table ? target : ctx.to.tables.get(tableKey(t));
    if (!now) continue;
    if (!t.partitionBy) {
      for (const i of ctx.from.indexes.values()) {
        if (i.constraint || i.parent || i.schema !== t.schema || i.table !== t.name) continue;
        if (reads(i.where) || i.keys.some((k) => reads(k.expr))) recreateIndex(ctx, i);
      }
    }
    for (const k of t.constraints.values()) {
      if (k.kind === 'check' && (!k.inherited || k.inherited.local) && reads(k.expr)) recreateConstraint(ctx, t, now, k);
    }
  }
}

/** Domain defaults and CHECK constraints calling `f` (dropped by this migration): dropped first, restored after. */
export function recreateDomainUsers(ctx: DiffContext, f: Func): void {
  const changes = ctx.changes;
  const has = (pred: (c: Change) => boolean) => changes.some(pred);
  for (const d of ctx.from.domains.values()) {
    const k = `${d.schema}.${d.name}`;
    const target = ctx.to.domains.get(k);
    if (!target || has((c) => c.kind === 'drop_domain' && `${c.domain.schema}.${c.domain.name}` === k)) continue;
    if (d.default && exprCalls(ctx.from, d.default.node, f)) {
      const same = (c: Change) => c.kind === 'alter_domain_default' && `${c.domain.schema}.${c.domain.name}` === k;
      for (let i = changes.length - 1; i >= 0; i--) if (same(changes[i]!)) changes.splice(i, 1);
      changes.push({ kind: 'alter_domain_default', domain: { ...target, default: undefined } });
      if (target.default) changes.push({ kind: 'alter_domain_default', domain: target });
    }
    for (const x of d.constraints.values()) {
      if (!exprCalls(ctx.from, x.expr.node, f)) continue;
      const same = (c: Change) => (c.kind === 'drop_domain_constraint' || c.kind === 'add_domain_constraint') && `${c.domain.schema}.${c.domain.name}` === k && c.constraint.name === x.name;
      if (!has((c) => c.kind === 'drop_domain_constraint' && same(c))) changes.push({ kind: 'drop_domain_constraint', domain: target, constraint: x });
      const now = target.constraints.get(x.name);
      if (now && !has((c) => c.kind === 'add_domain_constraint' && same(c))) {
        changes.push({ kind: 'add_domain_constraint', domain: target, constraint: now });
        if (now.comment !== undefined) changes.push({ kind: 'set_comment', target: { kind: 'domain_constraint', schema: d.schema, domain: d.name, name: now.name }, text: now.comment });
      }
    }
  }
}
