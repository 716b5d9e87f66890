/**
 * The comparison key of a normalised query or expression: spellings PostgreSQL treats (and
 * pg_dump prints) differently but that mean the same are made equal — type names canonical,
 * IN lists as `= ANY (ARRAY[…])`, `= ANY (subquery)` as `IN (subquery)`, BETWEEN as two comparisons,
 * IS NOT DISTINCT FROM as NOT (… IS DISTINCT FROM …), LIKE as its operator,
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

/** Types pg_dump casts a number to when an operator reads it with a value of that type (`(50000)::numeric`). */
const NUMERIC_TYPES = new Set(['numeric', 'int2', 'int4', 'int8', 'float4', 'float8', 'smallint', 'integer', 'bigint', 'real']);

const COMPARISONS = new Set(['AEXPR_OP', 'AEXPR_OP_ANY', 'AEXPR_OP_ALL', 'AEXPR_DISTINCT', 'AEXPR_NOT_DISTINCT', 'AEXPR_IN']);

/** A number cast to a numeric type: `(50000)::numeric`. */
const isNumberCast = (o: Obj | undefined): boolean =>
  !!o?.TypeCast && !!(o.TypeCast.arg?.A_Const?.ival || o.TypeCast.arg?.A_Const?.fval) && NUMERIC_TYPES.has(o.TypeCast.typeName?.names?.at(-1)?.String?.sval);

/** A string literal cast to a type: `'high'::text`. */
const isStringCast = (o: Obj | undefined): boolean => !!o?.TypeCast && typeof o.TypeCast.arg?.A_Const?.sval === 'object';

/** A string literal without its cast (a number without its cast to a numeric type); the elements of an ARRAY[…] of them too. */
function uncastLiteral(n: unknown): unknown {
  const o = n as Obj | undefined;
  if (o?.TypeCast && o.TypeCast.arg?.A_Const?.sval) return o.TypeCast.arg;
  if (isNumberCast(o)) return o!.TypeCast.arg;
  if (o?.A_ArrayExpr) return { A_ArrayExpr: { ...o.A_ArrayExpr, elements: (o.A_ArrayExpr.elements ?? []).map(uncastLiteral) } };
  if (o?.List) return { List: { items: (o.List.items ?? []).map(uncastLiteral) } };
  return n;
}

/** The type of a column reference, `(fields) → type`, from the relations a query names (and NEW/OLD's table). */
type ColumnTypes = ((fields: string[]) => TypeRef | undefined) & {
  param?: (fields: string[]) => boolean;
  /** The table a bare name stands for when it is no column but a relation of the query: a whole-row reference. */
  wholeRow?: (name: string) => Table | undefined;
};

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
  const relations = new Map<string, Table | undefined>();
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
      relations.set(name, relations.has(name) && relations.get(name) !== t ? undefined : t);
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
  lookup.wholeRow = (name) => (lookup([name]) || params?.has(name) ? undefined : relations.get(name));
  return lookup;
}

/** The type of an expression when it is plain to see: a column, a cast, a COALESCE of them. */
function exprType(n: Obj | undefined, types: ColumnTypes): TypeRef | undefined {
  const ref = n?.ColumnRef?.fields;
  if (ref) return ref.every((f: Obj) => f.String) ? types(ref.map((f: Obj) => f.String.sval)) : undefined;
  if (n?.CoalesceExpr) {
    for (const a of n.CoalesceExpr.args ?? []) {
      const t = exprType(a, types);
      if (t) return t;
    }
  }
  return undefined;
}

/** `(col)::T` where the column's type (a domain's base type) makes the cast change nothing (a COALESCE of such columns too). */
function columnCastChangesNothing(tc: Obj, cat: Catalog | undefined, types: ColumnTypes | undefined): boolean {
  const at = types && exprType(tc.arg, types);
  return !!at && castChangesNothing(domainBase(at, cat), typeFromNode(tc.typeName, cat));
}

/**
 * ORDER BY and GROUP BY as PostgreSQL stores them: a position (`ORDER BY 2`) or an output column's
 * name (`ORDER BY total`) is the output expression pg_dump prints; ASC and the default NULLS
 * placement are not written.
 */
