/**
 * Foreign keys between partition trees that the migration drops. `DROP TABLE parent` takes its
 * partitions (at every level) with it, and PostgreSQL refuses it (2BP01) while a foreign key of a
 * table that is still there references one of them. The plan orders the dropped tables by the
 * foreign keys of the tables themselves (plan.ts: a referencing table first, cycles broken by
 * dropping the keys); a key that a partition declares, or that references a partition, is not seen
 * there. Such a key, from one dropped tree to another, is dropped explicitly first (foreign keys
 * are dropped before any table). Keys within one tree go with it.
 */
import type { Table } from '../catalog/model/catalog.js';
import type { Change } from './change.js';
import type { DiffContext } from './context.js';
import { recreatedTables } from './partitions.js';
import { tableKey } from '../catalog/query/resolve.js';

export function dropKeysBetweenDroppedTrees(ctx: DiffContext): void {
  const roots = new Set(ctx.changes.flatMap((c) => (c.kind === 'drop_table' ? [tableKey(c.table)] : [])));
  if (!roots.size) return;
  const recreated = recreatedTables(ctx);
  // the dropped table whose DROP TABLE takes `t` (itself, or the nearest dropped ancestor partition)
  const memo = new Map<string, string | undefined>();
  const rootOf = (k: string): string | undefined => {
    if (memo.has(k)) return memo.get(k);
    memo.set(k, undefined);
    const t = ctx.from.tables.get(k);
    let r: string | undefined;
    if (t && roots.has(k)) r = k;
    // a partition the target keeps (detached first, or attached elsewhere) is not dropped with its parent
    else if (t?.partitionOf && (!ctx.to.tables.has(k) || recreated.has(k))) r = rootOf(`${t.partitionOf.schema}.${t.partitionOf.table}`);
    memo.set(k, r);
    return r;
  };
  const dropping = new Set(ctx.changes.flatMap((c) => (c.kind === 'drop_constraint' ? [`${tableKey(c.table)}.${c.constraint.name}`] : [])));
  const out: Change[] = [];
  for (const [k, t] of ctx.from.tables) {
    const own = rootOf(k);
    if (!own) continue;
    for (const c of t.constraints.values()) {
      // a partition's clone of its parent's key goes with the parent's
      if (c.kind !== 'foreign' || c.inherited) continue;
      const ref = `${c.refSchema}.${c.refTable}`;
      const theirs = rootOf(ref);
      if (!theirs || theirs === own) continue;
      // table to table: the plan orders the drops (or breaks the cycle)
      if (own === k && theirs === ref) continue;
      if (dropping.has(`${k}.${c.name}`)) continue;
      out.push({ kind: 'drop_constraint', table: t as Table, constraint: c });
    }
  }
  ctx.changes.push(...out);
}
