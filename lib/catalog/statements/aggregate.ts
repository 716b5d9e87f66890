/**
 * CREATE AGGREGATE: an aggregate is a routine of its own kind, kept with the functions (they share
 * pg_proc's identity: schema, name and argument types). Its options are stored canonical —
 * support functions schema-qualified, types in PostgreSQL's spelling, defaults left out — so pg_dump's
 * form compares equal to the hand-written one. Ordered-set and hypothetical-set aggregates
 * (`(direct ORDER BY aggregated)`) keep how many arguments are direct; a plain aggregate with the
 * same argument types is the same pg_proc entry, so one replaces the other by DROP and CREATE.
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

/** Options whose value is a boolean: kept only when true, as `true` (pg_dump writes the bare keyword). */
const BOOLEAN_OPTIONS = new Set(['finalfunc_extra', 'mfinalfunc_extra', 'hypothetical']);

function isTrue(v: string): boolean {
  return ['true', 'on', 'yes', '1', 't', 'y'].includes(v.toLowerCase());
}

/**
 * Options equal to PostgreSQL's defaults are not kept (pg_dump omits them): false booleans, and the
 * final functions' modify mode, READ_ONLY except for an ordered-set aggregate's final function (READ_WRITE).
 */
function isDefault([k, v]: [string, string], orderedSet: boolean): boolean {
  if (BOOLEAN_OPTIONS.has(k)) return !isTrue(v);
  if (k === 'finalfunc_modify') return v.toLowerCase() === (orderedSet ? 'read_write' : 'read_only');
  if (k === 'mfinalfunc_modify') return v.toLowerCase() === 'read_only';
  return false;
}

/**
 * The arguments as pg_proc keeps them and the count of direct ones. The parser gives both: `(args)` and
 * `(*)` are plain (-1); `(ORDER BY args)` has none direct; `(direct ORDER BY args)` has the direct ones
 * first, and when the last direct one is VARIADIC the parser has already dropped the (identical) VARIADIC
 * ORDER BY argument: `(VARIADIC "any" ORDER BY VARIADIC "any")` is one argument, one of it direct.
 */
function aggregateArgs(cat: Catalog, s: DefineStmt): { args: FunctionArg[]; direct?: number } {
  const [argList, count] = (s.args ?? []) as Node[];
  const params = ((argList as { List?: { items?: Node[] } } | undefined)?.List?.items ?? []).map((n) => (n as { FunctionParameter: FunctionParameter }).FunctionParameter);
  const args: FunctionArg[] = params.map((p) => ({ mode: p.mode === 'FUNC_PARAM_VARIADIC' ? 'variadic' : 'in', type: { ...typeFromNode(p.argType!, cat), mods: [] }, ...(p.name ? { name: p.name } : {}) }));
  // the parse tree leaves a zero out: `{ Integer: {} }`
  const direct = count ? ((count as { Integer?: { ival?: number } }).Integer?.ival ?? 0) : -1;
  return direct < 0 ? { args } : { args, direct };
}

export function createAggregate(ctx: ApplyContext, s: DefineStmt): void {
  const cat = ctx.cat;
  const q = qualifiedFromList(strings(s.defnames));
  const schema = creationSchema(ctx, q.schema);
  const { args, direct } = aggregateArgs(cat, s);
  const orderedSet = direct !== undefined;
  const options = defElems(s.definition)
    .map((d): [string, string] => [(d.defname ?? '').toLowerCase(), optionValue(cat, d)])
    .filter((o) => !isDefault(o, orderedSet))
    .map(([k, v]): [string, string] => [k, BOOLEAN_OPTIONS.has(k) ? 'true' : v])
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  if (!orderedSet && options.some(([k]) => k === 'hypothetical')) return fail(ctx, 'invalid-definition', 'only ordered-set aggregates can be hypothetical');
  const stype = options.find(([k]) => k === 'stype')?.[1] ?? 'internal';
  const f: Func = {
    schema, name: truncateIdent(q.name), kind: 'function', args, returns: { type: { name: stype, mods: [], arrayDims: 0 }, setof: false },
    language: 'internal', volatility: 'volatile', strict: false, securityDefiner: false, leakproof: false, parallel: 'unsafe',
    window: false, set: [], deps: emptyDependencies(), origin: origin(ctx), aggregate: orderedSet ? { options, direct } : { options },
  };
  const k = funcKey(f);
  const existing = cat.functions.get(k);
  if (existing && !s.replace) return fail(ctx, 'duplicate-object', `function ${k} already exists with same argument types`);
  if (existing) f.comment = existing.comment;
  cat.functions.set(k, f);
}