function resolvedSortAndGroup(sel: Obj): Obj {
  const targets: Obj[] = sel.targetList ?? [];
  const inputName = (name: string) => targets.some((t) => t.ResTarget?.val?.ColumnRef?.fields?.at(-1)?.String?.sval === name);
  const output = (n: Obj | undefined, group: boolean): Obj | undefined => {
    const pos = n?.A_Const?.ival?.ival;
    if (typeof pos === 'number') return targets[pos - 1]?.ResTarget?.val;
    const f = n?.ColumnRef?.fields;
    if (f?.length !== 1 || !f[0].String) return undefined;
    // GROUP BY prefers an input column of that name (approximated by the output list's plain columns)
    if (group && inputName(f[0].String.sval)) return undefined;
    return targets.find((t) => t.ResTarget?.name === f[0].String.sval)?.ResTarget?.val;
  };
  const out = { ...sel };
  if (sel.sortClause) {
    out.sortClause = sel.sortClause.map((s: Obj) => {
      if (!s.SortBy) return s;
      const b = { ...s.SortBy, node: output(s.SortBy.node, false) ?? s.SortBy.node };
      const desc = b.sortby_dir === 'SORTBY_DESC';
      if (b.sortby_dir === 'SORTBY_ASC') b.sortby_dir = 'SORTBY_DEFAULT';
      if ((desc && b.sortby_nulls === 'SORTBY_NULLS_FIRST') || (!desc && b.sortby_nulls === 'SORTBY_NULLS_LAST')) b.sortby_nulls = 'SORTBY_NULLS_DEFAULT';
      return { SortBy: b };
    });
  }
  if (sel.groupClause) out.groupClause = sel.groupClause.map((g: Obj) => output(g, true) ?? g);
  return out;
}

/** CASE results and COALESCE arguments: a number's cast to a numeric type there is the common type pg_dump prints. */
function canonBranches(o: Obj, cat: Catalog | undefined, types?: ColumnTypes): unknown {
  const strip = (x: unknown) => (isNumberCast(x as Obj) ? (x as Obj).TypeCast.arg : x);
  if (o.CoalesceExpr) return { CoalesceExpr: canon({ ...o.CoalesceExpr, args: (o.CoalesceExpr.args ?? []).map(strip) }, cat, types) };
  const c = o.CaseExpr;
  const args = (c.args ?? []).map((w: Obj) => (w.CaseWhen ? { CaseWhen: { ...w.CaseWhen, result: strip(w.CaseWhen.result) } } : w));
  return { CaseExpr: canon({ ...c, args, defresult: strip(c.defresult) }, cat, types) };
}

/**
 * A whole-row reference to a table of the query, in any spelling PostgreSQL reads as one: a bare
 * name that is no column (`d`), `d.*`, and pg_dump's `d.*::public.doc` (the cast to the table's own
 * row type changes nothing).
 */
function wholeRowOf(o: Obj | undefined, types: ColumnTypes | undefined): { name: string; table: Table } | undefined {
  if (!o || !types?.wholeRow) return undefined;
  const f = o.ColumnRef?.fields;
  if (f?.length === 1 && f[0].String) {
    const table = types.wholeRow(f[0].String.sval);
    return table && { name: f[0].String.sval, table };
  }
  if (f?.length === 2 && f[0].String && f[1].A_Star) {
    const table = types.wholeRow(f[0].String.sval);
    return table && { name: f[0].String.sval, table };
  }
  if (o.TypeCast) {
    const inner = wholeRowOf(o.TypeCast.arg, types);
    const t = inner && typeFromNode(o.TypeCast.typeName);
    return inner && t && !t.arrayDims && t.name === inner.table.name && (t.schema ?? inner.table.schema) === inner.table.schema ? inner : undefined;
  }
  return undefined;
}

