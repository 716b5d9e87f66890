/**
 * The columns a function in FROM yields, as PostgreSQL's parse analysis names them
 * (addRangeTableEntryForFunction and chooseScalarFunctionAlias in parse_relation.c):
 * - a function with two or more OUT / INOUT / TABLE parameters: their names (`column<n>` for an
 *   unnamed one); one such parameter makes the result scalar, the column named after it;
 * - a function returning a table's, a view's or a composite type's row type (SETOF or not): its columns;
 * - `record` without OUT parameters: the column definition list `AS (a int, …)`;
 * - any other scalar result: the FROM item's alias when it is the only function, else the function's name;
 * - ROWS FROM (f(), g()): the functions' columns one after the other; the item is named after the first;
 * - unnest(a, b, …) with several arguments: ROWS FROM (unnest(a), unnest(b), …);
 * - WITH ORDINALITY: a last `ordinality` column; an alias column list `AS f(a, b)` renames the first ones.
 * A function the catalogue does not hold (an extension's, most builtins) is named by the scalar rule,
 * and `known` is false: the caller must not freeze the guess into the query.
 */
import type { Catalog, Func, TypeRef } from '../model/catalog.js';
import { strings } from '../../parse/ast.js';
import { figureColname } from './colname.js';
import { identityArgs } from './function-identity.js';
import { resolveUserType } from './resolve.js';
import { BUILTIN_TYPES } from './types.js';

type Obj = Record<string, any>;

/** The output columns of a function call (or of a builtin known here); `scalar` when PostgreSQL names the one column by the alias rule. */
interface FunctionOutput {
  columns: { name?: string; type?: TypeRef }[];
  scalar: boolean;
  /** `record` without OUT parameters: the columns come from the column definition list. */
  record?: boolean;
}

/** Builtin set-returning functions with OUT parameters (their names), and builtins that return one unnamed scalar. */
const BUILTIN_OUT: Record<string, string[]> = {
  json_each: ['key', 'value'], json_each_text: ['key', 'value'], jsonb_each: ['key', 'value'], jsonb_each_text: ['key', 'value'],
  json_array_elements: ['value'], json_array_elements_text: ['value'], jsonb_array_elements: ['value'], jsonb_array_elements_text: ['value'],
  pg_options_to_table: ['option_name', 'option_value'],
  aclexplode: ['grantor', 'grantee', 'privilege_type', 'is_grantable'],
  ts_parse: ['tokid', 'token'], ts_token_type: ['tokid', 'alias', 'description'], ts_stat: ['word', 'ndoc', 'nentry'],
};
const BUILTIN_SCALAR = new Set([
  'generate_series', 'generate_subscripts', 'regexp_split_to_table', 'string_to_table', 'regexp_matches',
  'json_object_keys', 'jsonb_object_keys', 'jsonb_path_query',
]);

/** Polymorphic results that may stand for a row type. */
const POLYMORPHIC = new Set(['anyelement', 'anynonarray', 'anycompatible', 'anycompatiblenonarray']);

export interface RangeFunctionColumns {
  /** The name that qualifies the columns: the alias, else the (first) function's name. */
  alias: string;
  columns: string[];
  types: Map<string, TypeRef>;
  /** Every function's result is known (catalogue functions, the builtins above, column definition lists). */
  known: boolean;
}

/** Columns of a `RangeFunction` FROM item (its calls already resolved by the query analysis). */
export function rangeFunctionColumns(cat: Catalog, r: Obj): RangeFunctionColumns {
  let calls: { call: Obj; coldefs: Obj[] }[] = (r.functions ?? []).map((f: Obj) => {
    const items = (f.List?.items ?? []) as Obj[];
    return { call: items[0] ?? {}, coldefs: (items[1]?.List?.items ?? []) as Obj[] };
  });
  const fname = calls[0] ? figureColname(calls[0].call) : 'f';
  const alias = (r.alias?.aliasname as string | undefined) ?? fname;
  if (r.coldeflist?.length && calls[0]) calls[0].coldefs = r.coldeflist;
  // unnest(a, b) in FROM is ROWS FROM (unnest(a), unnest(b))
  const only = calls.length === 1 ? calls[0]!.call.FuncCall : undefined;
  if (only && !r.is_rowsfrom && isBuiltin(cat, strings(only.funcname)) && strings(only.funcname).pop() === 'unnest' && (only.args?.length ?? 0) > 1) {
    calls = (only.args as Obj[]).map(() => ({ call: { FuncCall: { funcname: only.funcname } }, coldefs: [] }));
  }
  let known = true;
  const columns: string[] = [];
  const types = new Map<string, TypeRef>();
  const push = (name: string, type?: TypeRef) => {
    columns.push(name);
    if (type && !types.has(name)) types.set(name, type);
  };
  for (const { call, coldefs } of calls) {
    const scalarName = call.FuncCall && calls.length > 1 ? strings(call.FuncCall.funcname).pop()! : calls.length === 1 ? alias : '?column?';
    if (coldefs.length) {
      for (const c of coldefs) push(c.ColumnDef?.colname as string);
      continue;
    }
    const out = call.FuncCall ? functionOutput(cat, call.FuncCall) : undefined;
    if (!out || out.record) {
      known = false;
      push(scalarName);
      continue;
    }
    if (out.scalar) push(out.columns[0]?.name ?? scalarName, out.columns[0]?.type);
    else out.columns.forEach((c, i) => push(c.name ?? `column${i + 1}`, c.type));
  }
  if (r.ordinality) push('ordinality', { name: 'bigint', mods: [], arrayDims: 0 });
  const aliasCols = strings(r.alias?.colnames);
  const n = known ? columns.length : Math.max(columns.length, aliasCols.length);
  const named = Array.from({ length: n }, (_, i) => aliasCols[i] ?? columns[i]!);
  const renamed = new Map<string, TypeRef>();
  named.forEach((c, i) => {
    const t = types.get(columns[i]!);
    if (t && !renamed.has(c)) renamed.set(c, t);
  });
  return { alias, columns: named, types: renamed, known };
}

