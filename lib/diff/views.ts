/**
 * Views and materialized views. A changed view is replaced in place (CREATE OR REPLACE) when
 * PostgreSQL allows it — the old columns keep their names and types and new ones are only
 * appended — else dropped and created again. A materialized view cannot be replaced: any change
 * recreates it, with its indexes.
 */
import type { Catalog, View } from '../catalog/model/catalog.js';
import type { Change } from './change.js';
import type { DiffContext } from './context.js';
import { diffMaps } from './context.js';
import { canonicalKey } from '../catalog/query/query-key.js';
import { typeKey } from '../catalog/query/types.js';
import { indexKey } from './indexes.js';

export const viewKey = (v: { schema: string; name: string }) => `${v.schema}.${v.name}`;

function optionsKey(v: View): string {
  return JSON.stringify([v.options.securityBarrier ?? null, v.options.securityInvoker ?? null, v.options.checkOption ?? null]);
}

/** The target list of a view's leftmost SELECT. */
function targets(v: View): unknown[] {
  let s = ((v.query.node as any).SelectStmt ?? v.query.node) as Record<string, any>;
  while (s.op && s.op !== 'SETOP_NONE') s = s.larg;
  return (s.targetList ?? []).map((t: any) => t.ResTarget?.val);
}

/** Can `b` replace `a` with CREATE OR REPLACE VIEW? Same leading column names, and types that cannot have changed. */
export function replaceable(cat: { from: Catalog; to: Catalog }, a: View, b: View): boolean {
  if (a.materialized || b.materialized) return false;
  if (b.columns.length < a.columns.length) return false;
  const ta = targets(a);
  const tb = targets(b);
  if (ta.length !== a.columns.length || tb.length !== b.columns.length) return false; // set operations, * …: be safe
  for (let i = 0; i < a.columns.length; i++) {
    if (a.columns[i] !== b.columns[i]) return false;
    const sameExpr = canonicalKey(ta[i] as never, cat.from) === canonicalKey(tb[i] as never, cat.to);
    const typeA = a.columnTypes?.[i];
    const typeB = b.columnTypes?.[i];
    const sameType = typeA && typeB && typeKey(typeA) === typeKey(typeB);
    if (!sameExpr && !sameType) return false;
  }
  return true;
}

/** COMMENT ON the view and its columns, for a view created (or created again) by this migration. */
export function viewComments(v: View): Change[] {
  const kind = v.materialized ? 'materialized view' : 'view';
  const out: Change[] = [];
  if (v.comment !== undefined) out.push({ kind: 'set_comment', target: { kind, schema: v.schema, name: v.name }, text: v.comment });
  for (const [c, text] of [...v.columnComments].sort(([x], [y]) => (x < y ? -1 : 1))) {
    out.push({ kind: 'set_comment', target: { kind: 'view column', relation: kind, schema: v.schema, table: v.name, name: c }, text });
  }
  return out;
}

/** Column defaults of a view created (or created again) by this migration. */
function viewDefaults(v: View): Change[] {
  return [...v.columnDefaults].sort(([x], [y]) => (x < y ? -1 : 1)).map(([column, d]) => ({ kind: 'set_view_default', view: v, column, default: d }) as const);
}

/** Changed column defaults of a view present on both sides (kept, or replaced: CREATE OR REPLACE VIEW keeps them). */
function defaultChanges(a: View, b: View): Change[] {
  const names = [...new Set([...a.columnDefaults.keys(), ...b.columnDefaults.keys()])].sort();
  return names
    .filter((c) => b.columns.includes(c) && a.columnDefaults.get(c)?.key !== b.columnDefaults.get(c)?.key)
    .map((column) => ({ kind: 'set_view_default', view: b, column, default: b.columnDefaults.get(column) }) as const);
}

/** Changed comments of a view present on both sides (and not recreated). */
function commentChanges(a: View, b: View): Change[] {
  const kind = b.materialized ? 'materialized view' : 'view';
  const out: Change[] = [];
  if (a.comment !== b.comment) out.push({ kind: 'set_comment', target: { kind, schema: b.schema, name: b.name }, text: b.comment });
  const names = [...new Set([...a.columnComments.keys(), ...b.columnComments.keys()])].sort();
  for (const c of names) {
    if (a.columnComments.get(c) === b.columnComments.get(c) || !b.columns.includes(c)) continue;
    out.push({ kind: 'set_comment', target: { kind: 'view column', relation: kind, schema: b.schema, table: b.name, name: c }, text: b.columnComments.get(c) });
  }
  return out;
}

/** Create a view (or materialized view) with its comments, and a materialized view's indexes. */
export function createViewChanges(to: Catalog, v: View): Change[] {
  const out: Change[] = [{ kind: 'create_view', view: v }];
  if (v.materialized) {
    for (const i of [...to.indexes.values()].filter((i) => i.schema === v.schema && i.table === v.name).sort((x, y) => (x.name < y.name ? -1 : 1))) {
      out.push({ kind: 'create_index', index: i });
      if (i.comment !== undefined) out.push({ kind: 'set_comment', target: { kind: 'index', schema: i.schema, name: i.name }, text: i.comment });
    }
  }
  return [...out, ...viewDefaults(v), ...viewComments(v)];
}

export function diffViews(ctx: DiffContext): void {
  const push = (...c: Change[]) => ctx.changes.push(...c);
  diffMaps(ctx.from.views, ctx.to.views, {
    added: (v) => push(...createViewChanges(ctx.to, v)),
    removed: (v) => push({ kind: 'drop_view', view: v }),
    both: (a, b) => {
      const defChanged = a.query.key !== b.query.key || a.materialized !== b.materialized;
      if (defChanged && replaceable(ctx, a, b)) {
        push({ kind: 'replace_view', view: b, from: a }, ...defaultChanges(a, b), ...commentChanges(a, b));
      } else if (defChanged) {
        push({ kind: 'drop_view', view: a }, ...createViewChanges(ctx.to, b));
      } else {
        // ALTER [MATERIALIZED] VIEW … SET / RESET: a view's security options, a materialized view's storage ones
        if (optionsKey(a) !== optionsKey(b) || a.storage.join() !== b.storage.join() || a.accessMethod !== b.accessMethod) push({ kind: 'alter_view_options', view: b, from: a });
        if (b.materialized) diffMatviewIndexes(ctx, b);
        push(...defaultChanges(a, b), ...commentChanges(a, b));
      }
    },
  });
}

/** Indexes of a materialized view kept as it is (the generic index diff leaves views' indexes alone). */
function diffMatviewIndexes(ctx: DiffContext, v: View): void {
  const on = (cat: Catalog) => new Map([...cat.indexes].filter(([, i]) => i.schema === v.schema && i.table === v.name));
  diffMaps(on(ctx.from), on(ctx.to), {
    added: (index) => ctx.changes.push({ kind: 'create_index', index }),
    removed: (index) => ctx.changes.push({ kind: 'drop_index', index }),
    both: (a, b) => {
      if (indexKey(a) !== indexKey(b)) ctx.changes.push({ kind: 'drop_index', index: a }, { kind: 'create_index', index: b });
    },
  });
}
