/** Tables: create (with columns and non-FK constraints inline), drop, and per-table changes. */
import type { DiffContext } from './context.js';
import { diffMaps } from './context.js';
import { diffColumns } from './columns.js';
import { diffConstraints } from './constraints.js';
import { isInlineConstraint } from '../catalog/statements/constraint.js';
import { redundantKeys } from '../catalog/statements/redundant-keys.js';
import { attachRivals } from './attach-rivals.js';
import type { Table } from '../catalog/model/catalog.js';
import { partitionKeysFirst } from './partition-keys.js';
import { newChildColumnChanges } from './inherited-new-child.js';
import { attachNew, detachBeforeDrop, diffParents, droppedWithParent, parentsFirst, recreatedTables, skipConstraint } from './partitions.js';

export function diffTables(ctx: DiffContext): void {
  const added: Table[] = [];
  const create = (table: Table) => {
    // a new partition's own keys that its ATTACH could adopt instead of its copies of the parent's: after the ATTACH
    const rivals = table.partitionOf ? attachRivals(ctx, table, { schema: table.partitionOf.schema, name: table.partitionOf.table }) : new Set<string>();
    const inline = [...table.constraints.values()].filter(isInlineConstraint);
    const deferred = inline.filter((k) => rivals.has(`${table.schema}.${k.name}`));
    // keys equal to an earlier one would be merged into it inside CREATE TABLE: added after it
    const redundant = redundantKeys(inline.filter((k) => !deferred.includes(k)));
    const later = [...redundant, ...deferred].map((k) => k.name);
    const inheritedGeneration = generationFromParents(ctx, table);
    ctx.changes.push({ kind: 'create_table', table, ...(later.length ? { later } : {}), ...(inheritedGeneration.length ? { inheritedGeneration } : {}) });
    ctx.changes.push(...newChildColumnChanges(ctx, table));
    for (const constraint of redundant) ctx.changes.push({ kind: 'add_constraint', table, constraint });
    for (const constraint of deferred) ctx.changes.push({ kind: 'add_constraint', table, constraint, afterAttach: true });
    // foreign keys are added once every table exists (cycles, forward references); a partition gets its parent's on ATTACH
    for (const constraint of table.constraints.values()) {
      // a table that INHERITS gets its parents' CHECKs from them (CREATE TABLE, or the parent's ADD CONSTRAINT reaching it)
      const fromParent = !!table.inherits?.length && !!constraint.inherited && !constraint.inherited.local;
      if (!isInlineConstraint(constraint) && !fromParent && !skipConstraint(undefined, table, undefined, constraint)) ctx.changes.push({ kind: 'add_constraint', table, constraint });
    }
    attachNew(ctx, table);
  };
  const recreated = recreatedTables(ctx);
  diffMaps(ctx.from.tables, ctx.to.tables, {
    added: (table) => added.push(table),
    removed: (table) => {
      if (droppedWithParent(ctx, table, recreated)) return;
      // a partition of a table that foreign keys reference cannot be dropped while attached
      if (detachBeforeDrop(ctx, table)) ctx.changes.push({ kind: 'detach_partition', table, parent: { schema: table.partitionOf!.schema, name: table.partitionOf!.table } });
      ctx.changes.push({ kind: 'drop_table', table });
    },
    both: (a, b, k) => {
      if (recreated.has(k)) {
        // PARTITION BY cannot change in place: the table (and its children) are created again
        if (!droppedWithParent(ctx, a, recreated)) ctx.changes.push({ kind: 'drop_table', table: a });
        added.push(b);
        return;
      }
      diffParents(ctx, a, b);
      diffColumns(ctx, a, b);
      diffConstraints(ctx, a, b);
      if (a.unlogged !== b.unlogged) ctx.changes.push({ kind: 'set_unlogged', table: b, unlogged: b.unlogged });
      if (a.accessMethod !== b.accessMethod) ctx.changes.push({ kind: 'set_access_method', table: b });
    },
  });
  for (const table of parentsFirst(added)) create(table);
  partitionKeysFirst(ctx);
}

/**
 * The columns a new table that INHERITS declares itself (merged with a parent's) whose generation expression
 * is the parent's: the child inherits it (PostgreSQL 15 rejects it restated: "child column specifies generation
 * expression"; 16+ accept it), so CREATE TABLE writes the column without it, as pg_dump does.
 */
function generationFromParents(ctx: DiffContext, table: Table): string[] {
  if (!table.inherits?.length) return [];
  const out: string[] = [];
  for (const c of table.columns.values()) {
    if (!c.generated || !c.inherited?.local) continue;
    const same = table.inherits.some((p) => {
      const pc = ctx.to.tables.get(`${p.schema}.${p.name}`)?.columns.get(c.name);
      return pc?.generated?.key === c.generated!.key && !!pc.virtual === !!c.virtual;
    });
    if (same) out.push(c.name);
  }
  return out;
}
