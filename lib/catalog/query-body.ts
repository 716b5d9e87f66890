/** What the statements of a SQL function body read (a SQL function is checked against the catalogue at creation). */
import type { Node } from '@pgsql/types';
import type { Catalog } from './model.js';
import type { Dependencies } from './view-model.js';
import { Analyser, type Scope, withoutLocations } from './query.js';

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
