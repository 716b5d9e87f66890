/**
 * CREATE [OR REPLACE] FUNCTION / PROCEDURE and ALTER FUNCTION. Identity is the name and the
 * identity argument types, so overloads are distinct objects. What a SQL or PL/pgSQL body needs at
 * creation is analysed once every object exists (bind) or at once (replay).
 */
import type { AlterFunctionStmt, CreateFunctionStmt, DefElem, FunctionParameter, Node, ObjectWithArgs, TypeName, VariableSetStmt } from '@pgsql/types';
import type { Catalog, TypeRef } from '../model/catalog.js';
import type { ArgMode, Func, FunctionArg } from '../model/function.js';
import { funcKey, functionKey, identityArgs, identitySql } from '../query/function-identity.js';
import { emptyDependencies } from '../model/view.js';
import { type ApplyContext, creationSchema, fail, failDuplicate, origin } from './context.js';
import { defArg, defElems, qualifiedFromList, strings } from '../../parse/ast.js';
import { makeExpr } from '../query/expr.js';
import { canonicalKey } from '../query/query-key.js';
import { analyseQuery, withoutLocations } from '../query/query-analysis.js';
import { analyseStatements } from '../query/function-body.js';
import { truncateIdent } from '../query/names.js';
import { BUILTIN_TYPES, typeFromNode, typeKey } from '../query/types.js';
import { resolveUserType } from '../query/resolve.js';
import { parseFile } from '../../parse/parse.js';
import { declarationDependencies, plpgsqlDeclarations } from '../query/plpgsql-body.js';
import { setSearchPath } from './settings.js';
import { applySupport, resolveSupports, supportNames } from './function-support.js';

const MODES: Record<string, ArgMode> = {
  FUNC_PARAM_IN: 'in', FUNC_PARAM_DEFAULT: 'in', FUNC_PARAM_OUT: 'out', FUNC_PARAM_INOUT: 'inout',
  FUNC_PARAM_VARIADIC: 'variadic', FUNC_PARAM_TABLE: 'table',
};

function parameters(ctx: ApplyContext, list: readonly Node[] | undefined): FunctionArg[] {
  return (list ?? []).map((n) => {
    const p = (n as { FunctionParameter: FunctionParameter }).FunctionParameter;
    const arg: FunctionArg = { mode: MODES[p.mode ?? 'FUNC_PARAM_DEFAULT'] ?? 'in', type: unmodified(typeFromNode(p.argType!, ctx.cat)) };
    if (p.name) arg.name = p.name;
    if (p.defexpr) arg.default = makeExpr(p.defexpr, { type: arg.type, catalog: ctx.cat });
    return arg;
  });
}

/** PostgreSQL ignores type modifiers of arguments and results (`varchar(40)` is stored as `varchar`). */
function unmodified(t: TypeRef): TypeRef {
  return t.mods.length ? { ...t, mods: [] } : t;
}

/** The value of `SET name = …` as PostgreSQL stores it in proconfig. */
function setValue(v: VariableSetStmt): string {
  if (v.kind === 'VAR_SET_CURRENT') return 'FROM CURRENT';
  return (v.args ?? [])
    .map((a) => {
      const c = (a as { A_Const?: Record<string, any> }).A_Const;
      if (!c) return '';
      if (c.sval) return c.sval.sval ?? '';
      if (c.ival) return String(c.ival.ival ?? 0);
      if (c.fval) return String(c.fval.fval);
      if (c.boolval) return c.boolval.boolval ? 'on' : 'off';
      return '0';
    })
    .join(', ');
}

/** Apply one option of CREATE FUNCTION or ALTER FUNCTION. */
function applyOption(f: Func, d: DefElem): boolean {
  const v = defArg(d);
  switch (d.defname) {
    case 'language': f.language = String(v).toLowerCase(); return true;
    case 'volatility': f.volatility = String(v) as Func['volatility']; return true;
    case 'strict': f.strict = !!v; return true;
    case 'security': f.securityDefiner = !!v; return true;
    case 'leakproof': f.leakproof = !!v; return true;
    case 'parallel': f.parallel = String(v) as Func['parallel']; return true;
    case 'window': f.window = !!v; return true;
    case 'cost': f.cost = String(v); return true;
    case 'rows': f.rows = String(v); return true;
    case 'as': f.body = strings((d.arg as { List?: { items?: Node[] } }).List?.items ?? [d.arg as Node]); return true;
    case 'set': {
      const s = (d.arg as { VariableSetStmt: VariableSetStmt }).VariableSetStmt;
      if (s.kind === 'VAR_RESET_ALL') f.set = [];
      else if (s.kind === 'VAR_RESET' || s.kind === 'VAR_SET_DEFAULT') f.set = f.set.filter(([n]) => n !== s.name);
      else {
        const value = setValue(s);
        const at = f.set.findIndex(([n]) => n === s.name);
        if (at >= 0) f.set[at] = [s.name!, value];
        else f.set.push([s.name!, value]);
      }
      return true;
    }
    default:
      return false;
  }
}

