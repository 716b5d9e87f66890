/**
 * Column storage (SET STORAGE) and compression (SET COMPRESSION), compared on every column of the target
 * catalogue and set with ALTER TABLE ONLY, as pg_dump writes them. What a column holds before the change:
 * the source's value on a kept column; the type's default on a column the diff adds or re-creates, on a
 * new table (partitions are created as plain tables), and after ALTER COLUMN … TYPE of the column or of
 * the same column on an ancestor (it resets both and reaches the descendants). A new table created with
 * INHERITS copies its parents' values at that moment: uncertain, so any value in the tree is set explicitly.
 */
import type { CommentTarget } from './change.js';
import type { DiffContext } from './context.js';
import type { Catalog, Column, Table } from '../catalog/model/catalog.js';
import { typeStorage } from '../catalog/query/type-storage.js';
import { parentKeys } from '../catalog/statements/inheritance.js';

type Attr = 'storage' | 'compression';

/** The column's values on `t` and on each of its ancestors in `cat`. */
function treeValues(cat: Catalog, t: Table, column: string, attr: Attr, seen = new Set<string>()): (string | undefined)[] {
  const out: (string | undefined)[] = [];
  for (const k of parentKeys(t)) {
    if (seen.has(k)) continue;
    seen.add(k);
    const p = cat.tables.get(k);
    if (!p) continue;
    out.push(p.columns.get(column)?.[attr], ...treeValues(cat, p, column, attr, seen));
  }
  return out;
}

function ancestorKeys(cat: Catalog, t: Table, seen = new Set<string>()): Set<string> {
  for (const k of parentKeys(t)) {
    if (seen.has(k)) continue;
    seen.add(k);
    const p = cat.tables.get(k);
    if (p) ancestorKeys(cat, p, seen);
  }
  return seen;
}

export function diffColumnStorage(ctx: DiffContext, recreated: (t: CommentTarget) => boolean): void {
  const retyped = new Set(ctx.changes.flatMap((c) => (c.kind === 'alter_column_type' ? [`${c.table.schema}.${c.table.name}|${c.column.name}`] : [])));
  for (const [k, t] of [...ctx.to.tables].sort(([x], [y]) => (x < y ? -1 : 1))) {
    const before = ctx.from.tables.get(k);
    const newTable = !before || recreated({ kind: 'table', schema: t.schema, name: t.name });
    const ancestors = [k, ...ancestorKeys(ctx.to, t)];
    for (const c of t.columns.values()) {
      const fresh = newTable || !before.columns.has(c.name) || recreated({ kind: 'column', schema: t.schema, table: t.name, name: c.name })
        || ancestors.some((a) => retyped.has(`${a}|${c.name}`));
      const copied = newTable && !!t.inherits?.length && !!c.inherited;
      for (const attr of ['storage', 'compression'] as const) {
        const was = fresh ? undefined : (before!.columns.get(c.name) as Column)[attr];
        const uncertain = copied && [...treeValues(ctx.to, t, c.name, attr), ...treeValues(ctx.from, t, c.name, attr)].some((v) => v !== undefined);
        if (was === c[attr] && !uncertain) continue;
        if (attr === 'storage') ctx.changes.push({ kind: 'set_column_storage', table: t, column: c, storage: c.storage ?? typeStorage(ctx.to, c.type) });
        else ctx.changes.push({ kind: 'set_column_compression', table: t, column: c });
      }
    }
  }
}

/** Compression of materialized views' columns: a created or re-created view starts at the default. */
export function diffMatviewCompression(ctx: DiffContext): void {
  const created = new Set(ctx.changes.flatMap((c) => (c.kind === 'create_view' ? [`${c.view.schema}.${c.view.name}`] : [])));
  for (const [k, v] of [...ctx.to.views].sort(([x], [y]) => (x < y ? -1 : 1))) {
    if (!v.materialized) continue;
    const before = created.has(k) ? undefined : ctx.from.views.get(k)?.columnCompression;
    const after = v.columnCompression ?? {};
    for (const column of v.columns) {
      if ((before?.[column] ?? undefined) !== after[column]) ctx.changes.push({ kind: 'set_matview_compression', view: v, column, compression: after[column] });
    }
  }
}
