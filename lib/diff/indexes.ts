/** Standalone indexes (those backing constraints are diffed as constraints): changed = drop + create. */
import type { Index } from '../catalog/model.js';
import type { DiffContext } from './context.js';
import { diffMaps } from './context.js';

export function indexKey(i: Index): string {
  return JSON.stringify([
    i.table, i.unique, i.method, i.nullsNotDistinct, i.include, i.where?.key ?? null,
    i.keys.map((k) => [k.column ?? null, k.expr?.key ?? null, k.opclass ?? null, k.collation ?? null, k.desc, k.nullsFirst]),
  ]);
}

function standalone(m: Map<string, Index>): Map<string, Index> {
  return new Map([...m].filter(([, i]) => !i.constraint));
}

export function diffIndexes(ctx: DiffContext): void {
  diffMaps(standalone(ctx.from.indexes), standalone(ctx.to.indexes), {
    added: (index) => ctx.changes.push({ kind: 'create_index', index }),
    removed: (index) => {
      // indexes of dropped tables go with the table
      if (ctx.to.tables.has(`${index.schema}.${index.table}`)) ctx.changes.push({ kind: 'drop_index', index });
    },
    both: (a, b) => {
      const tableRecreated = !ctx.from.tables.has(`${a.schema}.${a.table}`) || !ctx.to.tables.has(`${b.schema}.${b.table}`);
      if (indexKey(a) !== indexKey(b) || tableRecreated) {
        if (ctx.to.tables.has(`${a.schema}.${a.table}`) && ctx.from.tables.has(`${a.schema}.${a.table}`)) ctx.changes.push({ kind: 'drop_index', index: a });
        ctx.changes.push({ kind: 'create_index', index: b });
      }
    },
  });
}
