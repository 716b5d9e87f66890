/**
 * Expression normalisation: defaults, CHECKs, index expressions and predicates compare by parse
 * tree, after the rewrites PostgreSQL itself applies when it stores and prints them, so that a
 * schema and its pg_dump compare equal: `'x'` and `'x'::text`, `-1` and `'-1'::integer`,
 * `now()` and `pg_catalog.now()`, `x IN (1, 2)` and `x = ANY (ARRAY[1, 2])`, `v = 'a'` and
 * `(v)::text = 'a'::text` for a varchar column, `n > 0` and `n > (0)::numeric` for a numeric one,
 * `nextval('s')` and `nextval('public.s'::regclass)`.
 *
 * An `Expr` keeps three things: `source`, the tree as written (what emit prints, so the database
 * stores exactly what the schema says); `node`, the normalised tree; and `key`, its comparison
 * string (type names canonical).
 */
import type { Node } from '@pgsql/types';
import type { Catalog, Expr, TypeRef } from '../model/catalog.js';
import { LOCATION_KEYS, strings, visitNodes } from '../../parse/ast.js';
import { typeFromNode, typeKey } from './types.js';
import {
  castStringConst, isNullConst, isNumberConst, isWideningCast, numberConst, STRING_TYPES, stringConst, strNode,
} from './expr-constants.js';
import { canonicalLiteral } from './literals.js';
import { configName } from './text-search-names.js';
import { qualified } from '../../source/quote.js';
import { callsBareName, notePending, qualifyNames } from './expr-qualify.js';

export interface ExprContext {
  /** The column type the expression is assigned to (defaults): a cast of a literal to it is redundant. */
  type?: TypeRef;
  /** For nextval('seq') and user type resolution. */
  catalog?: Catalog;
  /** Columns the expression may reference (CHECK, index, generated): pg_dump's casts to their own types are redundant. */
  columns?: ReadonlyMap<string, unknown>;
}

type Obj = Record<string, any>;

/** Resolve a sequence name literal ('s', 'public.s', '"S"') to `schema.name`. */
function qualifySequence(lit: string, cat?: Catalog): string {
  const parts = lit.match(/"(?:[^"]|"")*"|[^.]+/g)?.map((p) => (p.startsWith('"') ? p.slice(1, -1).replace(/""/g, '"') : p.toLowerCase())) ?? [lit];
  if (parts.length >= 2) return `${parts[parts.length - 2]}.${parts[parts.length - 1]}`;
  const name = parts[0]!;
  if (cat) {
    for (const s of cat.searchPath) if (cat.sequences.has(`${s}.${name}`)) return `${s}.${name}`;
    return `${cat.searchPath[0] ?? 'public'}.${name}`;
  }
  return `public.${name}`;
}

/** nextval('s'), nextval('s'::regclass) → nextval('schema.s'), the form emit prints with its regclass cast. */
function nextvalCall(fc: Obj, ctx: ExprContext): Obj | undefined {
  const names = strings(fc.funcname);
  if (names[names.length - 1] !== 'nextval' || names.length > 2 || fc.args?.length !== 1) return undefined;
  let a = fc.args[0] as Obj;
  if (a.TypeCast) a = a.TypeCast.arg;
  const lit = stringConst(a);
  if (lit === undefined) return undefined;
  return { FuncCall: { funcname: [{ String: { sval: 'nextval' } }], args: [strNode(qualifySequence(lit, ctx.catalog))], funcformat: 'COERCE_EXPLICIT_CALL' } };
}

/** Text search functions whose first argument is a configuration when they take `n` arguments. */
const REGCONFIG_FIRST: Record<string, number[]> = {
  to_tsvector: [2], to_tsquery: [2], plainto_tsquery: [2], phraseto_tsquery: [2], websearch_to_tsquery: [2],
  json_to_tsvector: [3], jsonb_to_tsvector: [3], ts_headline: [4],
};

