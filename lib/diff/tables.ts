/** Tables: create (with columns and non-FK constraints inline), drop, and per-table changes. */
import type { DiffContext } from './context.js';
import { diffMaps } from './context.js';
import { diffColumns } from './columns.js';
import { diffConstraints } from './constraints.js';
import { isInlineConstraint } from '../catalog/constraint.js';

export function diffTables(ctx: DiffContext): void {
  diffMaps(ctx.from.tables, ctx.to.tables, {
    added: (table) => {
      ctx.changes.push({ kind: 'create_table', table });
      // foreign keys are added once every table exists (cycles, forward references)
      for (const constraint of table.constraints.values()) {
        if (!isInlineConstraint(constraint)) ctx.changes.push({ kind: 'add_constraint', table, constraint });
      }
    },
    removed: (table) => ctx.changes.push({ kind: 'drop_table', table }),
    both: (a, b) => {
      diffColumns(ctx, a, b);
      diffConstraints(ctx, a, b);
      if (a.unlogged !== b.unlogged) ctx.changes.push({ kind: 'set_unlogged', table: b, unlogged: b.unlogged });
    },
  });
}