/** COST and ROWS equal to PostgreSQL's defaults are not kept (pg_dump omits them too). */
function normaliseDefaults(f: Func): void {
  const defaultCost = f.language === 'c' || f.language === 'internal' ? 1 : 100;
  if (f.cost !== undefined && Number(f.cost) === defaultCost) delete f.cost;
  if (f.rows !== undefined && (!f.returns?.setof || Number(f.rows) === 1000)) delete f.rows;
}

/** The result type when RETURNS is omitted: the single OUT argument's type, else record. */
function impliedReturn(args: FunctionArg[]): { type: TypeRef; setof: boolean } | undefined {
  const outs = args.filter((a) => a.mode === 'out' || a.mode === 'inout' || a.mode === 'table');
  if (!outs.length) return undefined;
  return { type: outs.length === 1 ? outs[0]!.type : { name: 'record', mods: [], arrayDims: 0 }, setof: false };
}

export function createFunction(ctx: ApplyContext, s: CreateFunctionStmt): void {
  const cat = ctx.cat;
  const q = qualifiedFromList(strings(s.funcname));
  const schema = creationSchema(ctx, q.schema);
  if (!cat.schemas.has(schema) && ctx.mode === 'replay') return fail(ctx, 'missing-object', `schema "${schema}" does not exist`);
  const f: Func = {
    schema, name: truncateIdent(q.name), kind: s.is_procedure ? 'procedure' : 'function', args: parameters(ctx, s.parameters),
    language: 'sql', volatility: 'volatile', strict: false, securityDefiner: false, leakproof: false, parallel: 'unsafe',
    window: false, set: [], deps: emptyDependencies(), origin: origin(ctx),
  };
  if (s.returnType) f.returns = { type: unmodified(typeFromNode(s.returnType, cat)), setof: !!s.returnType.setof };
  else if (!s.is_procedure) f.returns = impliedReturn(f.args) ?? { type: { name: 'void', mods: [], arrayDims: 0 }, setof: false };
  for (const d of defElems(s.options)) {
    if (d.defname === 'support') applySupport(ctx, f, supportNames(d));
    else if (!applyOption(f, d)) ctx.diags.push({ code: 'unmodelled-statement', severity: 'warning', message: `function option ${d.defname} is not modelled`, file: ctx.stmt.file.path, span: ctx.stmt.span });
  }
  if (s.sql_body) {
    const node = withoutLocations(s.sql_body);
    f.sqlBody = { node, key: canonicalKey(node, cat) };
  }
  normaliseDefaults(f);
  const k = funcKey(f);
  const existing = cat.functions.get(k);
  if (existing) {
    if (!s.replace) return failDuplicate(ctx, `function ${k} already exists with same argument types`, existing.origin);
    if (existing.kind !== f.kind) return fail(ctx, 'invalid-definition', `cannot change routine kind of ${k}`);
    if (ctx.mode === 'replay' && returnKey(existing) !== returnKey(f)) {
      return fail(ctx, 'invalid-definition', `cannot change return type of existing function ${k}`, 'Use DROP FUNCTION first.');
    }
    f.comment = existing.comment;
    // OR REPLACE keeps the privileges and the owner
    if (existing.acl) f.acl = existing.acl;
    if (existing.owner) f.owner = existing.owner;
  }
  cat.functions.set(k, f);
  analyseBody(cat, f, ctx.mode === 'bind');
}

/** The result a CREATE OR REPLACE cannot change: return type and the OUT / TABLE arguments. */
export function returnKey(f: Func): string {
  const outs = f.args.filter((a) => a.mode === 'out' || a.mode === 'inout' || a.mode === 'table').map((a) => `${a.name ?? ''}:${typeKey(a.type)}`);
  return JSON.stringify([f.returns ? [typeKey(f.returns.type), f.returns.setof] : null, outs]);
}

/** An unqualified type name qualified by what it names now (a view's row type, once views are bound). */
function qualifiedNow(cat: Catalog, t: TypeRef): TypeRef {
  if (t.schema || BUILTIN_TYPES.has(t.name)) return t;
  const u = resolveUserType(cat, undefined, t.name);
  return u ? { schema: u.schema, name: u.name, mods: t.mods, arrayDims: t.arrayDims } : t;
}