/** A regconfig literal: the configuration resolved as PostgreSQL resolves it (a user one qualified), typed, as pg_dump prints it. */
function regconfigLiteral(lit: string, ctx: ExprContext): Obj {
  const parts = lit.match(/"(?:[^"]|"")*"|[^.]+/g)?.map((p) => (p.startsWith('"') ? p.slice(1, -1).replace(/""/g, '"') : p.toLowerCase())) ?? [lit];
  const stored = ctx.catalog ? configName(ctx.catalog, parts) : undefined;
  const i = stored?.indexOf('.') ?? -1;
  const text = stored === undefined ? lit : i < 0 ? stored : qualified(stored.slice(0, i), stored.slice(i + 1));
  return { TypeCast: { arg: strNode(text), typeName: { names: [{ String: { sval: 'pg_catalog' } }, { String: { sval: 'regconfig' } }], typemod: -1 } } };
}

function isRegconfigCast(o: Obj): boolean {
  return !!o.TypeCast && strings(o.TypeCast.typeName?.names).pop() === 'regconfig' && stringConst(o.TypeCast.arg) !== undefined;
}

/** Regconfig literals in their one form: `to_tsvector('c', x)`, `to_tsvector('public.c'::regconfig, x)` → the latter. */
export function withRegconfigs(n: unknown, ctx: ExprContext): unknown {
  if (Array.isArray(n)) return n.map((x) => withRegconfigs(x, ctx));
  if (!n || typeof n !== 'object') return n;
  const o = n as Obj;
  if (isRegconfigCast(o)) return regconfigLiteral(stringConst(o.TypeCast.arg)!, ctx);
  const out: Obj = {};
  for (const k in o) out[k] = withRegconfigs(o[k], ctx);
  if (o.FuncCall) {
    const name = strings(o.FuncCall.funcname);
    const args = out.FuncCall.args as Obj[] | undefined;
    const lit = args && stringConst(args[0]);
    if (lit !== undefined && (name.length === 1 || name[0] === 'pg_catalog') && REGCONFIG_FIRST[name[name.length - 1]!]?.includes(args!.length)) {
      out.FuncCall = { ...out.FuncCall, args: [regconfigLiteral(lit, ctx), ...args!.slice(1)] };
    }
  }
  return out;
}

function stripped(n: unknown, ctx: ExprContext): unknown {
  if (Array.isArray(n)) return n.map((x) => stripped(x, ctx));
  if (!n || typeof n !== 'object') return n;
  const o = n as Obj;
  if (o.FuncCall) {
    const nv = nextvalCall(o.FuncCall, ctx);
    if (nv) return nv;
  }
  const out: Obj = {};
  for (const k in o) if (!LOCATION_KEYS.has(k)) out[k] = stripped(o[k], ctx);
  return out;
}

// --- types of operands -------------------------------------------------------

/** The type of a column reference, a cast, or a COALESCE of them; undefined when unknown. */
function typeOf(n: Obj, ctx: ExprContext): TypeRef | undefined {
  if (n.ColumnRef) {
    const f = strings(n.ColumnRef.fields);
    const c = ctx.columns?.get(f[f.length - 1] ?? '') as { type?: TypeRef } | undefined;
    return typeof c === 'object' && c.type ? domainBase(c.type, ctx.catalog) : undefined;
  }
  if (n.TypeCast) return typeFromNode(n.TypeCast.typeName, ctx.catalog);
  if (n.CoalesceExpr) {
    for (const a of n.CoalesceExpr.args ?? []) {
      const t = typeOf(a, ctx);
      if (t) return t;
    }
  }
  return undefined;
}

/**
 * A domain's base type (through domains over domains): PostgreSQL reads a domain-typed operand as
 * its base type, and pg_dump prints that coercion (`(n)::integer < 1000` for a domain over integer).
 */
