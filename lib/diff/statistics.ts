/**
 * Statistics targets of columns and of index expression keys. A target is compared on every
 * column and index present in the target catalogue; a table, column or index created (or
 * re-created) by the diff starts at the default, so its target is set again after it.
 */
import type { CommentTarget } from './change.js';
import type { DiffContext } from './context.js';

export function diffStatistics(ctx: DiffContext, recreated: (t: CommentTarget) => boolean): void {
  for (const [k, t] of [...ctx.to.tables].sort(([x], [y]) => (x < y ? -1 : 1))) {
    const before = ctx.from.tables.get(k);
    for (const c of t.columns.values()) {
      const fresh = !before?.columns.has(c.name) || recreated({ kind: 'column', schema: t.schema, table: t.name, name: c.name });
      const was = fresh ? undefined : before!.columns.get(c.name)!.statistics;
      if (was !== c.statistics) ctx.changes.push({ kind: 'set_column_statistics', table: t, column: c });
    }
  }
  for (const [k, i] of [...ctx.to.indexes].sort(([x], [y]) => (x < y ? -1 : 1))) {
    const before = recreated({ kind: 'index', schema: i.schema, name: i.name }) ? undefined : ctx.from.indexes.get(k);
    i.keys.forEach((key, n) => {
      const was = before?.keys[n]?.statistics;
      if (was !== key.statistics) ctx.changes.push({ kind: 'set_index_statistics', index: i, column: n + 1, target: key.statistics });
    });
  }
}