/** Row types of views named in a signature are known only once views are bound: qualify them (and re-key). */
function resolveRowTypes(cat: Catalog, f: Func): void {
  const fix = (t: TypeRef): TypeRef => qualifiedNow(cat, t);
  const before = funcKey(f);
  for (const a of f.args) a.type = fix(a.type);
  if (f.returns) f.returns = { ...f.returns, type: fix(f.returns.type) };
  const after = funcKey(f);
  if (after !== before && !cat.functions.has(after)) {
    cat.functions.delete(before);
    cat.functions.set(after, f);
  }
}

/**
 * What the body needs when it is created (check_function_bodies on): a SQL body is analysed in full,
 * a PL/pgSQL body compiles its declarations (plpgsql-body.ts); other languages are not checked. In
 * bind the analysis waits until every object exists (resolveFunctions), in replay it runs at once.
 */
function analyseBody(cat: Catalog, f: Func, defer: boolean): void {
  f.deps = emptyDependencies();
  let analyse: (cat: Catalog) => void;
  if (f.language === 'plpgsql' && !f.sqlBody && f.body?.[0] !== undefined) {
    const decls = plpgsqlDeclarations(f.body[0]);
    if (!decls.length) return;
    const params = f.args.flatMap((a) => (a.name ? [a.name] : []));
    analyse = (c) => {
      f.deps = declarationDependencies(decls, params, c);
    };
  } else if (f.language === 'sql') {
    const statements: Node[] = [];
    if (f.sqlBody) {
      const b = f.sqlBody.node as Record<string, any>;
      if (b.ReturnStmt) statements.push({ SelectStmt: { targetList: [{ ResTarget: { val: b.ReturnStmt.returnval } }] } } as unknown as Node);
      else for (const item of b.List?.items ?? []) for (const st of item.List?.items ?? [item]) statements.push(st as Node);
    } else if (f.body?.[0]) {
      const parsed = parseFile({ path: `${f.name}.sql`, text: f.body[0] });
      for (const st of parsed.statements) statements.push(st.node);
    }
    analyse = (c) => analyseNow(c, f, statements);
  } else return;
  const searchPath = creationPath(cat, f);
  if (defer) pending.set(f, { analyse, searchPath });
  else withSearchPath(cat, searchPath, () => analyse(cat));
}

/**
 * The search path a body is checked with: a string body is validated with the function's own
 * SET search_path applied (ProcedureCreate), a SQL-standard body is analysed before, in the session's.
 */
function creationPath(cat: Catalog, f: Func): string[] {
  const own = f.sqlBody ? undefined : f.set.find(([n]) => n === 'search_path');
  // the SET values are kept joined by ', ' (setValue); FROM CURRENT is the session's path
  return own && own[1] !== 'FROM CURRENT' ? setSearchPath(own[1].split(', ')) : [...cat.searchPath];
}

function withSearchPath(cat: Catalog, path: string[], run: () => void): void {
  const saved = cat.searchPath;
  cat.searchPath = path;
  try {
    run();
  } finally {
    cat.searchPath = saved;
  }
}

/** Dependencies of the body; a SQL-standard body is compared in its normalised form (pg_dump prints it qualified). */
function analyseNow(cat: Catalog, f: Func, statements: Node[]): void {
  f.deps = analyseStatements(statements, cat);
  if (!f.sqlBody) return;
  const normal = statements.map((st) => ((st as { SelectStmt?: unknown }).SelectStmt ? analyseQuery(st, cat).query : withoutLocations(st)));
  const params = new Map<string, TypeRef>();
  for (const a of f.args) if (a.name && a.mode !== 'out' && a.mode !== 'table') params.set(a.name, a.type).set(`${f.name}.${a.name}`, a.type);
  f.sqlBody = { node: f.sqlBody.node, key: canonicalKey({ List: { items: normal } } as unknown as Node, cat, { params }) };
}

/** Bodies not analysed yet (bind only), with the search path they are created with. */
const pending = new WeakMap<Func, { analyse: (cat: Catalog) => void; searchPath: string[] }>();

/** End of bind: analyse the bodies of SQL and PL/pgSQL functions now that every table, view and type exists. */
export function resolveFunctions(cat: Catalog): void {
  for (const f of [...cat.functions.values()]) resolveRowTypes(cat, f);
  resolveSupports(cat);
  for (const f of cat.functions.values()) {
    const p = pending.get(f);
    if (!p) continue;
    pending.delete(f);
    withSearchPath(cat, p.searchPath, () => p.analyse(cat));
  }
}

