/** Expressions back to SQL with the PostgreSQL deparser; nextval() gets its regclass literal, quoted in one place. */
import { deparseSync } from './libraries.js';
import type { Node } from '@pgsql/types';
import type { Expr } from '../catalog/model/catalog.js';
import { literal, qualified } from '../source/quote.js';

function splitKey(k: string): [string | undefined, string] {
  const i = k.indexOf('.');
  return i < 0 ? [undefined, k] : [k.slice(0, i), k.slice(i + 1)];
}

/** Does the tree contain a nextval() call (the only node printed by hand)? */
function hasNextval(n: unknown): boolean {
  if (Array.isArray(n)) return n.some(hasNextval);
  if (!n || typeof n !== 'object') return false;
  const o = n as Record<string, any>;
  if (o.FuncCall && o.FuncCall.funcname?.length === 1 && o.FuncCall.funcname[0]?.String?.sval === 'nextval') return true;
  for (const v of Object.values(o)) if (hasNextval(v)) return true;
  return false;
}

/** Undo storage-only normalisations before printing. */
function prepare(n: unknown): unknown {
  if (Array.isArray(n)) return n.map(prepare);
  if (!n || typeof n !== 'object') return n;
  const o = n as Record<string, any>;
  if (o.FuncCall) {
    const names = (o.FuncCall.funcname ?? []).map((x: any) => x.String?.sval);
    const arg = o.FuncCall.args?.[0];
    if (names.length === 1 && names[0] === 'nextval' && arg?.A_Const?.sval) {
      const [schema, name] = splitKey(arg.A_Const.sval.sval);
      return { __raw: `nextval(${literal(qualified(schema, name))}::regclass)` };
    }
  }
  return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, prepare(v)]));
}

/** SQL text of an expression. */
export function exprSql(e: Expr | Node): string {
  const node = 'key' in e && 'node' in e ? ((e as Expr).source ?? (e as Expr).node) : (e as Node);
  if (!hasNextval(node)) return deparseSync(node);
  const prepared = prepare(node) as Record<string, any>;
  if (prepared.__raw) return prepared.__raw;
  // raw fragments inside larger expressions: deparse a placeholder and substitute
  const raws: string[] = [];
  const withPlaceholders = JSON.parse(JSON.stringify(prepared), (_k, v) => {
    if (v && typeof v === 'object' && '__raw' in v) {
      raws.push(v.__raw);
      return { ColumnRef: { fields: [{ String: { sval: `__pgshift_raw_${raws.length - 1}` } }] } };
    }
    return v;
  });
  let sql = deparseSync(withPlaceholders as Node);
  raws.forEach((r, i) => { sql = sql.replace(`__pgshift_raw_${i}`, r); });
  return sql;
}

/** Nodes that print as one operand, so they may stand where the grammar wants a b_expr (DEFAULT …). */
function isSimpleOperand(n: Record<string, any>): boolean {
  if (n.A_Const || n.ColumnRef || n.SQLValueFunction || n.A_ArrayExpr || n.ParamRef) return true;
  if (n.TypeCast) return isSimpleOperand(n.TypeCast.arg);
  if (n.FuncCall) return n.FuncCall.funcformat !== 'COERCE_SQL_SYNTAX';
  return false;
}

/** SQL text of a column default: parenthesised unless it is a single operand (`DEFAULT (now() AT TIME ZONE 'utc')`). */
export function defaultSql(e: Expr): string {
  const sql = exprSql(e);
  return isSimpleOperand((e.source ?? e.node) as Record<string, any>) ? sql : `(${sql})`;
}
