/** The name PostgreSQL gives an output column written without AS (FigureColname in parse_target.c). */
import { strings } from '../../parse/ast.js';

type Obj = Record<string, any>;

const SQL_VALUE: Record<string, string> = {
  SVFOP_CURRENT_DATE: 'current_date', SVFOP_CURRENT_TIME: 'current_time', SVFOP_CURRENT_TIME_N: 'current_time',
  SVFOP_CURRENT_TIMESTAMP: 'current_timestamp', SVFOP_CURRENT_TIMESTAMP_N: 'current_timestamp',
  SVFOP_LOCALTIME: 'localtime', SVFOP_LOCALTIME_N: 'localtime', SVFOP_LOCALTIMESTAMP: 'localtimestamp',
  SVFOP_LOCALTIMESTAMP_N: 'localtimestamp', SVFOP_CURRENT_ROLE: 'current_role', SVFOP_CURRENT_USER: 'current_user',
  SVFOP_USER: 'user', SVFOP_SESSION_USER: 'session_user', SVFOP_CURRENT_CATALOG: 'current_catalog',
  SVFOP_CURRENT_SCHEMA: 'current_schema',
};

/** [name, strength]: 2 for a real name, 1 for a fallback such as `case`, 0 for none. */
function figure(n: unknown): [string, number] {
  const o = (n ?? {}) as Obj;
  if (o.ColumnRef) {
    const f = o.ColumnRef.fields as Obj[];
    const last = f[f.length - 1];
    return last?.String ? [last.String.sval, 2] : ['', 0];
  }
  if (o.A_Indirection) {
    const ind = o.A_Indirection.indirection as Obj[];
    const last = ind[ind.length - 1];
    if (last?.String) return [last.String.sval, 2];
    return figure(o.A_Indirection.arg);
  }
  if (o.FuncCall) return [strings(o.FuncCall.funcname).pop() ?? '', 2];
  if (o.A_Expr) return o.A_Expr.kind === 'AEXPR_NULLIF' ? ['nullif', 2] : ['', 0];
  if (o.TypeCast) {
    const inner = figure(o.TypeCast.arg);
    if (inner[1] > 1) return inner;
    const names = strings(o.TypeCast.typeName?.names);
    return names.length ? [names[names.length - 1]!, 1] : inner;
  }
  if (o.CollateClause) return figure(o.CollateClause.arg);
  if (o.GroupingFunc) return ['grouping', 2];
  if (o.MergeSupportFunc) return ['merge_action', 2];
  if (o.SubLink) {
    const s = o.SubLink;
    if (s.subLinkType === 'EXISTS_SUBLINK') return ['exists', 2];
    if (s.subLinkType === 'ARRAY_SUBLINK') return ['array', 2];
    if (s.subLinkType === 'EXPR_SUBLINK') {
      let sel = (s.subselect?.SelectStmt ?? s.subselect) as Obj;
      while (sel?.op && sel.op !== 'SETOP_NONE') sel = sel.larg;
      const first = sel?.targetList?.[0]?.ResTarget;
      if (first) return first.name ? [first.name, 2] : figure(first.val);
    }
    return ['', 0];
  }
  if (o.CaseExpr) return ['case', 1];
  if (o.A_ArrayExpr) return ['array', 1];
  if (o.RowExpr) return ['row', 1];
  if (o.CoalesceExpr) return ['coalesce', 2];
  if (o.MinMaxExpr) return [o.MinMaxExpr.op === 'IS_GREATEST' ? 'greatest' : 'least', 2];
  if (o.SQLValueFunction) return [SQL_VALUE[o.SQLValueFunction.op] ?? '', SQL_VALUE[o.SQLValueFunction.op] ? 2 : 0];
  if (o.XmlExpr) {
    const op = String(o.XmlExpr.op ?? '').replace(/^IS_/, '').toLowerCase();
    return op === 'document' ? ['', 0] : [op, 2];
  }
  if (o.XmlSerialize) return ['xmlserialize', 2];
  return ['', 0];
}

export function figureColname(n: unknown): string {
  const [name, strength] = figure(n);
  return strength > 0 && name ? name : '?column?';
}
