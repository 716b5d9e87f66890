/**
 * A rewrite rule's WHERE condition and actions as PostgreSQL stores them: NEW and OLD stand for the
 * rule's relation (an INSERT rule sees NEW, a DELETE rule OLD, an UPDATE rule both, so a bare column
 * of the condition is NEW's or OLD's), relations are qualified, columns qualified by their range item,
 * an INSERT without a column list gets the columns it fills, `RETURNING *` is expanded and a SELECT
 * names its outputs. pg_dump prints that form (`WHERE (new.id > 10) DO INSERT INTO public.log (id, v)
 * VALUES (new.id, new.v)`); the comparison key makes it equal to the form written by hand. The
 * dependencies found are what PostgreSQL records for the rule (its relation's columns read through
 * NEW and OLD included).
 */
import type { Node } from '@pgsql/types';
import type { Catalog, Rule, RuleEvent } from '../model/catalog.js';
import type { Dependencies } from '../model/view.js';
import { Analyser, type QueryRewrite, type Scope, withoutLocations } from './query-analysis.js';
import { canonicalKey } from './query-key.js';
import { figureColname } from './colname.js';

type Obj = Record<string, any>;

export interface RuleAnalysis {
  where?: Node;
  actions: Node[];
  key: string;
  deps: Dependencies;
}

/** The columns of a table or view (`schema.name`), with the types of a table's. */
function relationColumns(cat: Catalog, key: string): { columns: string[]; types: Map<string, any> } {
  const t = cat.tables.get(key);
  if (t) return { columns: [...t.columns.keys()], types: new Map([...t.columns].map(([n, c]) => [n, c.type])) };
  return { columns: [...(cat.views.get(key)?.columns ?? [])], types: new Map() };
}

/** NEW and OLD as range items of the rule's relation (a column being renamed is visible under its old name). */
function ruleScope(cat: Catalog, rel: string, event: RuleEvent, rewrite: QueryRewrite): Scope {
  const { columns, types } = relationColumns(cat, rel);
  const cr = rewrite.column?.rel === rel ? rewrite.column : undefined;
  const visible = columns.map((c) => (cr && c === cr.to ? cr.from : c));
  const underlying = new Map(visible.map((v) => [v, cr && v === cr.from ? cr.to : v]));
  const item = (alias: string) => ({ alias, rel, columns: visible, underlying, types });
  const names = event === 'insert' ? ['new'] : event === 'delete' ? ['old'] : ['old', 'new'];
  return { items: names.map(item), ctes: new Map() };
}

/** The first range item of a scope (a DML statement's target) expanded for `RETURNING *`, the other entries qualified. */
function returning(a: Analyser, list: Obj[] | undefined, scope: Scope): Obj[] | undefined {
  if (!list) return undefined;
  const out: Obj[] = [];
  for (const t of list) {
    const rt = t.ResTarget as Obj;
    const fields = (rt.val?.ColumnRef?.fields ?? []) as Obj[];
    if (fields.some((f) => f.A_Star)) {
      const qual = fields.length > 1 ? fields[fields.length - 2]?.String?.sval : undefined;
      for (const it of scope.items) {
        if (qual && it.alias !== qual) continue;
        for (const c of it.columns) out.push({ ResTarget: { val: a.expr({ ColumnRef: { fields: [{ String: { sval: it.alias } }, { String: { sval: c } }] } }, scope) } });
      }
      continue;
    }
    const val = a.expr(rt.val, scope);
    // an output named as PostgreSQL would name it anyway is printed without AS
    const name = rt.name && rt.name !== figureColname(val) ? rt.name : undefined;
    out.push({ ResTarget: name ? { name, val } : { val } });
  }
  return out;
}