export function domainBase(t: TypeRef, cat: Catalog | undefined): TypeRef {
  for (let i = 0; i < 16 && t.schema && !t.arrayDims; i++) {
    const d = cat?.domains.get(`${t.schema}.${t.name}`);
    if (!d) break;
    t = d.baseType;
  }
  return t;
}

const sameBase = (a: TypeRef, b: TypeRef) => typeKey({ ...a, mods: [] }) === typeKey({ ...b, mods: [] });
const isStringType = (t: TypeRef) => !t.schema && (t.name === 'text' || t.name === 'character varying');

/** Does a cast to `t` of a value of type `at` change nothing: to its own type (a domain's base type), or between text and varchar? */
export function castChangesNothing(at: TypeRef, t: TypeRef): boolean {
  if (t.mods.length || at.arrayDims !== t.arrayDims) return false;
  return sameBase(at, t) || (isStringType(at) && isStringType(t));
}

/** A cast that changes nothing: to the operand's own type, or between text and varchar. */
function redundantCast(arg: Obj, t: TypeRef, ctx: ExprContext): boolean {
  const at = typeOf(arg, ctx);
  return !!at && castChangesNothing(at, t);
}

/** `'a'::T` where T is the type the literal would get anyway (the other operand's type) → `'a'`, in T's output form. */
function literalFor(n: Obj, t: TypeRef, ctx: ExprContext): Obj {
  if (n.TypeCast && stringConst(n.TypeCast.arg) !== undefined) {
    const ct = typeFromNode(n.TypeCast.typeName, ctx.catalog);
    if (sameBase(ct, { ...t, arrayDims: 0 }) && (!ct.mods.length || ct.mods.join() === t.mods.join())) return literalFor(n.TypeCast.arg, t, ctx);
  }
  const s = stringConst(n);
  if (s !== undefined && !t.arrayDims) {
    const canon = canonicalLiteral(s, t);
    if (canon !== undefined) return strNode(canon);
  }
  if (n.A_ArrayExpr) return { A_ArrayExpr: { ...n.A_ArrayExpr, elements: (n.A_ArrayExpr.elements ?? []).map((e: Obj) => literalFor(e, t, ctx)) } };
  return n;
}

// --- normalisation -------------------------------------------------------------

function normaliseCast(tc: Obj, ctx: ExprContext, top: boolean): unknown {
  const t = typeFromNode(tc.typeName, ctx.catalog);
  const arg = normalise(tc.arg, ctx, false) as Obj;
  const s = stringConst(arg);
  if (s !== undefined) {
    // the literal takes the column's type anyway: DEFAULT 'x'::status ≡ DEFAULT 'x'
    if (top && ctx.type && sameBase(t, ctx.type) && (!t.mods.length || t.mods.join() === ctx.type.mods.join())) {
      // the constant is folded with the cast's type: '1970-01-01'::timestamp is '1970-01-01 00:00:00'
      const canon = canonicalLiteral(s, t);
      return canon !== undefined ? strNode(canon) : normaliseTop(arg, ctx);
    }
    const c = castStringConst(s, t);
    if (c) return c;
    // a constant of a date/time, interval, float, uuid, jsonb or array type, printed as PostgreSQL prints it
    const canon = canonicalLiteral(s, t);
    if (canon !== undefined) return { TypeCast: { arg: strNode(canon), typeName: stripped(tc.typeName, ctx) } };
  } else if (top && ctx.type && arg.A_Const?.isnull && sameBase(t, ctx.type) && (!t.mods.length || t.mods.join() === ctx.type.mods.join())) {
    // DEFAULT NULL on varchar(255) is stored (and dumped) as NULL::character varying
    return arg;
  } else if (top && arg.A_Const?.isnull && !t.schema && t.name === 'unknown' && !t.arrayDims) {
    // a polymorphic parameter's DEFAULT NULL is not coerced: pg_dump prints it NULL::unknown
    return arg;
  } else if (isNumberConst(arg) && isWideningCast(arg, t) && !keptCasts.has(tc)) {
    return arg;
  } else if (arg.A_ArrayExpr && !t.schema && t.arrayDims && STRING_TYPES.has(t.name) && allStrings(arg)) {
    // (ARRAY['a'::character varying])::text[] → ARRAY['a']
    return arg;
  } else if (redundantCast(arg, t, ctx)) {
    return arg;
  }
  return { TypeCast: { arg, typeName: stripped(tc.typeName, ctx) } };
}