/** Argument types of an ObjectWithArgs that identify a function (OUT ones are ignored for functions). */
function argTypes(ctx: ApplyContext, o: ObjectWithArgs, kind: 'function' | 'procedure' | 'routine'): TypeRef[] {
  if (o.objfuncargs?.length) {
    const params = o.objfuncargs.map((n) => (n as { FunctionParameter: FunctionParameter }).FunctionParameter);
    return params.filter((p) => kind === 'procedure' || p.mode !== 'FUNC_PARAM_OUT').map((p) => typeFromNode(p.argType!, ctx.cat));
  }
  return (o.objargs ?? []).map((n) => typeFromNode((n as { TypeName: TypeName }).TypeName, ctx.cat));
}

/**
 * In bind, a function whose signature names a view's row type may be created before the view (views
 * are bound late) and keeps the name unqualified until resolveFunctions; a later ALTER or COMMENT
 * naming the view qualifies it. Compare both with their row types qualified.
 */
function withRowTypesQualified(cat: Catalog, schema: string, name: string, types: TypeRef[]): Func | undefined {
  const want = identitySql(types.map((t) => qualifiedNow(cat, t)));
  for (const f of cat.functions.values()) {
    if (f.schema === schema && f.name === name && identitySql(identityArgs(f).map((a) => qualifiedNow(cat, a.type))) === want) return f;
  }
  return undefined;
}

/** Find the function an ObjectWithArgs names (through the search path; a name alone must be unique). */
export function resolveFunction(ctx: ApplyContext, o: ObjectWithArgs, kind: 'function' | 'procedure' | 'routine', quiet = false): Func | undefined {
  const cat = ctx.cat;
  const q = qualifiedFromList(strings(o.objname));
  const name = truncateIdent(q.name);
  const schemas = q.schema ? [q.schema] : cat.searchPath;
  for (const s of schemas) {
    if (o.args_unspecified) {
      const hits = [...cat.functions.values()].filter((f) => f.schema === s && f.name === name);
      if (hits.length > 1) {
        if (!quiet) fail(ctx, 'ambiguous-object', `function name "${name}" is not unique`, 'Specify the argument list to select the function unambiguously.');
        return undefined;
      }
      if (hits[0]) return hits[0];
      continue;
    }
    const types = argTypes(ctx, o, kind);
    const hit = cat.functions.get(functionKey(s, name, types)) ?? withRowTypesQualified(cat, s, name, types);
    if (hit) return hit;
    if (kind !== 'function') {
      // a procedure named by its input arguments only
      const byInputs = [...cat.functions.values()].find((f) => f.schema === s && f.name === name && f.kind === 'procedure' &&
        JSON.stringify(f.args.filter((a) => a.mode !== 'out').map((a) => functionKey('', '', [a.type]))) === JSON.stringify(types.map((t) => functionKey('', '', [t]))));
      if (byInputs) return byInputs;
    }
  }
  if (!quiet) fail(ctx, 'missing-object', `${kind} ${q.schema ? q.schema + '.' : ''}${name}(${o.args_unspecified ? '' : argTypes(ctx, o, kind).map((t) => t.name).join(', ')}) does not exist`);
  return undefined;
}

export function alterFunction(ctx: ApplyContext, s: AlterFunctionStmt): void {
  const kind = s.objtype === 'OBJECT_PROCEDURE' ? 'procedure' : s.objtype === 'OBJECT_ROUTINE' ? 'routine' : 'function';
  const f = resolveFunction(ctx, s.func!, kind);
  if (!f) return;
  for (const d of defElems(s.actions)) {
    if (d.defname === 'support') applySupport(ctx, f, supportNames(d));
    else if (!applyOption(f, d)) fail(ctx, 'unmodelled-statement', `ALTER FUNCTION … ${d.defname} is not modelled`);
  }
  normaliseDefaults(f);
}

/** Move a function to a new name or schema: re-key it; triggers, event triggers and casts that call it follow. */
export function moveFunction(cat: Catalog, f: Func, schema: string, name: string): void {
  cat.functions.delete(funcKey(f));
  for (const t of [...cat.triggers.values(), ...cat.eventTriggers.values()]) {
    if (identityArgs(f).length === 0 && t.function.schema === f.schema && t.function.name === f.name) t.function = { schema, name };
  }
  const args = identitySql(identityArgs(f).map((a) => a.type));
  for (const c of cat.casts.values()) {
    if (c.function?.schema === f.schema && c.function.name === f.name && identitySql(c.function.args) === args) c.function = { ...c.function, schema, name };
  }
  // PostgreSQL keeps a support function by oid: the functions it supports follow it
  if (identitySql(identityArgs(f).map((a) => a.type)) === 'internal') {
    for (const g of cat.functions.values()) if (g.support?.schema === f.schema && g.support.name === f.name) g.support = { schema, name };
  }
  f.schema = schema;
  f.name = name;
  cat.functions.set(funcKey(f), f);
}
