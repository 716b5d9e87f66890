/**
 * Expression normalisation: compare defaults, CHECKs and index expressions by parse tree,
 * after the rewrites PostgreSQL itself applies when it stores and prints them, so that
 * `'x'` and `'x'::text`, `now()` and `pg_catalog.now()`, `nextval('s')` and
 * `nextval('public.s'::regclass)` compare equal.
 */
import type { Node } from '@pgsql/types';
import type { Catalog, Expr, TypeRef } from './model.js';
import { stripLocations, strings } from './ast.js';
import { typeFromNode, typeKey } from './types.js';

export interface ExprContext {
  /** The column type the expression is assigned to (defaults): a cast of a literal to it is redundant. */
  type?: TypeRef;
  /** For nextval('seq') resolution. */
  catalog?: Catalog;
}

const STRING_TYPES = new Set(['text', 'character varying', 'character', 'name', 'unknown']);
const NUMERIC_TYPES = new Set(['integer', 'bigint', 'smallint', 'numeric', 'real', 'double precision']);

type Obj = Record<string, any>;

function isStringConst(n: Obj | undefined): n is Obj {
  return !!n?.A_Const?.sval;
}

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

function normalise(n: unknown, ctx: ExprContext, top: boolean): unknown {
  if (Array.isArray(n)) return n.map((x) => normalise(x, ctx, false));
  if (!n || typeof n !== 'object') return n;
  const o = n as Obj;
  if (o.TypeCast) {
    const tc = o.TypeCast;
    const arg = tc.arg as Obj;
    const t = typeFromNode(tc.typeName, ctx.catalog);
    if (isStringConst(arg) && t.arrayDims === 0 && !t.schema) {
      // 'x'::text → 'x'; '-1'::integer → -1
      if (STRING_TYPES.has(t.name)) return normalise(arg, ctx, top);
      if (NUMERIC_TYPES.has(t.name) && /^-?\d+(\.\d+)?$/.test(arg.A_Const.sval.sval)) {
        const v = arg.A_Const.sval.sval as string;
        return v.includes('.') ? { A_Const: { fval: { fval: v } } } : { A_Const: { ival: Number(v) === 0 ? {} : { ival: Number(v) } } };
      }
      if (t.name === 'regclass') return normalise(arg, ctx, top);
    }
    if (top && ctx.type && isStringConst(arg) && typeKey({ ...t, mods: [] }) === typeKey({ ...ctx.type, mods: [] })) {
      return normalise(arg, ctx, top);
    }
    if (top && ctx.type && arg.A_Const && !arg.A_Const.sval && typeKey(t) === typeKey(ctx.type)) return normalise(arg, ctx, top);
    return { TypeCast: { arg: normalise(arg, ctx, false), typeName: stripLocations(tc.typeName) } };
  }
  if (o.FuncCall) {
    const fc = { ...o.FuncCall };
    const names = strings(fc.funcname);
    if (names.length === 2 && names[0] === 'pg_catalog') fc.funcname = [{ String: { sval: names[1] } }];
    const fname = strings(fc.funcname).join('.');
    if (fname === 'nextval' && fc.args?.length === 1) {
      let a = fc.args[0] as Obj;
      if (a.TypeCast && isStringConst(a.TypeCast.arg)) a = a.TypeCast.arg;
      if (isStringConst(a)) {
        return { FuncCall: { funcname: fc.funcname, args: [{ A_Const: { sval: { sval: qualifySequence(a.A_Const.sval.sval, ctx.catalog) } } }], funcformat: 'COERCE_EXPLICIT_CALL' } };
      }
    }
    const out: Obj = {};
    for (const [k, v] of Object.entries(fc)) if (k !== 'location') out[k] = normalise(v, ctx, false);
    return { FuncCall: out };
  }
  if (o.A_Expr && o.A_Expr.kind === 'AEXPR_IN' && Array.isArray(o.A_Expr.rexpr)) {
    // x IN (a, b) is stored as x = ANY (ARRAY[a, b])
    const e = o.A_Expr;
    const op = strings(e.name)[0] === '<>' ? '<>' : '=';
    return normalise(
      { A_Expr: { kind: op === '=' ? 'AEXPR_OP_ANY' : 'AEXPR_OP_ALL', name: [{ String: { sval: op } }], lexpr: e.lexpr, rexpr: { A_ArrayExpr: { elements: e.rexpr } } } },
      ctx,
      false,
    );
  }
  const out: Obj = {};
  for (const [k, v] of Object.entries(o)) {
    if (k === 'location') continue;
    out[k] = normalise(v, ctx, false);
  }
  return out;
}

/** Normalise an expression node for storage and comparison. */
export function makeExpr(node: Node, ctx: ExprContext = {}): Expr {
  const norm = normalise(node, ctx, true) as Node;
  return { node: norm, key: JSON.stringify(norm) };
}

export function sameExpr(a: Expr | undefined, b: Expr | undefined): boolean {
  return (a?.key ?? '') === (b?.key ?? '');
}

/** Column names an expression references (ColumnRef last fields), in order of appearance, deduplicated. */
export function referencedColumns(node: unknown): string[] {
  const out: string[] = [];
  const walk = (n: unknown): void => {
    if (Array.isArray(n)) return n.forEach(walk);
    if (!n || typeof n !== 'object') return;
    const o = n as Obj;
    if (o.ColumnRef) {
      const f = strings(o.ColumnRef.fields);
      const last = f[f.length - 1];
      if (last && !out.includes(last)) out.push(last);
      return;
    }
    if (o.SubLink) return;
    for (const v of Object.values(o)) walk(v);
  };
  walk(node);
  return out;
}
