/**
 * Table-level and type-level dependents cascade.ts takes out of the way and restores:
 * - a generated column dropped and added again around a change PostgreSQL refuses under it (ALTER
 *   COLUMN … TYPE of a column its expression reads, DROP FUNCTION of a function it calls): its own
 *   changes are folded into the new ADD COLUMN, and the indexes, constraints and statistics objects
 *   on it — which DROP COLUMN takes with it — are dropped before and created again after;
 * - domain defaults and CHECKs calling a function that is dropped: dropped first, set again after.
 */
import type { Column, Func, Table } from '../catalog/model/catalog.js';
import type { Change } from './change.js';
import type { DiffContext } from './context.js';
import { constraintUsesColumn, indexUsesColumn, referencingForeignKeys } from '../catalog/statements/dependents.js';
import { referencedColumns } from '../catalog/query/expr.js';
import { exprCalls } from '../catalog/query/expr-calls.js';

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
    if (i.constraint || i.schema !== table.schema || i.table !== table.name || !indexUsesColumn(i, column)) continue;
    const k = `${i.schema}.${i.name}`;
    if (!has((c) => c.kind === 'drop_index' && `${c.index.schema}.${c.index.name}` === k)) changes.push({ kind: 'drop_index', index: i });
    const now = ctx.to.indexes.get(k);
    if (now && !has((c) => c.kind === 'create_index' && `${c.index.schema}.${c.index.name}` === k)) changes.push({ kind: 'create_index', index: now });
  }
  for (const k of table.constraints.values()) {
    if (!constraintUsesColumn(k, column)) continue;
    const same = (c: Change) => (c.kind === 'drop_constraint' || c.kind === 'add_constraint') && c.table.schema === table.schema && c.table.name === table.name && c.constraint.name === k.name;
    if (!has((c) => c.kind === 'drop_constraint' && same(c))) changes.push({ kind: 'drop_constraint', table: target, constraint: k });
    const now = target.constraints.get(k.name);
    if (now && !has((c) => c.kind === 'add_constraint' && same(c))) changes.push({ kind: 'add_constraint', table: target, constraint: now });
  }
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
