/**
 * Planner statistics. Statistics targets of columns and of index expression keys. A target is compared on every
 * column and index present in the target catalogue; a table, column or index created (or
 * re-created) by the diff starts at the default, so its target is set again after it.
 */
import type { CommentTarget } from './change.js';
import type { DiffContext } from './context.js';
import type { StatisticsObject } from '../catalog/model/catalog.js';
import { statisticsOnRecreatedColumn } from './generation.js';

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

/** What makes two statistics objects the same object: the table, the kinds and the elements (column order is PostgreSQL's). */
function definitionKey(s: StatisticsObject): string {
  return JSON.stringify([s.table.schema, s.table.name, s.kinds, [...s.columns].sort(), s.exprs.map((e) => e.key)]);
}

/**
 * Extended statistics objects: created, dropped, re-created when their definition changes (there is
 * no ALTER for it) or when a table or column they use is re-created, retargeted in place.
 */
export function diffStatisticsObjects(ctx: DiffContext, recreated: (t: CommentTarget) => boolean): void {
  const usesRecreated = (s: StatisticsObject) =>
    recreated({ kind: 'table', schema: s.table.schema, name: s.table.name }) ||
    s.columns.some((c) => recreated({ kind: 'column', schema: s.table.schema, table: s.table.name, name: c })) ||
    statisticsOnRecreatedColumn(ctx, ctx.from.statistics.get(`${s.schema}.${s.name}`) ?? s);
  const sorted = (m: Map<string, StatisticsObject>) => [...m].sort(([x], [y]) => (x < y ? -1 : 1));
  // those the dependents' cascade (cascade.ts) already drops and creates again
  const handled = new Set(ctx.changes.flatMap((c) => (c.kind === 'drop_statistics' || c.kind === 'create_statistics' ? [`${c.kind}:${c.statistics.schema}.${c.statistics.name}`] : [])));
  for (const [k, a] of sorted(ctx.from.statistics)) {
    const b = ctx.to.statistics.get(k);
    const tableKept = ctx.to.tables.has(`${a.table.schema}.${a.table.name}`);
    // dropped with its table otherwise
    if (tableKept && !handled.has(`drop_statistics:${k}`) && (!b || definitionKey(a) !== definitionKey(b) || usesRecreated(b))) ctx.changes.push({ kind: 'drop_statistics', statistics: a });
  }
  for (const [k, b] of sorted(ctx.to.statistics)) {
    const a = ctx.from.statistics.get(k);
    const fresh = !a || definitionKey(a) !== definitionKey(b) || usesRecreated(b) || handled.has(`create_statistics:${k}`);
    if (fresh && !handled.has(`create_statistics:${k}`)) ctx.changes.push({ kind: 'create_statistics', statistics: b });
    if ((fresh ? undefined : a!.target) !== b.target) ctx.changes.push({ kind: 'alter_statistics_target', statistics: b });
  }
}
