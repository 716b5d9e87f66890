/** What the statements of a SQL function body read (a SQL function is checked against the catalogue at creation). */
import type { Node } from '@pgsql/types';
import type { Catalog } from '../model/catalog.js';
import type { Dependencies } from '../model/view.js';
import { Analyser, type Scope, withoutLocations } from './query-analysis.js';

type Obj = Record<string, any>;

/** Walk the statements of a SQL function body for their dependencies (relations, columns, functions). */
export function analyseStatements(stmts: Node[], cat: Catalog): Dependencies {
  const a = new Analyser(cat);
  for (const st of stmts) {
    const s = withoutLocations(st) as Obj;
    if (s.SelectStmt) a.select(s, { items: [], ctes: new Map() });
    else {
      const inner = Object.values(s)[0] as Obj | undefined;
      if (!inner) continue;
      const scope: Scope = { items: [], ctes: new Map() };
      const rel = inner.relation as Obj | undefined;
      if (rel) {
        const wrapped = { RangeVar: rel };
        a.fromItem(wrapped, scope);
        targetColumns(a, scope, inner);
      }
      for (const f of inner.fromClause ?? inner.usingClause ?? []) a.fromItem(f, scope);
      for (const [k, v] of Object.entries(inner)) {
        if (k === 'relation' || k === 'fromClause' || k === 'usingClause') continue;
        if (k === 'selectStmt' && v) { a.select(v as Obj, { items: [], ctes: new Map(), parent: scope }); continue; }
        inner[k] = a.expr(v, scope);
      }
    }
  }
  return a.deps;
}

/** INSERT and UPDATE depend on the columns they write (PostgreSQL records them for SQL-standard bodies). */
function targetColumns(a: Analyser, scope: Scope, inner: Obj): void {
  const target = scope.items[0];
  if (!target?.rel) return;
  const named = [...(inner.targetList ?? []), ...(inner.cols ?? [])].map((t: Obj) => t.ResTarget?.name).filter((n: unknown): n is string => typeof n === 'string');
  let written = named;
  if (!named.length && inner.selectStmt) {
    // INSERT without a column list: the first columns, as many as the query gives
    const sel = (inner.selectStmt as Obj).SelectStmt as Obj | undefined;
    const n = sel?.valuesLists?.[0]?.List?.items?.length ?? sel?.targetList?.length ?? 0;
    written = target.columns.slice(0, n);
  }
  for (const c of written) {
    const k = `${target.rel}.${target.underlying.get(c) ?? c}`;
    if (!a.deps.columns.includes(k)) a.deps.columns.push(k);
  }
}