function canon(n: unknown, cat: Catalog | undefined, types?: ColumnTypes): unknown {
  if (Array.isArray(n)) return n.map((x) => canon(x, cat, types));
  if (!n || typeof n !== 'object') return n;
  let o = n as Obj;
  if (o.SelectStmt?.targetList && (o.SelectStmt.sortClause || o.SelectStmt.groupClause)) o = { SelectStmt: resolvedSortAndGroup(o.SelectStmt) };
  if (o.TypeName) return { TypeName: typeKey(typeFromNode(o.TypeName, cat)) };
  const whole = wholeRowOf(o, types);
  if (whole) return { ColumnRef: { fields: [{ String: { sval: whole.name } }, { A_Star: {} }] } };
  // `(d).c`, a field of a whole-row reference, is the column `d.c` PostgreSQL stores
  const ind = o.A_Indirection;
  const field = ind?.indirection?.length === 1 ? ind.indirection[0]?.String?.sval : undefined;
  const base = ind && wholeRowOf(ind.arg, types);
  if (field && base) return { ColumnRef: { fields: [{ String: { sval: base.name } }, { String: { sval: field } }] } };
  // `d AS d` / pg_dump's `d.*::public.doc AS d`: the output column named after the reference it is
  const target = o.ResTarget && wholeRowOf(o.ResTarget.val, types);
  if (target && o.ResTarget.name === target.name) {
    const { name: _n, ...rest } = o.ResTarget;
    return { ResTarget: canon(rest, cat, types) };
  }
  if (o.ColumnRef && types?.param?.((o.ColumnRef.fields ?? []).map((f: Obj) => f.String?.sval))) return { ColumnRef: { fields: [o.ColumnRef.fields[1]] } };
  // `x = ANY (SELECT …)` is stored (and printed) as `x IN (SELECT …)`
  if (o.SubLink?.subLinkType === 'ANY_SUBLINK' && o.SubLink.operName?.length === 1 && o.SubLink.operName[0].String?.sval === '=') {
    const { operName: _o, ...rest } = o.SubLink;
    return canon({ SubLink: rest }, cat, types);
  }
  // an output column keeps its literal's cast (it is the column's type); elsewhere pg_dump prints the
  // type the literal was given by where it stands (a CASE branch, a COALESCE or function argument)
  if (o.ResTarget && isStringCast(o.ResTarget.val)) {
    const { val, ...rest } = o.ResTarget;
    const kept = { TypeCast: { arg: canon(val.TypeCast.arg, cat, types), typeName: typeKey(typeFromNode(val.TypeCast.typeName, cat)) } };
    return { ResTarget: { ...(canon(rest, cat, types) as Obj), val: kept } };
  }
  if (isStringCast(o)) return canon(o.TypeCast.arg, cat, types);
  if (o.CaseExpr || o.CoalesceExpr) return canonBranches(o, cat, types);
  // a scalar function in FROM named `n` has one column `n`: pg_dump prints `generate_series(0, 11) n(n)`
  const fa = o.RangeFunction?.alias;
  if (fa?.colnames?.length === 1 && fa.colnames[0].String?.sval === fa.aliasname) {
    const { colnames: _c, ...alias } = fa;
    return canon({ RangeFunction: { ...o.RangeFunction, alias } }, cat, types);
  }
  if (o.TypeCast) {
    if (columnCastChangesNothing(o.TypeCast, cat, types)) return canon(o.TypeCast.arg, cat, types);
    return { TypeCast: { arg: canon(o.TypeCast.arg, cat, types), typeName: typeKey(typeFromNode(o.TypeCast.typeName, cat)) } };
  }
  if (o.A_Expr) {
    const e = { ...o.A_Expr };
    // pg_dump prints the implicit cast of a literal an operator reads (`status = 'open'::status`, `l || 'x'::text`)
    if (COMPARISONS.has(e.kind)) {
      // a number's cast decides arithmetic (5 / 2 is not 5 / 2::numeric): only a comparison drops it
      const compares = e.kind !== 'AEXPR_OP' || ['=', '<>', '<', '>', '<=', '>='].includes(e.name?.[0]?.String?.sval);
      e.lexpr = compares || !isNumberCast(e.lexpr) ? uncastLiteral(e.lexpr) : e.lexpr;
      e.rexpr = compares || !isNumberCast(e.rexpr) ? uncastLiteral(e.rexpr) : e.rexpr;
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
    // PostgreSQL stores `a IS NOT DISTINCT FROM b` as `NOT (a IS DISTINCT FROM b)`
    if (e.kind === 'AEXPR_NOT_DISTINCT') return canon({ BoolExpr: { boolop: 'NOT_EXPR', args: [{ A_Expr: { ...e, kind: 'AEXPR_DISTINCT' } }] } }, cat, types);
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
