/**
 * The index each table is clustered on (ALTER TABLE … CLUSTER ON / SET WITHOUT CLUSTER, as pg_dump writes it).
 * Marked again on an index the diff creates or re-creates (a new index is unmarked); a mark dropped with its
 * index or its table needs nothing; marking another index unmarks the old one.
 */
import type { CommentTarget } from './change.js';
import type { DiffContext } from './context.js';

const sorted = <T>(m: Map<string, T>) => [...m].sort(([x], [y]) => (x < y ? -1 : 1));

export function diffCluster(ctx: DiffContext, recreated: (t: CommentTarget) => boolean): void {
  const marked = new Set<string>();
  for (const [k, i] of sorted(ctx.to.indexes)) {
    if (!i.clustered) continue;
    marked.add(`${i.schema}.${i.table}`);
    const table = ctx.to.tables.get(`${i.schema}.${i.table}`);
    if (!table) continue;
    if (!ctx.from.indexes.get(k)?.clustered || recreated({ kind: 'index', schema: i.schema, name: i.name }) || recreated({ kind: 'table', schema: table.schema, name: table.name })) {
      ctx.changes.push({ kind: 'cluster_on', table, index: i });
    }
  }
  for (const [k, i] of sorted(ctx.from.indexes)) {
    if (!i.clustered || marked.has(`${i.schema}.${i.table}`)) continue;
    const table = ctx.to.tables.get(`${i.schema}.${i.table}`);
    const kept = ctx.to.indexes.get(k);
    if (!table || !kept || kept.table !== i.table || recreated({ kind: 'index', schema: i.schema, name: i.name }) || recreated({ kind: 'table', schema: table.schema, name: table.name })) continue;
    ctx.changes.push({ kind: 'set_without_cluster', table });
  }
}
