/**
 * The comparison key of a normalised query or expression: spellings PostgreSQL treats (and
 * pg_dump prints) differently but that mean the same are made equal — type names canonical,
 * IN lists as `= ANY (ARRAY[…])`, `= ANY (subquery)` as `IN (subquery)`, BETWEEN as two comparisons, LIKE as its operator,
 * redundant casts of literals removed, and the casts pg_dump prints on columns (`(t.l)::text` for a
 * varchar column, `(n)::integer` for a domain over integer) when they change nothing.
 */
import type { Node } from '@pgsql/types';
import type { Catalog, Table, TypeRef } from '../model/catalog.js';
import { castChangesNothing, domainBase, makeExpr } from './expr.js';
import { typeFromNode, typeKey } from './types.js';
import { resolveTable } from './resolve.js';
import { withoutLocations } from './query-analysis.js';

type Obj = Record<string, any>;

const COMPARISONS = new Set(['AEXPR_OP', 'AEXPR_OP_ANY', 'AEXPR_OP_ALL', 'AEXPR_DISTINCT', 'AEXPR_NOT_DISTINCT', 'AEXPR_IN']);

/** A string literal without its cast; the elements of an ARRAY[…] of them too. */
function uncastLiteral(n: unknown): unknown {
  const o = n as Obj | undefined;
  if (o?.TypeCast && o.TypeCast.arg?.A_Const?.sval) return o.TypeCast.arg;
  if (o?.A_ArrayExpr) return { A_ArrayExpr: { ...o.A_ArrayExpr, elements: (o.A_ArrayExpr.elements ?? []).map(uncastLiteral) } };
  if (o?.List) return { List: { items: (o.List.items ?? []).map(uncastLiteral) } };
  return n;
}

/** The type of a column reference, `(fields) → type`, from the relations a query names (and NEW/OLD's table). */
type ColumnTypes = ((fields: string[]) => TypeRef | undefined) & { param?: (fields: string[]) => boolean };

/** A relation's columns as a query reads them: a table's, or the output of a subquery or WITH query. */
type Columns = Map<string, TypeRef>;

const tableColumns = (t: Table): Columns => new Map([...t.columns].map(([n, c]) => [n, c.type]));

/** The output columns of a SELECT whose types are known: a column it passes on, or a cast. */
function outputColumns(select: Obj | undefined, cat: Catalog): Columns {
  const out: Columns = new Map();
  if (!select) return out;
  const types = columnTypes(select, cat);
  for (const t of select.targetList ?? []) {
    const rt = t.ResTarget;
    const ref = rt?.val?.ColumnRef?.fields;
    const name = rt?.name ?? (ref?.[ref.length - 1]?.String?.sval as string | undefined);
    if (!name) continue;
    const type = ref?.every((f: Obj) => f.String) ? types?.(ref.map((f: Obj) => f.String.sval)) : rt.val?.TypeCast ? typeFromNode(rt.val.TypeCast.typeName, cat) : undefined;
    if (type) out.set(name, type);
  }
  return out;
}

/**
 * Column types by name: a reference `a.c` through the relation, subquery or WITH query named or
 * aliased `a`; a bare `c` when every relation of the query that has a column `c` agrees on its
 * type. `row`: the table NEW and OLD stand for; `params`: a function's parameters.
 */
function columnTypes(node: unknown, cat: Catalog | undefined, row?: Table, params?: Columns): ColumnTypes | undefined {
  if (!cat) return undefined;
  const byName = new Map<string, Columns | undefined>();
  const sources: Columns[] = [];
  const bind = (name: string, cols: Columns | undefined) => {
    // a name bound to two relations (in different scopes) is not resolved
    byName.set(name, byName.has(name) && byName.get(name) !== cols ? undefined : cols);
    if (cols) sources.push(cols);
  };
  if (row) {
    const cols = tableColumns(row);
    byName.set('new', cols);
    byName.set('old', cols);
    sources.push(cols);
  }
  const ctes = new Map<string, Columns>();
  const tables = new Map<Table, Columns>();
  const withQueries = (n: unknown): void => {
    if (Array.isArray(n)) return n.forEach(withQueries);
    if (!n || typeof n !== 'object') return;
    const o = n as Obj;
    if (o.CommonTableExpr) ctes.set(o.CommonTableExpr.ctename, outputColumns(o.CommonTableExpr.ctequery?.SelectStmt, cat));
    for (const k in o) withQueries(o[k]);
  };
  withQueries(node);
  const walk = (n: unknown): void => {
    if (Array.isArray(n)) return n.forEach(walk);
    if (!n || typeof n !== 'object') return;
    const o = n as Obj;
    if (o.RangeVar) {
      const name = o.RangeVar.alias?.aliasname ?? o.RangeVar.relname;
      // a WITH query's name is not a table's, even when a table has it
      const cte = !o.RangeVar.schemaname ? ctes.get(o.RangeVar.relname) : undefined;
      const t = cte ? undefined : resolveTable(cat, o.RangeVar);
      if (t && !tables.has(t)) tables.set(t, tableColumns(t));
      bind(name, cte ?? (t ? tables.get(t) : undefined));
    }
    if (o.RangeSubselect?.alias?.aliasname) bind(o.RangeSubselect.alias.aliasname, outputColumns(o.RangeSubselect.subquery?.SelectStmt, cat));
    for (const k in o) walk(o[k]);
  };
  walk(node);
  if (!sources.length && !params) return undefined;
  const lookup: ColumnTypes = (fields) => {
    const col = fields[fields.length - 1]!;
    if (fields.length === 2) return byName.get(fields[0]!)?.get(col) ?? params?.get(fields.join('.'));
    if (fields.length !== 1) return undefined;
    const types = sources.flatMap((c) => (c.has(col) ? [c.get(col)!] : []));
    if (!types.length) return params?.get(col);
    return new Set(types.map(typeKey)).size === 1 ? types[0] : undefined;
  };
  // `f.x`, a parameter named through its function, is the same as `x` when no relation is named `f`
  lookup.param = (fields) => fields.length === 2 && !byName.has(fields[0]!) && !!params?.has(fields.join('.'));
  return lookup;
}