/** INSERT, UPDATE, DELETE: the target and the other relations qualified, expressions resolved (NEW / OLD from `outer`). */
function dml(a: Analyser, s: Obj, outer: Scope): void {
  const inner = Object.values(s)[0] as Obj;
  const scope: Scope = { items: [], ctes: new Map(), parent: outer };
  if (inner.withClause) inner.withClause = a.expr(inner.withClause, scope);
  if (inner.relation) a.fromItem({ RangeVar: inner.relation }, scope);
  const target = scope.items[0];
  for (const f of inner.fromClause ?? inner.usingClause ?? []) a.fromItem(f, scope);
  if (s.InsertStmt) {
    const sel = (inner.selectStmt as Obj | undefined)?.SelectStmt as Obj | undefined;
    if (!inner.cols?.length && sel && target) {
      // PostgreSQL stores the columns an INSERT without a column list fills: the first ones, as many as it gives
      const n = sel.valuesLists?.[0]?.List?.items?.length ?? sel.targetList?.length ?? 0;
      inner.cols = target.columns.slice(0, n).map((name) => ({ ResTarget: { name } }));
    }
    // the VALUES or the query do not see the target, only NEW and OLD
    if (inner.selectStmt) a.select(inner.selectStmt, { items: [], ctes: new Map(), parent: outer });
    if (inner.onConflictClause) inner.onConflictClause = a.expr(inner.onConflictClause, scope);
  }
  for (const k of ['targetList', 'whereClause']) if (inner[k]) inner[k] = a.expr(inner[k], scope);
  // the columns an INSERT or UPDATE writes are dependencies PostgreSQL records too
  if (target?.rel) {
    for (const t of [...(inner.cols ?? []), ...(s.UpdateStmt ? inner.targetList ?? [] : [])]) {
      const name = t.ResTarget?.name;
      const k = typeof name === 'string' ? `${target.rel}.${target.underlying.get(name) ?? name}` : undefined;
      if (k && !a.deps.columns.includes(k)) a.deps.columns.push(k);
    }
  }
  // RETURNING: libpg-query 18 wraps the list (`returningClause.exprs`)
  const holder = inner.returningClause ?? inner;
  const field = inner.returningClause ? 'exprs' : 'returningList';
  const ret = returning(a, holder[field], scope);
  if (ret) holder[field] = ret;
}

/**
 * Normalise a rule's condition and actions (copies; the parse trees are left alone) and key them.
 * `rel`: `schema.name` of the relation the rule is on; `rewrite`: a rename being carried through.
 */
export function analyseRule(cat: Catalog, rel: string, event: RuleEvent, where: Node | undefined, actions: readonly Node[], rewrite: QueryRewrite = {}): RuleAnalysis {
  const a = new Analyser(cat, rewrite);
  const outer = ruleScope(cat, rel, event, rewrite);
  const w = where ? (a.expr(withoutLocations(where), outer) as Node) : undefined;
  const out: Node[] = [];
  for (const action of actions) {
    const s = withoutLocations(action) as Obj;
    if (s.SelectStmt) a.select(s, { items: [], ctes: new Map(), parent: outer });
    else if (s.InsertStmt || s.UpdateStmt || s.DeleteStmt) dml(a, s, outer);
    out.push(s as Node);
  }
  const row = cat.tables.get(rel);
  const key = canonicalKey({ List: { items: [w ?? {}, ...out] } } as unknown as Node, cat, { row });
  return { ...(w ? { where: w } : {}), actions: out, key, deps: a.deps };
}

/** Store the analysis of `where` and `actions` in the rule (`rewrite`: a rename it reads through, whose names its stored form follows). */
export function setRuleDefinition(cat: Catalog, r: Rule, where: Node | undefined, actions: readonly Node[], rewrite?: QueryRewrite): void {
  const a = analyseRule(cat, `${r.schema}.${r.table}`, r.event, where, actions, rewrite);
  if (a.where) r.where = { node: a.where, key: '' };
  else delete r.where;
  r.actions = a.actions;
  r.key = a.key;
  r.deps = a.deps;
}

/** Analyse a rule again after a rename: its normalised form is qualified throughout, so the rename moves its names. */
export function reanalyseRule(cat: Catalog, r: Rule, rewrite: QueryRewrite): void {
  setRuleDefinition(cat, r, r.where?.node, r.actions, rewrite);
}
