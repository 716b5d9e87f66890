/**
 * CREATE AGGREGATE: an aggregate is a routine of its own kind, kept with the functions (they share
 * pg_proc's identity: schema, name and argument types). Its options are stored canonical —
 * support functions schema-qualified, types in PostgreSQL's spelling, defaults left out — so pg_dump's
 * form compares equal to the hand-written one. Ordered-set and hypothetical-set aggregates
 * (`(direct ORDER BY aggregated)`) keep how many arguments are direct; a plain aggregate with the
 * same argument types is the same pg_proc entry, so one replaces the other by DROP and CREATE.
 */
import type { DefElem, DefineStmt, FunctionParameter, Node, TypeName } from '@pgsql/types';
import type { Catalog, TypeRef } from '../model/catalog.js';
import { resolveOperator } from './operator.js';
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

/**
 * The option names PostgreSQL reads (DefineAggregate, compared case-sensitively: a quoted "SFUNC" is
 * not one), with the old syntax's spellings by the name they stand for. Any other name is ignored
 * with a WARNING.
 */
const OLD_NAMES: Record<string, string> = { sfunc1: 'sfunc', stype1: 'stype', initcond1: 'initcond' };
const KNOWN_OPTIONS = new Set([
  ...FUNCTION_OPTIONS, ...TYPE_OPTIONS, ...Object.keys(OLD_NAMES), 'finalfunc_extra', 'mfinalfunc_extra', 'finalfunc_modify', 'mfinalfunc_modify',
  'sortop', 'hypothetical', 'sspace', 'msspace', 'initcond', 'minitcond', 'parallel',
]);

/** `schema.name` of a function the catalogue knows (through the search path), else the name as written (pg_catalog's unqualified, as pg_dump writes them). */
function functionName(cat: Catalog, names: string[]): string {
  const q = qualifiedFromList(names);
  if (q.schema === 'pg_catalog') return q.name;
  for (const s of q.schema ? [q.schema] : cat.searchPath) {
    const prefix = `${s}.${q.name}(`;
    for (const k of cat.functions.keys()) if (k.startsWith(prefix)) return `${s}.${q.name}`;
  }
  return names.join('.');
}

/**
 * A type or function option's name: a type name, or a quoted string that PostgreSQL takes as one
 * name as it stands (`basetype = 'int4'`, `sfunc = 'int4pl'`; defGetTypeName, defGetQualifiedName).
 */
function nameArg(arg: Record<string, any> | undefined): TypeName | undefined {
  if (arg?.TypeName) return arg.TypeName as TypeName;
  if (arg?.String) return { names: [{ String: { sval: arg.String.sval ?? '' } }], typemod: -1 } as TypeName;
  return undefined;
}

/**
 * SORTOP: the operator `op(input, input)` as pg_dump names it, `schema.op` (PostgreSQL's own in
 * pg_catalog); written `>` or `OPERATOR(pg_catalog.>)`.
 */
function sortOperator(cat: Catalog, names: string[], input: TypeRef | undefined): string {
  const q = qualifiedFromList(names);
  if (q.schema) return `${q.schema}.${q.name}`;
  const found = input ? resolveOperator(cat, q, input, input) : undefined;
  return `${found?.schema ?? 'pg_catalog'}.${q.name}`;
}