function allStrings(n: Obj): boolean {
  return (n.A_ArrayExpr.elements ?? []).every((e: Obj) => (e.A_ArrayExpr ? allStrings(e) : stringConst(e) !== undefined));
}

/** A bare literal assigned to a column takes the column's type: `'5'` on an integer column is `5`. */
function normaliseTop(n: Obj, ctx: ExprContext): unknown {
  const s = stringConst(n);
  if (s === undefined || !ctx.type) return n;
  const c = castStringConst(s, ctx.type);
  if (c && !c.TypeCast) return c;
  // a date/time type with a precision rounds fractions only: whole values print as without it
  const t = ctx.type.mods.length && /^(timestamp|time) /.test(ctx.type.name) ? { ...ctx.type, mods: [] } : ctx.type;
  const canon = canonicalLiteral(s, t);
  return canon !== undefined && (t === ctx.type || !canon.includes('.')) ? strNode(canon) : n;
}

const ARITHMETIC = new Set(['+', '-', '*', '/', '%', '^']);
const INTEGERS = new Set(['smallint', 'integer', 'bigint']);
/** Number-literal casts that change the arithmetic they are in, kept by normaliseCast (castArithmeticOperand). */
const keptCasts = new WeakSet<object>();

/** Types with no arithmetic operator taking an integer on the other side. */
const UNMIXED = new Set(['numeric', 'double precision']);

/**
 * A number literal cast to another type than the integer operand it meets in arithmetic changes the
 * arithmetic: `a / 2::numeric` on an integer column is numeric division (`a / 2` integer division),
 * and PostgreSQL stores it with the column cast too, `(a)::numeric / (2)::numeric`, there being no
 * integer-with-numeric operator (nor -with-double precision). Written either way it becomes
 * `a::numeric / 2`: the cast on the integer operand, the literal bare (as every other widening cast
 * of a number literal is, pg_dump's `price * (2)::numeric` on a numeric column). A cast to bigint
 * meeting a smallint or integer operand has operators of its own (int4 + int8 is bigint arithmetic,
 * `a + 2` integer arithmetic that can overflow): PostgreSQL keeps it as written, and so does the key.
 */
function castArithmeticOperand(e: Obj, ctx: ExprContext): Obj {
  if (e.kind !== 'AEXPR_OP' || !e.lexpr || !e.rexpr || !ARITHMETIC.has(strings(e.name).pop() ?? '')) return e;
  const cast = (x: Obj, other: Obj): Obj | undefined => {
    if (!x.TypeCast || !isNumberConst(x.TypeCast.arg)) return undefined;
    const ot = typeOf(other, ctx);
    const t = typeFromNode(x.TypeCast.typeName, ctx.catalog);
    if (!ot || ot.schema || ot.arrayDims || !INTEGERS.has(ot.name) || t.schema || t.arrayDims) return undefined;
    if (t.name === 'bigint' && ot.name !== 'bigint') keptCasts.add(x.TypeCast);
    // no integer-with-numeric (or -double) operator: PostgreSQL casts the integer operand
    if (!UNMIXED.has(t.name)) return undefined;
    return { TypeCast: { arg: other, typeName: x.TypeCast.typeName } };
  };
  const l = cast(e.rexpr, e.lexpr);
  if (l) return { ...e, lexpr: l };
  const r = cast(e.lexpr, e.rexpr);
  return r ? { ...e, rexpr: r } : e;
}

