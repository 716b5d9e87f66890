/**
 * The comparison key of a normalised query or expression: spellings PostgreSQL treats (and
 * pg_dump prints) differently but that mean the same are made equal — type names canonical,
 * IN lists as `= ANY (ARRAY[…])`, BETWEEN as two comparisons, LIKE as its operator,
 * redundant casts of literals removed.
 */
import type { Node } from '@pgsql/types';
import type { Catalog } from '../model/catalog.js';
import { makeExpr } from './expr.js';
import { typeFromNode, typeKey } from './types.js';
import { withoutLocations } from './query-analysis.js';

type Obj = Record<string, any>;

const COMPARISONS = new Set(['AEXPR_OP', 'AEXPR_OP_ANY', 'AEXPR_OP_ALL', 'AEXPR_DISTINCT', 'AEXPR_NOT_DISTINCT', 'AEXPR_IN']);

/** A string literal without its cast; the elements of an ARRAY[…] of them too. */
function uncastLiteral(n: unknown): unknown {
  const o = n as Obj | undefined;
  if (o?.TypeCast && o.TypeCast.arg?.A_Const?.sval) return o.TypeCast.arg;
  if (o?.A_ArrayExpr) return { A_ArrayExpr: { ...o.A_ArrayExpr, elements: (o.A_ArrayExpr.elements ?? []).map(uncastLiteral) } };
  if (o?.List) return { List: { items: (o.List.items ?? []).map(uncastLiteral) } };
  return n;
}

function canon(n: unknown, cat: Catalog | undefined): unknown {
  if (Array.isArray(n)) return n.map((x) => canon(x, cat));
  if (!n || typeof n !== 'object') return n;
  const o = n as Obj;
  if (o.TypeName) return { TypeName: typeKey(typeFromNode(o.TypeName, cat)) };
  if (o.TypeCast) {
    return { TypeCast: { arg: canon(o.TypeCast.arg, cat), typeName: typeKey(typeFromNode(o.TypeCast.typeName, cat)) } };
  }
  if (o.A_Expr) {
    const e = { ...o.A_Expr };
    // pg_dump prints the implicit cast of a literal compared with a column (`status = 'open'::status`)
    if (COMPARISONS.has(e.kind)) {
      e.lexpr = uncastLiteral(e.lexpr);
      e.rexpr = uncastLiteral(e.rexpr);
    }
    const items = e.rexpr?.List?.items ?? (Array.isArray(e.rexpr) ? e.rexpr : undefined);
    if (e.kind === 'AEXPR_IN' && items) {
      const neg = e.name?.[0]?.String?.sval === '<>';
      return canon({ A_Expr: { kind: neg ? 'AEXPR_OP_ALL' : 'AEXPR_OP_ANY', name: e.name, lexpr: e.lexpr, rexpr: { A_ArrayExpr: { elements: items } } } }, cat);
    }
    if ((e.kind === 'AEXPR_BETWEEN' || e.kind === 'AEXPR_NOT_BETWEEN') && items?.length === 2) {
      const not = e.kind === 'AEXPR_NOT_BETWEEN';
      const op = (sval: string, r: unknown) => ({ A_Expr: { kind: 'AEXPR_OP', name: [{ String: { sval } }], lexpr: e.lexpr, rexpr: r } });
      return canon({ BoolExpr: { boolop: not ? 'OR_EXPR' : 'AND_EXPR', args: [op(not ? '<' : '>=', items[0]), op(not ? '>' : '<=', items[1])] } }, cat);
    }
    if (e.kind === 'AEXPR_LIKE' || e.kind === 'AEXPR_ILIKE') e.kind = 'AEXPR_OP';
    const out: Obj = {};
    for (const k of Object.keys(e).sort()) out[k] = canon(e[k], cat);
    return { A_Expr: out };
  }
  const out: Obj = {};
  for (const k of Object.keys(o).sort()) out[k] = canon(o[k], cat);
  return out;
}

/** The key under which two normalised trees compare equal. */
export function canonicalKey(node: Node, cat?: Catalog): string {
  const stripped = makeExpr(withoutLocations(node), { catalog: cat }).node;
  return JSON.stringify(canon(stripped, cat));
}