/** Is a call to `names` one of pg_catalog's (qualified so, or unqualified with no catalogue function of that name on the path)? */
function isBuiltin(cat: Catalog, names: string[]): boolean {
  if (names.length >= 2) return names[names.length - 2] === 'pg_catalog';
  return candidates(cat, names).length === 0;
}

/** Catalogue functions a call by these names may be: those of the first schema (on the path) that has any. */
function candidates(cat: Catalog, names: string[]): Func[] {
  const name = names[names.length - 1]!;
  const schemas = names.length >= 2 ? [names[names.length - 2]!] : cat.searchPath;
  for (const s of schemas) {
    const hit = [...cat.functions.values()].filter((f) => f.kind === 'function' && !f.aggregate && f.schema === s && f.name === name);
    if (hit.length) return hit;
  }
  return [];
}

/** What a call returns: the catalogue's function (the overloads its argument count allows, if they agree), or a known builtin. */
function functionOutput(cat: Catalog, call: Obj): FunctionOutput | undefined {
  const names = strings(call.funcname);
  const name = names[names.length - 1]!;
  if (isBuiltin(cat, names)) {
    const outs = BUILTIN_OUT[name];
    if (outs) return { columns: outs.map((c) => ({ name: c })), scalar: outs.length === 1 };
    return BUILTIN_SCALAR.has(name) ? { columns: [{}], scalar: true } : undefined;
  }
  const n = (call.args ?? []).length;
  const fits = candidates(cat, names).filter((f) => {
    const args = identityArgs(f);
    const required = args.filter((a) => !a.default && a.mode !== 'variadic').length;
    return n >= required && (n <= args.length || args.some((a) => a.mode === 'variadic'));
  });
  const outs = fits.map((f) => resultOf(cat, f));
  const first = outs[0];
  if (!first || outs.some((o) => !o || JSON.stringify(o.columns.map((c) => c.name)) !== JSON.stringify(first.columns.map((c) => c.name)) || o.scalar !== first.scalar || o.record !== first.record)) return undefined;
  return first;
}

/**
 * The user type a result names (a table's or view's row type bound after the function is still
 * unqualified until the end of bind: resolved through the search path).
 */
function rowType(cat: Catalog, t: TypeRef): { schema: string; name: string } | undefined {
  if (t.schema) return { schema: t.schema, name: t.name };
  return BUILTIN_TYPES.has(t.name) ? undefined : resolveUserType(cat, undefined, t.name);
}

/** Relations whose row type a function called by these names may return (views among them must be analysed first). */
export function calledRowRelations(cat: Catalog, names: string[]): { schema: string; name: string }[] {
  const out: { schema: string; name: string }[] = [];
  for (const f of candidates(cat, names)) {
    const t = f.returns?.type;
    const row = t && t.arrayDims === 0 ? rowType(cat, t) : undefined;
    if (row) out.push(row);
  }
  return out;
}

/** The result columns of a catalogue function. */
function resultOf(cat: Catalog, f: Func): FunctionOutput | undefined {
  const outs = f.args.filter((a) => a.mode === 'out' || a.mode === 'inout' || a.mode === 'table');
  if (outs.length >= 2) return { columns: outs.map((a) => ({ name: a.name, type: a.type })), scalar: false };
  if (outs.length === 1) return { columns: [{ name: outs[0]!.name, type: outs[0]!.type }], scalar: true };
  const t = f.returns?.type;
  if (!t) return undefined;
  const row = t.arrayDims === 0 ? rowType(cat, t) : undefined;
  if (row) {
    const k = `${row.schema}.${row.name}`;
    const table = cat.tables.get(k);
    if (table) return { columns: [...table.columns.values()].map((c) => ({ name: c.name, type: c.type })), scalar: false };
    const view = cat.views.get(k);
    if (view) return { columns: view.columns.map((c, i) => ({ name: c, type: view.columnTypes?.[i] })), scalar: false };
    const composite = cat.composites.get(k);
    if (composite) return { columns: composite.attributes.map((a) => ({ name: a.name, type: a.type })), scalar: false };
    if (cat.domains.has(k)) return undefined; // a domain over a composite type: not followed
  }
  if (!t.schema && t.arrayDims === 0 && t.name === 'record') return { columns: [], scalar: false, record: true };
  // a polymorphic result is composite when the argument is: not followed
  if (!t.schema && t.arrayDims === 0 && POLYMORPHIC.has(t.name)) return undefined;
  return { columns: [{ type: t }], scalar: true };
}