function normaliseAExpr(e: Obj, ctx: ExprContext): unknown {
  e = castArithmeticOperand(e, ctx);
  const items = e.rexpr?.List?.items ?? (Array.isArray(e.rexpr) ? e.rexpr : undefined);
  if (e.kind === 'AEXPR_IN' && items) {
    // x IN (a, b) is stored as x = ANY (ARRAY[a, b]); NOT IN as <> ALL
    const neg = strings(e.name)[0] === '<>';
    return normalise({ A_Expr: { kind: neg ? 'AEXPR_OP_ALL' : 'AEXPR_OP_ANY', name: e.name, lexpr: e.lexpr, rexpr: { A_ArrayExpr: { elements: items } } } }, ctx, false);
  }
  if ((e.kind === 'AEXPR_BETWEEN' || e.kind === 'AEXPR_NOT_BETWEEN') && items?.length === 2) {
    const not = e.kind === 'AEXPR_NOT_BETWEEN';
    const op = (sval: string, r: unknown) => ({ A_Expr: { kind: 'AEXPR_OP', name: [{ String: { sval } }], lexpr: e.lexpr, rexpr: r } });
    return normalise({ BoolExpr: { boolop: not ? 'OR_EXPR' : 'AND_EXPR', args: [op(not ? '<' : '>=', items[0]), op(not ? '>' : '<=', items[1])] } }, ctx, false);
  }
  const out: Obj = {};
  for (const k in e) if (!LOCATION_KEYS.has(k)) out[k] = normalise(e[k], ctx, false);
  // LIKE is stored as its operator (~~, ~~*, !~~)
  if (out.kind === 'AEXPR_LIKE' || out.kind === 'AEXPR_ILIKE') out.kind = 'AEXPR_OP';
  const names = strings(out.name);
  if (names.length === 2 && names[0] === 'pg_catalog') out.name = [{ String: { sval: names[1] } }];
  if (out.lexpr && out.rexpr && ['AEXPR_OP', 'AEXPR_OP_ANY', 'AEXPR_OP_ALL', 'AEXPR_DISTINCT', 'AEXPR_NOT_DISTINCT'].includes(out.kind)) {
    const lt = typeOf(out.lexpr, ctx);
    if (lt) out.rexpr = literalFor(out.rexpr, lt, ctx);
    const rt = out.kind === 'AEXPR_OP' ? typeOf(out.rexpr, ctx) : undefined;
    if (rt) out.lexpr = literalFor(out.lexpr, rt, ctx);
  }
  return { A_Expr: out };
}

function normalise(n: unknown, ctx: ExprContext, top: boolean): unknown {
  if (Array.isArray(n)) return n.map((x) => normalise(x, ctx, false));
  if (!n || typeof n !== 'object') return n;
  const o = n as Obj;
  if (o.TypeCast) return normaliseCast(o.TypeCast, ctx, top);
  if (o.A_Const) {
    const c = numberConst(stripped(o, ctx) as Obj);
    if (c.TypeCast) return normaliseCast(c.TypeCast, ctx, top);
    return top ? normaliseTop(c, ctx) : c;
  }
  if (o.A_Expr) return normaliseAExpr(o.A_Expr, ctx);
  if (o.FuncCall) {
    const nv = nextvalCall(o.FuncCall, ctx);
    if (nv) return nv;
    const out: Obj = {};
    for (const k in o.FuncCall) if (!LOCATION_KEYS.has(k)) out[k] = normalise(o.FuncCall[k], ctx, false);
    const names = strings(out.funcname);
    if (names.length === 2 && names[0] === 'pg_catalog') out.funcname = [{ String: { sval: names[1] } }];
    // pg_dump qualifies user functions (`public.f()`): the default schema needs no qualifier (a call
    // written under another search_path was qualified where it resolved: qualifyNames)
    else if (names.length === 2 && names[0] === (ctx.catalog?.defaultSearchPath ?? ctx.catalog?.searchPath)?.[0]) out.funcname = [{ String: { sval: names[1] } }];
    return { FuncCall: out };
  }
  if (o.BoolExpr) {
    // (a AND b) AND c is stored flat
    const op = o.BoolExpr.boolop;
    const args: unknown[] = [];
    for (const a of (normalise(o.BoolExpr.args, ctx, false) as Obj[]) ?? []) {
      if (op !== 'NOT_EXPR' && a.BoolExpr?.boolop === op) args.push(...a.BoolExpr.args);
      else args.push(a);
    }
    return { BoolExpr: { boolop: op, args } };
  }
  const out: Obj = {};
  for (const k in o) if (!LOCATION_KEYS.has(k)) out[k] = normalise(o[k], ctx, false);
  return out;
}