function optionValue(cat: Catalog, d: DefElem, name: string, input: TypeRef | undefined): string {
  const arg = d.arg as Record<string, any> | undefined;
  const named = FUNCTION_OPTIONS.has(name) || TYPE_OPTIONS.has(name) ? nameArg(arg) : undefined;
  if (named && FUNCTION_OPTIONS.has(name)) return functionName(cat, strings(named.names));
  if (named) return typeToSql(typeFromNode(named, cat));
  if (name === 'sortop') return sortOperator(cat, arg?.List ? strings(arg.List.items) : arg?.TypeName ? strings(arg.TypeName.names) : [String(arg?.String?.sval ?? '')], input);
  if (arg?.TypeName) return strings((arg.TypeName as TypeName).names).join('.').toLowerCase();
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
 * Options equal to PostgreSQL's defaults are not kept (pg_dump omits them): false booleans, the final
 * functions' modify mode, READ_ONLY except for an ordered-set aggregate's final function (READ_WRITE),
 * a zero SSPACE / MSSPACE and PARALLEL UNSAFE.
 */
function isDefault([k, v]: [string, string], orderedSet: boolean): boolean {
  if (BOOLEAN_OPTIONS.has(k)) return !isTrue(v);
  if (k === 'finalfunc_modify') return v.toLowerCase() === (orderedSet ? 'read_write' : 'read_only');
  if (k === 'mfinalfunc_modify') return v.toLowerCase() === 'read_only';
  if (k === 'sspace' || k === 'msspace') return v === '0';
  if (k === 'parallel') return v.toLowerCase() === 'unsafe';
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

/**
 * The old syntax, `CREATE AGGREGATE name (BASETYPE = t, SFUNC1 = …, STYPE1 = …, INITCOND1 = …)` (or with
 * the new option names): its one argument is BASETYPE, none when that is ANY in any case (`count(*)`);
 * pg_dump prints it in the new syntax.
 */
function oldStyleArgs(ctx: ApplyContext, base: DefElem | undefined): FunctionArg[] | undefined {
  const tn = nameArg(base?.arg as Record<string, any> | undefined);
  if (!tn) return void fail(ctx, 'invalid-definition', 'aggregate input type must be specified');
  const names = strings(tn.names);
  if (names.join('.').toLowerCase() === 'any' && !tn.arrayBounds?.length) return [];
  return [{ mode: 'in', type: { ...typeFromNode(tn, ctx.cat), mods: [] } }];
}

export function createAggregate(ctx: ApplyContext, s: DefineStmt): void {
  const cat = ctx.cat;
  const q = qualifiedFromList(strings(s.defnames));
  const schema = creationSchema(ctx, q.schema);
  const elems = defElems(s.definition);
  for (const d of elems) {
    if (KNOWN_OPTIONS.has(d.defname ?? '')) continue;
    ctx.diags.push({ code: 'ignored-option', severity: 'warning', message: `aggregate attribute "${d.defname}" not recognized (PostgreSQL ignores it)`, file: ctx.stmt.file.path, span: ctx.stmt.span });
  }
  const known = elems.filter((d) => KNOWN_OPTIONS.has(d.defname ?? ''));
  const base = known.find((d) => d.defname === 'basetype');
  if (!s.oldstyle && base) return fail(ctx, 'invalid-definition', 'basetype is redundant with aggregate input type specification');
  const oldArgs = s.oldstyle ? oldStyleArgs(ctx, base) : undefined;
  if (s.oldstyle && !oldArgs) return;
  const { args, direct } = oldArgs ? { args: oldArgs, direct: undefined } : aggregateArgs(cat, s);
  const orderedSet = direct !== undefined;
  const input = args.length === 1 ? args[0]!.type : undefined;
  const options = known
    .filter((d) => d.defname !== 'basetype')
    .map((d): [string, string] => {
      const name = OLD_NAMES[d.defname!] ?? d.defname!;
      return [name, optionValue(cat, d, name, input)];
    })
    .filter((o) => !isDefault(o, orderedSet))
    .map(([k, v]): [string, string] => [k, BOOLEAN_OPTIONS.has(k) ? 'true' : k === 'parallel' || k.endsWith('_modify') ? v.toLowerCase() : v])
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  if (!orderedSet && options.some(([k]) => k === 'hypothetical')) return fail(ctx, 'invalid-definition', 'only ordered-set aggregates can be hypothetical');
  if (!options.some(([k]) => k === 'stype')) return fail(ctx, 'invalid-definition', 'aggregate stype must be specified');
  if (!options.some(([k]) => k === 'sfunc')) return fail(ctx, 'invalid-definition', 'aggregate sfunc must be specified');
  const stype = options.find(([k]) => k === 'stype')![1];
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
