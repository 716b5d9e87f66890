/**
 * A view and a function reading each other (a SQL-standard function body that reads the view,
 * a view that calls the function) cannot be created or dropped one after the other. pg_dump breaks
 * the cycle with a placeholder view of the same columns (`SELECT NULL::type AS col, …`), created
 * before the function and replaced by the real query after it; the migration does the same. Going
 * away, the view is first replaced by its placeholder, so the function, then the view, can be dropped.
 */
import type { DiffContext } from './context.js';
import type { Node, TypeName } from '@pgsql/types';
import type { Catalog, Func, TypeRef, View } from '../catalog/model/catalog.js';
import { qualifiedFromList, strings } from '../parse/ast.js';
import { emptyDependencies } from '../catalog/model/view.js';
import { typeFromNode, typeToSql } from '../catalog/query/types.js';
import { ident } from '../source/quote.js';
import { parseFile } from '../parse/parse.js';

function readsEachOther(v: View, f: Func): boolean {
  return !v.materialized && f.deps.relations.includes(`${v.schema}.${v.name}`) && v.deps.functions.includes(`${f.schema}.${f.name}`);
}

/** Output types the analysis left open that a plain call of a catalogue function (or a cast) settles. */
function columnTypes(v: View, cat: Catalog): (TypeRef | undefined)[] {
  const targets = ((v.query.node as { SelectStmt?: { targetList?: Node[] } }).SelectStmt?.targetList ?? [])
    .map((t) => (t as { ResTarget?: { val?: Node } }).ResTarget?.val);
  return v.columns.map((_, i) => {
    const known = v.columnTypes?.[i];
    if (known) return known;
    const val = targets[i] as { FuncCall?: { funcname?: Node[] }; TypeCast?: { typeName?: TypeName } } | undefined;
    if (val?.TypeCast?.typeName) return typeFromNode(val.TypeCast.typeName, cat);
    const name = val?.FuncCall ? strings(val.FuncCall.funcname) : undefined;
    if (!name) return undefined;
    const q = qualifiedFromList(name);
    const hits = [...cat.functions.values()].filter((f) => f.name === q.name && (q.schema ? f.schema === q.schema : cat.searchPath.includes(f.schema)));
    return hits.length === 1 && hits[0]!.returns && !hits[0]!.returns.setof ? hits[0]!.returns.type : undefined;
  });
}

/** The view with the same columns and no query behind them; undefined when a column's type is unknown. */
function placeholder(v: View, cat: Catalog): View | undefined {
  const types = columnTypes(v, cat);
  if (!v.columns.length || v.columns.some((_, i) => !types[i])) return undefined;
  const text = `SELECT ${v.columns.map((c, i) => `NULL::${typeToSql(types[i]!)} AS ${ident(c)}`).join(', ')}`;
  const stmt = parseFile({ path: 'placeholder', text }).statements[0];
  if (!stmt) return undefined;
  const deps = emptyDependencies();
  deps.types.push(...v.deps.types);
  return { ...v, query: { node: stmt.node as never, key: `placeholder:${text}` }, columnTypes: types, deps };
}

export function breakViewCycles(ctx: DiffContext): void {
  const changes = ctx.changes;
  const created = changes.flatMap((c) => (c.kind === 'create_function' || c.kind === 'replace_function' ? [c.func] : []));
  const dropped = changes.flatMap((c) => (c.kind === 'drop_function' ? [c.func] : []));
  for (let i = 0; i < changes.length; i++) {
    const c = changes[i]!;
    if (c.kind === 'create_view' && created.some((f) => readsEachOther(c.view, f))) {
      const p = placeholder(c.view, ctx.to);
      if (!p) continue;
      changes[i] = { kind: 'create_view', view: p };
      changes.push({ kind: 'complete_view', view: c.view });
    } else if (c.kind === 'drop_view' && dropped.some((f) => readsEachOther(c.view, f))) {
      const p = placeholder(c.view, ctx.from);
      if (!p) continue;
      changes[i] = { kind: 'drop_view', view: p };
      changes.push({ kind: 'complete_view', view: p, early: true });
    }
  }
}