/** `(col)::T` where the column's type (a domain's base type) makes the cast change nothing. */
function columnCastChangesNothing(tc: Obj, cat: Catalog | undefined, types: ColumnTypes | undefined): boolean {
  const ref = tc.arg?.ColumnRef;
  if (!types || !ref || ref.fields?.some((f: Obj) => !f.String)) return false;
  const at = types(ref.fields.map((f: Obj) => f.String.sval));
  return !!at && castChangesNothing(domainBase(at, cat), typeFromNode(tc.typeName, cat));
}

function canon(n: unknown, cat: Catalog | undefined, types?: ColumnTypes): unknown {
  if (Array.isArray(n)) return n.map((x) => canon(x, cat, types));
  if (!n || typeof n !== 'object') return n;
  const o = n as Obj;
  if (o.TypeName) return { TypeName: typeKey(typeFromNode(o.TypeName, cat)) };
  if (o.ColumnRef && types?.param?.((o.ColumnRef.fields ?? []).map((f: Obj) => f.String?.sval))) return { ColumnRef: { fields: [o.ColumnRef.fields[1]] } };
  // `x = ANY (SELECT …)` is stored (and printed) as `x IN (SELECT …)`
  if (o.SubLink?.subLinkType === 'ANY_SUBLINK' && o.SubLink.operName?.length === 1 && o.SubLink.operName[0].String?.sval === '=') {
    const { operName: _o, ...rest } = o.SubLink;
    return canon({ SubLink: rest }, cat, types);
  }
  if (o.TypeCast) {
    if (columnCastChangesNothing(o.TypeCast, cat, types)) return canon(o.TypeCast.arg, cat, types);
    return { TypeCast: { arg: canon(o.TypeCast.arg, cat, types), typeName: typeKey(typeFromNode(o.TypeCast.typeName, cat)) } };
  }
  if (o.A_Expr) {
    const e = { ...o.A_Expr };
    // pg_dump prints the implicit cast of a literal an operator reads (`status = 'open'::status`, `l || 'x'::text`)
    if (COMPARISONS.has(e.kind)) {
      e.lexpr = uncastLiteral(e.lexpr);
      e.rexpr = uncastLiteral(e.rexpr);
    }
    const items = e.rexpr?.List?.items ?? (Array.isArray(e.rexpr) ? e.rexpr : undefined);
    if (e.kind === 'AEXPR_IN' && items) {
      const neg = e.name?.[0]?.String?.sval === '<>';
      return canon({ A_Expr: { kind: neg ? 'AEXPR_OP_ALL' : 'AEXPR_OP_ANY', name: e.name, lexpr: e.lexpr, rexpr: { A_ArrayExpr: { elements: items } } } }, cat, types);
    }
    if ((e.kind === 'AEXPR_BETWEEN' || e.kind === 'AEXPR_NOT_BETWEEN') && items?.length === 2) {
      const not = e.kind === 'AEXPR_NOT_BETWEEN';
      const op = (sval: string, r: unknown) => ({ A_Expr: { kind: 'AEXPR_OP', name: [{ String: { sval } }], lexpr: e.lexpr, rexpr: r } });
      return canon({ BoolExpr: { boolop: not ? 'OR_EXPR' : 'AND_EXPR', args: [op(not ? '<' : '>=', items[0]), op(not ? '>' : '<=', items[1])] } }, cat, types);
    }
    if (e.kind === 'AEXPR_LIKE' || e.kind === 'AEXPR_ILIKE') e.kind = 'AEXPR_OP';
    const out: Obj = {};
    for (const k of Object.keys(e).sort()) out[k] = canon(e[k], cat, types);
    return { A_Expr: out };
  }
  const out: Obj = {};
  for (const k of Object.keys(o).sort()) out[k] = canon(o[k], cat, types);
  return out;
}

/**
 * The key under which two normalised trees compare equal. `scope.row`: the table NEW and OLD stand
 * for (a trigger's WHEN); `scope.params`: a SQL function's parameters, by name and `function.name`.
 */
export function canonicalKey(node: Node, cat?: Catalog, scope: { row?: Table; params?: Map<string, TypeRef> } = {}): string {
  const stripped = makeExpr(withoutLocations(node), { catalog: cat }).node;
  return JSON.stringify(canon(stripped, cat, columnTypes(stripped, cat, scope.row, scope.params)));
}
