/**
 * `SUPPORT support_function` of CREATE and ALTER FUNCTION: the planner support function. PostgreSQL
 * looks it up as `name(internal)` through the search path, requires it to return internal, and stores
 * it by oid (pg_dump prints it qualified unless visible); the catalogue keeps its schema and name. CREATE OR
 * REPLACE without SUPPORT clears it; ALTER FUNCTION can only set another one.
 *
 * In bind the functions are created in file order, so a support function created later in the files
 * is looked up again at the end of bind (resolveSupports), with the search path of the statement.
 */
import type { DefElem, Node } from '@pgsql/types';
import type { Catalog, TypeRef } from '../model/catalog.js';
import type { Func } from '../model/function.js';
import { type ApplyContext, fail } from './context.js';
import { qualifiedFromList, strings } from '../../parse/ast.js';
import { functionKey } from '../query/function-identity.js';
import { truncateIdent } from '../query/names.js';
import { typeKey } from '../query/types.js';

const INTERNAL: TypeRef = { name: 'internal', mods: [], arrayDims: 0 };

/**
 * PostgreSQL's own planner support functions (pg_catalog, `name(internal) RETURNS internal`, named by
 * some built-in's prosupport): those of PostgreSQL 15 and 18, read from pg_proc. pg_catalog is searched
 * first, so an unqualified name of these is the built-in one.
 */
const BUILTIN_SUPPORT = new Set([
  'array_append_support', 'array_prepend_support', 'array_subscript_handler_support', 'array_unnest_support',
  'elem_contained_by_range_support', 'generate_series_int4_support', 'generate_series_int8_support',
  'generate_series_numeric_support', 'generate_series_timestamp_support', 'int8inc_support', 'interval_support',
  'network_subset_support', 'numeric_support', 'range_contains_elem_support', 'text_starts_with_support',
  'texticlike_support', 'texticregexeq_support', 'textlike_support', 'textregexeq_support', 'time_support',
  'timestamp_support', 'varbit_support', 'varchar_support', 'window_cume_dist_support', 'window_dense_rank_support',
  'window_ntile_support', 'window_percent_rank_support', 'window_rank_support', 'window_row_number_support',
]);

/** A built-in support function named `[pg_catalog.]name`. */
function builtinSupport(names: string[]): { schema: string; name: string } | undefined {
  const q = qualifiedFromList(names);
  return (!q.schema || q.schema === 'pg_catalog') && BUILTIN_SUPPORT.has(q.name) ? { schema: 'pg_catalog', name: q.name } : undefined;
}

/** The name SUPPORT gives, as written (`[schema,] name`). */
export function supportNames(d: DefElem): string[] {
  return strings((d.arg as { List?: { items?: Node[] } }).List?.items ?? [d.arg as Node]);
}

function lookup(cat: Catalog, names: string[], path: string[]): Func | undefined {
  const q = qualifiedFromList(names);
  const name = truncateIdent(q.name);
  for (const s of q.schema ? [truncateIdent(q.schema)] : path) {
    const hit = cat.functions.get(functionKey(s, name, [INTERNAL]));
    if (hit) return hit;
  }
  return undefined;
}

/** Set the support function, or report what PostgreSQL reports; in bind a name not created yet waits. */
export function applySupport(ctx: ApplyContext, f: Func, names: string[]): void {
  waiting(ctx.cat).delete(f);
  const builtin = builtinSupport(names);
  if (builtin) return void (f.support = builtin);
  const hit = lookup(ctx.cat, names, ctx.cat.searchPath);
  if (hit) return void setSupport(ctx, f, hit);
  if (ctx.mode === 'bind') {
    const q = qualifiedFromList(names);
    f.support = { schema: q.schema ? truncateIdent(q.schema) : ctx.cat.searchPath[0] ?? 'public', name: truncateIdent(q.name) };
    waiting(ctx.cat).set(f, { ctx, names, path: [...ctx.cat.searchPath] });
    return;
  }
  fail(ctx, 'missing-object', `function ${names.join('.')}(internal) does not exist`);
}

function setSupport(ctx: ApplyContext, f: Func, s: Func): void {
  if (!s.returns || s.returns.setof || typeKey(s.returns.type) !== typeKey(INTERNAL)) {
    return fail(ctx, 'invalid-definition', `support function ${s.name} must return type internal`);
  }
  f.support = { schema: s.schema, name: s.name };
}

type Waiting = Map<Func, { ctx: ApplyContext; names: string[]; path: string[] }>;

/** Support functions named before they were created (bind only), per catalogue, with the statement's search path. */
const pending = new WeakMap<Catalog, Waiting>();

function waiting(cat: Catalog): Waiting {
  let w = pending.get(cat);
  if (!w) pending.set(cat, (w = new Map()));
  return w;
}

/** End of bind: look the waiting support functions up now that every function exists. */
export function resolveSupports(cat: Catalog): void {
  const w = pending.get(cat);
  if (!w?.size) return;
  pending.delete(cat);
  const live = new Set(cat.functions.values());
  for (const [f, p] of w) {
    if (!live.has(f)) continue; // dropped since
    const hit = lookup(cat, p.names, p.path);
    if (hit) setSupport(p.ctx, f, hit);
    else fail(p.ctx, 'missing-object', `function ${p.names.join('.')}(internal) does not exist`);
  }
}
