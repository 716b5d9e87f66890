/** Standalone indexes (those backing constraints are diffed as constraints): changed = drop + create. */
import type { Index } from '../catalog/model.js';
import type { DiffContext } from './context.js';
import { diffMaps } from './context.js';
import { skipIndex } from './partitions.js';

export function indexKey(i: Index): string {
  return JSON.stringify([
    i.table, i.unique, i.method, i.nullsNotDistinct, i.include, i.where?.key ?? null, i.options ?? [],
    i.keys.map((k) => [k.column ?? null, k.expr?.key ?? null, k.opclass ?? null, k.collation ?? null, k.desc, k.nullsFirst]),
  ]);
}

/** Indexes not backing a constraint; those of materialized views are diffed with the view (views.ts). */
function standalone(m: Map<string, Index>, views: Map<string, unknown>): Map<string, Index> {
  return new Map([...m].filter(([, i]) => !i.constraint && !views.has(`${i.schema}.${i.table}`)));
}

export function diffIndexes(ctx: DiffContext): void {
  const created = new Set(ctx.changes.flatMap((c) => (c.kind === 'create_table' ? [`${c.table.schema}.${c.table.name}`] : [])));
  diffMaps(standalone(ctx.from.indexes, ctx.from.views), standalone(ctx.to.indexes, ctx.to.views), {
    added: (index) => ctx.changes.push({ kind: 'create_index', index }),
    removed: (index) => {
      // indexes of dropped tables go with the table; a partition's with its parent index
      if (ctx.to.tables.has(`${index.schema}.${index.table}`) && !skipIndex(ctx, index, undefined, created)) ctx.changes.push({ kind: 'drop_index', index });
    },
    both: (a, b) => {
      if (skipIndex(ctx, a, b, created)) return;
      // a table created again (new PARTITION BY) lost its indexes with it
      const dropped = created.has(`${a.schema}.${a.table}`);
      const tableRecreated = dropped || !ctx.from.tables.has(`${a.schema}.${a.table}`) || !ctx.to.tables.has(`${b.schema}.${b.table}`);
      if (indexKey(a) !== indexKey(b) || tableRecreated) {
        if (!dropped && ctx.to.tables.has(`${a.schema}.${a.table}`) && ctx.from.tables.has(`${a.schema}.${a.table}`)) ctx.changes.push({ kind: 'drop_index', index: a });
        ctx.changes.push({ kind: 'create_index', index: b });
      }
    },
  });
}
