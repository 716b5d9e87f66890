/**
 * Foreign keys that stay while the key they reference is replaced. PostgreSQL makes a foreign key
 * depend on the unique index of the referenced table whose columns are exactly the referenced ones
 * (in any order; a PRIMARY KEY's, a UNIQUE constraint's or a plain unique index's), so dropping that
 * key — `ALTER TABLE … DROP CONSTRAINT` or `DROP INDEX` — fails with 2BP01 while the foreign key
 * stands, even when an equal key is added right after. Such a foreign key is dropped first and added
 * again once the new key exists (phases.ts: foreign keys are dropped first and added last; safe.ts
 * adds it NOT VALID and validates it on existing tables).
 *
 * A key kept through `ADD CONSTRAINT … USING INDEX` or a rename keeps its index: nothing to do.
 * A partition's foreign keys are clones of its parent's, dropped and added with them.
 */
import type { Constraint, Table } from '../catalog/model/catalog.js';
import type { Change } from './change.js';
import type { DiffContext } from './context.js';

type Key = { schema: string; table: string; columns: string[] };

/** The referenced columns dropped keys could serve, each as a sorted list (a partitioned index's CASCADE takes partitions' keys). */
function droppedKeys(c: Change): Key[] {
  if (c.kind === 'drop_constraint' && (c.constraint.kind === 'primary' || c.constraint.kind === 'unique')) {
    return [{ schema: c.table.schema, table: c.table.name, columns: [...c.constraint.columns].sort() }];
  }
  if (c.kind !== 'drop_index') return [];
  const out = (c.cascade ?? []).flatMap(({ table, constraint: k }) => (k.kind === 'primary' || k.kind === 'unique' ? [{ schema: table.schema, table: table.name, columns: [...k.columns].sort() }] : []));
  if (c.index.unique && !c.index.where && c.index.keys.every((k) => k.column && !k.expr)) {
    out.push({ schema: c.index.schema, table: c.index.table, columns: c.index.keys.map((k) => k.column!).sort() });
  }
  return out;
}

const sameColumns = (a: string[], b: string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/** Is `k` a foreign key (of its own table, not a partition's clone) that references `key`? */
function references(k: Constraint, key: Key): boolean {
  return k.kind === 'foreign' && !k.inherited && k.refSchema === key.schema && k.refTable === key.table && sameColumns([...k.refColumns].sort(), key.columns);
}

export function readdReferencingForeignKeys(ctx: DiffContext): void {
  const keys = ctx.changes.flatMap(droppedKeys);
  if (!keys.length) return;
  const dropped = new Set(ctx.changes.flatMap((c) => (c.kind === 'drop_table' ? [`${c.table.schema}.${c.table.name}`] : [])));
  for (const t of ctx.from.tables.values()) {
    const target = ctx.to.tables.get(`${t.schema}.${t.name}`);
    if (!target || dropped.has(`${t.schema}.${t.name}`)) continue; // its foreign keys go with it
    for (const k of t.constraints.values()) if (keys.some((key) => references(k, key))) readd(ctx, t, target, k);
  }
}

/** Drop `k` (unless the diff does) and add it again as the target has it, in place of an ALTER or VALIDATE. */
function readd(ctx: DiffContext, t: Table, target: Table, k: Constraint): void {
  const changes = ctx.changes;
  const same = (c: Change) => 'constraint' in c && 'table' in c && c.table.schema === t.schema && c.table.name === t.name && c.constraint.name === k.name;
  if (changes.some((c) => c.kind === 'drop_constraint' && same(c))) return; // changed itself: dropped and added again already
  for (let i = changes.length - 1; i >= 0; i--) if ((changes[i]!.kind === 'alter_constraint' || changes[i]!.kind === 'validate_constraint') && same(changes[i]!)) changes.splice(i, 1);
  changes.push({ kind: 'drop_constraint', table: target, constraint: k });
  const now = target.constraints.get(k.name);
  // its comment goes with it: diffComments, which runs after this, sets it again on the re-added key
  if (now) changes.push({ kind: 'add_constraint', table: target, constraint: now });
}
