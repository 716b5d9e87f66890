/**
 * Literal constants as PostgreSQL stores them. A literal is turned into a typed constant when the
 * expression is parsed (`'5'::integer`, `integer '5'` and `5` are one int4 constant; `'2'::bigint`
 * is an int8 constant, unlike `2`, an int4 constant implicitly cast), and pg_get_expr prints the
 * constant back in one spelling. These helpers map each spelling to one canonical parse tree.
 */
import type { TypeRef } from '../model/catalog.js';

type Obj = Record<string, any>;

/** Types a string literal cast to which is just the string (pg_dump's `'x'::text`, `'x'::character varying`). */
export const STRING_TYPES = new Set(['text', 'character varying', 'character', 'name', 'unknown']);

const INT4_MIN = -2147483648;
const INT4_MAX = 2147483647;
const INT8 = /^[+-]?\d+$/;

/** The text of a string constant node, or undefined. */
export function stringConst(n: unknown): string | undefined {
  const c = (n as Obj | undefined)?.A_Const;
  if (!c || !c.sval) return undefined;
  return c.sval.sval ?? '';
}

/** Is this a numeric literal (integer or decimal) written without quotes? */
export function isNumberConst(n: unknown): boolean {
  const c = (n as Obj | undefined)?.A_Const;
  return !!c && (c.ival !== undefined || c.fval !== undefined);
}

export function isDecimalConst(n: unknown): boolean {
  return (n as Obj | undefined)?.A_Const?.fval !== undefined;
}

export function strNode(s: string): Obj {
  return { A_Const: { sval: { sval: s } } };
}

function intNode(v: number): Obj {
  return { A_Const: { ival: v === 0 ? {} : { ival: v } } };
}

function typeNameNode(name: string): Obj {
  return { names: [{ String: { sval: 'pg_catalog' } }, { String: { sval: name } }], typemod: -1 };
}

/** An int8 constant: `'3000000000'::bigint`. */
function int8Node(text: string): Obj {
  return { TypeCast: { arg: strNode(text), typeName: typeNameNode('int8') } };
}

function canonInt(text: string): string {
  const t = text.trim();
  const neg = t.startsWith('-');
  const digits = t.replace(/^[+-]/, '').replace(/^0+(?=\d)/, '');
  return neg && digits !== '0' ? `-${digits}` : digits;
}

/** `.5` → `0.5`, `007.50` → `7.50` (numeric keeps the written scale). */
function canonDecimal(text: string): string | undefined {
  const m = /^\s*([+-]?)(\d*)\.(\d*)\s*$/.exec(text);
  if (!m || (m[2] === '' && m[3] === '')) return undefined;
  const int = (m[2] ?? '').replace(/^0+(?=\d)/, '') || '0';
  return `${m[1] === '-' ? '-' : ''}${int}.${m[3]}`;
}

const BOOL_TRUE = new Set(['t', 'true', 'y', 'yes', 'on', '1']);
const BOOL_FALSE = new Set(['f', 'false', 'n', 'no', 'off', '0']);

/**
 * The canonical node of string literal `s` coerced to builtin type `t` (no array), or undefined
 * when the typed form is kept (`'2'::bigint`, `'1 day'::interval`).
 */
export function castStringConst(s: string, t: TypeRef): Obj | undefined {
  if (t.schema || t.arrayDims) return undefined;
  if (STRING_TYPES.has(t.name)) return strNode(s);
  if (t.name === 'regclass') return strNode(s);
  if (t.name === 'integer' && INT8.test(s.trim())) {
    const v = Number(s);
    if (v >= INT4_MIN && v <= INT4_MAX) return intNode(v);
  }
  if (t.name === 'bigint' && INT8.test(s.trim())) return int8Node(canonInt(s));
  if (t.name === 'boolean') {
    const v = s.trim().toLowerCase();
    if (BOOL_TRUE.has(v)) return { A_Const: { boolval: { boolval: true } } };
    if (BOOL_FALSE.has(v)) return { A_Const: { boolval: {} } };
  }
  if (t.name === 'numeric' && !t.mods.length) {
    const d = canonDecimal(s);
    if (d !== undefined) return { A_Const: { fval: { fval: d } } };
  }
  // '10101'::bit is the bit string B'10101' (pg_get_expr prints the former for the latter)
  if ((t.name === 'bit' || t.name === 'bit varying') && /^[01]*$/.test(s)) return { A_Const: { bsval: { bsval: `b${s}` } } };
  return undefined;
}

/**
 * An unquoted number as PostgreSQL types it: integers beyond int4 are int8 constants (printed
 * `'3000000000'::bigint`), decimals are numeric constants.
 */
export function numberConst(n: Obj): Obj {
  const f = n.A_Const?.fval?.fval as string | undefined;
  if (f === undefined) return n;
  if (INT8.test(f)) {
    const big = BigInt(f);
    if (big >= -(2n ** 63n) && big < 2n ** 63n) return int8Node(canonInt(f));
    return n;
  }
  const d = canonDecimal(f);
  return d !== undefined ? { A_Const: { fval: { fval: d } } } : n;
}

/** Casts of an unquoted number that change neither its value nor how PostgreSQL compares it: `(0)::numeric`. */
export function isWideningCast(n: Obj, t: TypeRef): boolean {
  if (t.schema || t.arrayDims) return false;
  const decimal = isDecimalConst(n) && !(n.A_Const?.fval?.fval && INT8.test(n.A_Const.fval.fval));
  if (t.name === 'numeric' && t.mods.length === 0) return true;
  if (t.name === 'double precision' || t.name === 'real') return true;
  return !decimal && t.name === 'bigint';
}

export function isNullConst(n: unknown): boolean {
  const o = n as Obj | undefined;
  if (o?.A_Const?.isnull) return true;
  return !!o?.TypeCast && isNullConst(o.TypeCast.arg);
}