/** The comparison key: the normalised tree with type names canonical. */
function keyOf(n: unknown, cat: Catalog | undefined): string {
  return JSON.stringify(n, function (this: unknown, k, v) {
    if (k === 'typeName' && v && typeof v === 'object' && !Array.isArray(v)) return typeKey(typeFromNode(v, cat));
    if (k === 'TypeName' && v && typeof v === 'object') return typeKey(typeFromNode(v, cat));
    return v;
  });
}

/** Normalise an expression node for storage and comparison. */
export function makeExpr(node: Node, ctx: ExprContext = {}): Expr {
  const cat = ctx.catalog;
  // configuration names in regconfig arguments as pg_dump prints them, then calls and casts named where they resolved
  const written = withRegconfigs(node, ctx) as Node;
  node = cat ? qualifyNames(written, cat) : written;
  // a value assigned to a domain is coerced to its base type first (pg_dump: `NULL::integer` on a domain over integer)
  const norm = normalise(node, ctx.type ? { ...ctx, type: domainBase(ctx.type, cat) } : ctx, true) as Node;
  const e: Expr = { node: norm, key: keyOf(norm, cat), source: stripped(node, ctx) as Node };
  // written under another search_path, calling a function not bound yet: named at the end of bind
  if (cat && node !== written && callsBareName(node)) {
    e.path = [...cat.searchPath];
    notePending(cat);
  }
  return e;
}

/** Recompute an expression's comparison key from its normalised tree (expr-qualify.ts `settleExprNames`). */
export const exprKey = (node: Node, cat: Catalog): string => keyOf(node, cat);

export function sameExpr(a: Expr | undefined, b: Expr | undefined): boolean {
  return (a?.key ?? '') === (b?.key ?? '');
}

/**
 * A NULL default PostgreSQL does not store (it stores no default at all): a NULL constant that needs
 * no coercion to the column type — not when the type has a modifier (`varchar(255) DEFAULT NULL` is
 * stored as `NULL::character varying`), nor when it is a domain (stored as `NULL::integer`, the
 * domain's coercion kept), nor when cast to another type first.
 */
export function isNullExpr(e: Expr | undefined, type: TypeRef, cat: Catalog | undefined): boolean {
  if (!e || !isNullConst(e.node) || type.mods.length) return false;
  if (!type.arrayDims && type.schema && cat?.domains.has(`${type.schema}.${type.name}`)) return false;
  const n = (e.source ?? e.node) as Obj;
  if (n.A_Const) return true;
  return !!n.TypeCast && !n.TypeCast.arg?.TypeCast && typeKey(typeFromNode(n.TypeCast.typeName)) === typeKey(type);
}

/** Column names an expression references (ColumnRef last fields), in order of appearance, deduplicated. */
export function referencedColumns(node: unknown): string[] {
  const out: string[] = [];
  visitNodes(node, (o) => {
    if (o.ColumnRef) {
      const f = strings(o.ColumnRef.fields);
      const last = f[f.length - 1];
      if (last && !out.includes(last)) out.push(last);
      return false;
    }
    return !o.SubLink;
  });
  return out;
}
