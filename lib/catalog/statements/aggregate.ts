/**
 * CREATE AGGREGATE: an aggregate is a routine of its own kind, kept with the functions (they share
 * pg_proc's identity: schema, name and argument types). Its options are stored canonical —
 * support functions schema-qualified, types in PostgreSQL's spelling — so pg_dump's form compares
 * equal to the hand-written one.
 */
import type { DefElem, DefineStmt, FunctionParameter, Node, TypeName } from '@pgsql/types';
import type { Catalog } from '../model/catalog.js';
import type { Func, FunctionArg } from '../model/function.js';
import { funcKey } from '../query/function-identity.js';
import { emptyDependencies } from '../model/view.js';
import { type ApplyContext, creationSchema, fail, origin } from './context.js';
import { defElems, qualifiedFromList, strings } from '../../parse/ast.js';
import { truncateIdent } from '../query/names.js';
import { typeFromNode, typeToSql } from '../query/types.js';

/** Options naming a support function; the others name types or are values. */
const FUNCTION_OPTIONS = new Set(['sfunc', 'finalfunc', 'combinefunc', 'serialfunc', 'deserialfunc', 'msfunc', 'minvfunc', 'mfinalfunc']);
const TYPE_OPTIONS = new Set(['stype', 'mstype', 'basetype']);

/** `schema.name` of a function the catalogue knows (through the search path), else the name as written. */
function functionName(cat: Catalog, names: string[]): string {
  const q = qualifiedFromList(names);
  for (const s of q.schema ? [q.schema] : cat.searchPath) {
    const prefix = `${s}.${q.name}(`;
    for (const k of cat.functions.keys()) if (k.startsWith(prefix)) return `${s}.${q.name}`;
  }
  return names.join('.');
}

function optionValue(cat: Catalog, d: DefElem): string {
  const arg = d.arg as Record<string, any> | undefined;
  const name = d.defname ?? '';
  if (arg?.TypeName) {
    const tn = arg.TypeName as TypeName;
    if (FUNCTION_OPTIONS.has(name)) return functionName(cat, strings(tn.names));
    if (TYPE_OPTIONS.has(name)) return typeToSql(typeFromNode(tn, cat));
    return strings(tn.names).join('.').toLowerCase();
  }
  if (arg?.String) return arg.String.sval ?? '';
  if (arg?.Integer) return String(arg.Integer.ival ?? 0);
  if (arg?.Float) return String(arg.Float.fval);
  if (arg?.Boolean) return arg.Boolean.boolval ? 'true' : 'false';
  if (arg?.List) return strings(arg.List.items).join('.');
  return 'true';
}

export function createAggregate(ctx: ApplyContext, s: DefineStmt): void {
  const cat = ctx.cat;
  const q = qualifiedFromList(strings(s.defnames));
  const schema = creationSchema(ctx, q.schema);
  const [argList, direct] = (s.args ?? []) as Node[];
  if ((direct as { Integer?: { ival?: number } } | undefined)?.Integer?.ival !== -1 && s.args?.length) {
    return fail(ctx, 'unmodelled-statement', 'ordered-set aggregates (WITHIN GROUP) are not modelled');
  }
  const params = ((argList as { List?: { items?: Node[] } } | undefined)?.List?.items ?? []).map((n) => (n as { FunctionParameter: FunctionParameter }).FunctionParameter);
  const args: FunctionArg[] = params.map((p) => ({ mode: p.mode === 'FUNC_PARAM_VARIADIC' ? 'variadic' : 'in', type: { ...typeFromNode(p.argType!, cat), mods: [] }, ...(p.name ? { name: p.name } : {}) }));
  const options = defElems(s.definition)
    .map((d): [string, string] => [(d.defname ?? '').toLowerCase(), optionValue(cat, d)])
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const stype = options.find(([k]) => k === 'stype')?.[1] ?? 'internal';
  const f: Func = {
    schema, name: truncateIdent(q.name), kind: 'function', args, returns: { type: { name: stype, mods: [], arrayDims: 0 }, setof: false },
    language: 'internal', volatility: 'volatile', strict: false, securityDefiner: false, leakproof: false, parallel: 'unsafe',
    window: false, set: [], deps: emptyDependencies(), origin: origin(ctx), aggregate: { options },
  };
  const k = funcKey(f);
  const existing = cat.functions.get(k);
  if (existing && !s.replace) return fail(ctx, 'duplicate-object', `function ${k} already exists with same argument types`);
  if (existing) f.comment = existing.comment;
  cat.functions.set(k, f);
}
