/** Standalone indexes (those backing constraints are diffed as constraints): changed = drop + create. */
import type { Index } from '../catalog/model/catalog.js';
import type { Change } from './change.js';
import type { DiffContext } from './context.js';
import { diffMaps } from './context.js';
import { adoptExistingIndexes } from './adopt-index.js';
import { partitionDepth, partitionIndexes } from './partition-indexes.js';
import { indexOnRecreatedColumn } from './generation.js';
import { attachExistingIndexes, cascadeAttachedKeys, onlyKeysWhenIncomplete, onlyWhenIncomplete, orderAttachedIndexCreation } from './index-attachments.js';

export function indexKey(i: Index): string {
  return JSON.stringify([
    i.table, i.unique, i.method, i.nullsNotDistinct, i.include, i.where?.key ?? null, i.options ?? [],
    i.keys.map((k) => [k.column ?? null, k.expr?.key ?? null, k.opclass ?? null, k.opclassOptions ?? [], k.collation ?? null, k.desc, k.nullsFirst]),
  ]);
}

/** Indexes not backing a constraint; those of materialized views are diffed with the view (views.ts). */
function standalone(m: Map<string, Index>, views: Map<string, unknown>): Map<string, Index> {
  return new Map([...m].filter(([, i]) => !i.constraint && !views.has(`${i.schema}.${i.table}`)));
}

export function diffIndexes(ctx: DiffContext): void {
  const created = new Set(ctx.changes.flatMap((c) => (c.kind === 'create_table' ? [`${c.table.schema}.${c.table.name}`] : [])));
  // an index on a column dropped and added again (generation.ts) went with the column: it differs
  const rebuilt = (i: Index) => ctx.from.indexes.get(`${i.schema}.${i.name}`) === i && indexOnRecreatedColumn(ctx, i);
  const parts = partitionIndexes(ctx, created, (i) => (rebuilt(i) ? `${indexKey(i)} rebuilt` : indexKey(i)));
  const creates: Extract<Change, { kind: 'create_index' }>[] = [];
  const create = (index: Index) => void creates.push({ kind: 'create_index', index });
  const tableIn = (side: 'from' | 'to', i: Index) => ctx[side].tables.has(`${i.schema}.${i.table}`);
  for (const [k, b] of parts.renamed) {
    ctx.changes.push({ kind: 'rename', target: { kind: 'index', schema: b.schema, name: k.slice(b.schema.length + 1) }, to: b.name });
  }
  diffMaps(standalone(ctx.from.indexes, ctx.from.views), standalone(ctx.to.indexes, ctx.to.views), {
    added: (index, k) => {
      if (!parts.renamedTo.has(k)) create(index);
    },
    removed: (index, k) => {
      // indexes of dropped tables go with the table; a partition's with its parent index (or renamed)
      if (!tableIn('to', index) || parts.goneWithParent(index) || parts.renamed.has(k) || created.has(`${index.schema}.${index.table}`)) return;
      ctx.changes.push({ kind: 'drop_index', index });
    },
    both: (a, b) => {
      // dropped with its parent index: created again (the parent, if it is created again too, adopts it)
      if (parts.goneWithParent(a)) return create(b);
      if (parts.followsParent(a) && b.parent === a.parent) return;
      // a table created again (new PARTITION BY) lost its indexes with it
      const dropped = created.has(`${a.schema}.${a.table}`);
      const tableRecreated = dropped || !tableIn('from', a) || !tableIn('to', b);
      if (indexKey(a) !== indexKey(b) || tableRecreated || rebuilt(a) || parts.rebuilt(a)) {
        if (!dropped && tableIn('to', a) && tableIn('from', a)) ctx.changes.push({ kind: 'drop_index', index: a });
        create(b);
      }
    },
  });
  // partitions' indexes before their parents' (deepest first), so each parent adopts them under their names
  const depth = new Map(creates.map((c) => [c, partitionDepth(ctx, c.index)]));
  creates.sort((x, y) => depth.get(y)! - depth.get(x)!);
  onlyWhenIncomplete(ctx, creates);
  ctx.changes.push(...creates);
  orderAttachedIndexCreation(ctx);
  adoptExistingIndexes(ctx);
  attachExistingIndexes(ctx);
  onlyKeysWhenIncomplete(ctx);
  cascadeAttachedKeys(ctx);
}
