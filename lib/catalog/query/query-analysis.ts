/**
 * Analysis of a query (a view's definition, a SQL function's body): resolve every relation and
 * column it reads against the catalogue, as PostgreSQL's parse analysis does, and normalise it
 * the way PostgreSQL stores it — relations schema-qualified, columns qualified by their range
 * item, `*` expanded, every output column explicitly named — so that a view written by hand and
 * the same view re-printed by pg_dump compare equal. The dependencies found drive the ordering
 * of changes (lib/plan/graph.ts) and what DROP … CASCADE removes.
 */
import type { Node } from '@pgsql/types';
import type { Catalog, TypeRef } from '../model/catalog.js';
import type { Dependencies } from '../model/view.js';
import { emptyDependencies } from '../model/view.js';
import { strings } from '../../parse/ast.js';
import { typeFromNode } from './types.js';
import { figureColname } from './colname.js';
import { rangeFunctionColumns } from './function-columns.js';

type Obj = Record<string, any>;

/** One entry of a FROM list: a table, view, subquery, CTE or function, under the name that qualifies its columns. */
interface RangeItem {
  alias: string;
  /** The relation's name before a rename being applied: references qualified by it still resolve. */
  oldAlias?: string;
  /** Catalogue key of the relation, when it is one. */
  rel?: string;
  /** Visible column names, in order. */
  columns: string[];
  /** Visible name → the relation's column name (alias column lists, renames in flight). */
  underlying: Map<string, string>;
  /** Column types, when known (tables). */
  types: Map<string, TypeRef>;
}

export interface Scope {
  items: RangeItem[];
  ctes: Map<string, string[]>;
  parent?: Scope;
}

/** A rename being applied: a relation moved, or a column of a relation renamed (the catalogue already holds the new names). */
export interface QueryRewrite {
  relation?: { from: string; schema: string; name: string };
  column?: { rel: string; from: string; to: string };
}

export interface QueryAnalysis {
  /** The normalised query, printable by the deparser. */
  query: Node;
  /** Output column names. */
  columns: string[];
  deps: Dependencies;
  /** Output column types, where they can be told (columns read as they are, casts). */
  types: (TypeRef | undefined)[];
}

export class Analyser {
  readonly deps: Dependencies = emptyDependencies();
  constructor(readonly cat: Catalog, readonly rewrite: QueryRewrite = {}) {}

  private add(list: string[], k: string): void {
    if (!list.includes(k)) list.push(k);
  }

  /** Columns and types of a catalogue relation (table, view, materialized view). */
  private relation(schema: string | undefined, name: string): { key: string; columns: string[]; types: Map<string, TypeRef> } | undefined {
    for (const s of schema ? [schema] : this.cat.searchPath) {
      const k = `${s}.${name}`;
      const t = this.cat.tables.get(k);
      if (t) return { key: k, columns: [...t.columns.keys()], types: new Map([...t.columns].map(([n, c]) => [n, c.type])) };
      const v = this.cat.views.get(k);
      if (v) return { key: k, columns: [...v.columns], types: new Map() };
    }
    return undefined;
  }

  /** A FROM item: adds range items to `scope`, rewrites the node in place. */
  fromItem(n: Obj, scope: Scope): void {
    if (n.RangeVar) {
      const r = n.RangeVar;
      const cte = !r.schemaname ? lookupCte(scope, r.relname) : undefined;
      const aliasCols = strings(r.alias?.colnames);
      if (cte) {
        const cols = cte.map((c, i) => aliasCols[i] ?? c);
        scope.items.push({ alias: r.alias?.aliasname ?? r.relname, columns: cols, underlying: new Map(), types: new Map() });
        return;
      }
      let schema: string | undefined = r.schemaname || undefined;
      let name: string = r.relname;
      let oldAlias: string | undefined;
      const rw = this.rewrite.relation;
      if (rw && schema && `${schema}.${name}` === rw.from) {
        if (!r.alias) oldAlias = name;
        schema = rw.schema;
        name = rw.name;
      }
      const rel = this.relation(schema, name);
      if (!rel) {
        scope.items.push({ alias: r.alias?.aliasname ?? name, columns: [], underlying: new Map(), types: new Map() });
        return;
      }
      const [relSchema, relName] = splitKey(rel.key);
      r.schemaname = relSchema;
      r.relname = relName;
      this.add(this.deps.relations, rel.key);
      let columns = rel.columns;
      const cr = this.rewrite.column;
      if (cr && cr.rel === rel.key) columns = columns.map((c) => (c === cr.to ? cr.from : c));
      const underlying = new Map<string, string>();
      const visible = columns.map((c, i) => {
        const real = cr && cr.rel === rel.key && c === cr.from ? cr.to : c;
        const v = aliasCols[i] ?? c;
        underlying.set(v, real);
        return v;
      });
      const types = new Map<string, TypeRef>();
      for (const [v, real] of underlying) { const t = rel.types.get(real); if (t) types.set(v, t); }
      scope.items.push({ alias: r.alias?.aliasname ?? relName, oldAlias, rel: rel.key, columns: visible, underlying, types });
      return;
    }
    if (n.JoinExpr) {
      const j = n.JoinExpr;
      this.fromItem(j.larg, scope);
      this.fromItem(j.rarg, scope);
      if (j.quals) j.quals = this.expr(j.quals, scope);
      if (j.isNatural || j.usingClause) {
        // the join columns read both sides
        const names = j.usingClause ? strings(j.usingClause) : [];
        for (const name of names) for (const it of scope.items) if (it.columns.includes(name)) this.columnDep(it, name);
      }
      return;
    }
    if (n.RangeSubselect) {
      const r = n.RangeSubselect;
      // a LATERAL subquery sees the FROM items before it; any subquery sees the enclosing queries
      const outer: Scope | undefined = r.lateral ? { items: [...scope.items], ctes: scope.ctes, parent: scope.parent } : scope.parent;
      const out = this.select(r.subquery, { items: [], ctes: new Map(scope.ctes), parent: outer });
      const aliasCols = strings(r.alias?.colnames);
      scope.items.push({ alias: r.alias?.aliasname ?? 'unnamed_subquery', columns: out.columns.map((c, i) => aliasCols[i] ?? c), underlying: new Map(), types: new Map() });
      return;
    }
    if (n.RangeFunction) {
      const r = n.RangeFunction;
      for (const f of r.functions ?? []) {
        const items = f.List?.items ?? [];
        if (items[0]) items[0] = this.expr(items[0], scope);
      }
      // ROWS FROM (f()) is f(), as PostgreSQL prints it (a column definition list with ORDINALITY needs ROWS FROM)
      if (r.is_rowsfrom && r.functions?.length === 1) {
        const items = r.functions[0].List?.items ?? [];
        const coldefs = items[1]?.List?.items;
        if (!(coldefs?.length && r.ordinality)) {
          delete r.is_rowsfrom;
          if (coldefs?.length) r.coldeflist = coldefs;
          r.functions[0] = { List: { items: [items[0], {}] } };
        }
      }
      const out = rangeFunctionColumns(this.cat, r);
      // as PostgreSQL stores it (and pg_dump prints it): the item named, every column listed (`f(a, b)`)
      if (out.known) r.alias = r.coldeflist?.length ? { aliasname: out.alias } : { aliasname: out.alias, colnames: out.columns.map((c) => ({ String: { sval: c } })) };
      scope.items.push({ alias: out.alias, columns: out.columns, underlying: new Map(), types: out.types });
      return;
    }
    // anything else (XML tables, TABLESAMPLE …): walk its expressions
    this.walkExprs(n, scope);
  }

  private columnDep(it: RangeItem, visible: string): void {
    if (!it.rel) return;
    this.add(this.deps.columns, `${it.rel}.${it.underlying.get(visible) ?? visible}`);
  }

  /** Resolve a ColumnRef: qualify it and record the dependency. Returns the replacement node(s) for `*`. */
  private columnRef(ref: Obj, scope: Scope): { node: Obj; item?: RangeItem; column?: string } {
    const fields = ref.fields as Obj[];
    const names = fields.map((f) => (f.String ? (f.String.sval as string) : '*'));
    const find = (pred: (it: RangeItem) => boolean): RangeItem | undefined => {
      for (let s: Scope | undefined = scope; s; s = s.parent) {
        const hit = s.items.find(pred);
        if (hit) return hit;
      }
      return undefined;
    };
    let item: RangeItem | undefined;
    let col: string | undefined;
    if (names.length === 1) {
      col = names[0]!;
      item = find((it) => it.columns.includes(col!));
      if (!item) {
        // a whole-row reference `t`
        const whole = find((it) => it.alias === col);
        if (whole?.rel) this.add(this.deps.relations, whole.rel);
        return { node: { ColumnRef: ref } };
      }
    } else {
      const qual = names[names.length - 2]!;
      const schemaQual = names.length >= 3 ? names[names.length - 3] : undefined;
      col = names[names.length - 1]!;
      item = find((it) => (it.alias === qual || it.oldAlias === qual) && (!schemaQual || !it.rel || it.rel.startsWith(`${schemaQual}.`) || it.oldAlias === qual));
      if (!item) return { node: { ColumnRef: ref } };
    }
    if (col === '*') return { node: { ColumnRef: ref }, item };
    const cr = this.rewrite.column;
    let out = col;
    if (cr && item.rel === cr.rel && (item.underlying.get(col) ?? col) === cr.to && col === cr.from) out = cr.to;
    this.columnDep(item, col);
    return { node: { ColumnRef: { fields: [{ String: { sval: item.alias } }, { String: { sval: out } }] } }, item, column: col };
  }

  /** Walk an expression, resolving column references; returns the rewritten node. */
  expr(n: unknown, scope: Scope): any {
    if (Array.isArray(n)) return n.map((x) => this.expr(x, scope));
    if (!n || typeof n !== 'object') return n;
    const o = n as Obj;
    if (o.ColumnRef) return this.columnRef(o.ColumnRef, scope).node;
    if (o.SubLink) {
      const s = o.SubLink;
      if (s.testexpr) s.testexpr = this.expr(s.testexpr, scope);
      this.select(s.subselect, { items: [], ctes: new Map(), parent: scope });
      return o;
    }
    if (o.FuncCall) {
      const f = o.FuncCall;
      const names = strings(f.funcname);
      const resolved = this.function(names);
      // builtins keep their spelling: pg_catalog.extract with SQL syntax prints as EXTRACT(… FROM …)
      if (resolved) f.funcname = resolved.map((s) => ({ String: { sval: s } }));
      for (const k of Object.keys(f)) if (k !== 'funcname') f[k] = this.expr(f[k], scope);
      return o;
    }
    if (o.TypeCast) {
      const t = typeFromNode(o.TypeCast.typeName, this.cat);
      if (t.schema) this.add(this.deps.types, `${t.schema}.${t.name}`);
      o.TypeCast.arg = this.expr(o.TypeCast.arg, scope);
      return o;
    }
    if (o.SelectStmt) {
      this.select(o, { items: [], ctes: new Map(), parent: scope });
      return o;
    }
    for (const k of Object.keys(o)) o[k] = this.expr(o[k], scope);
    return o;
  }

  private walkExprs(n: Obj, scope: Scope): void {
    for (const k of Object.keys(n)) n[k] = this.expr(n[k], scope);
  }

  /** A called function: `[schema, name]` when it is one of the catalogue's. */
  private function(names: string[]): [string, string] | undefined {
    const name = names[names.length - 1]!;
    const schemas = names.length >= 2 ? [names[names.length - 2]!] : this.cat.searchPath;
    for (const s of schemas) {
      const prefix = `${s}.${name}(`;
      for (const k of this.cat.functions.keys()) {
        if (k.startsWith(prefix)) {
          this.add(this.deps.functions, `${s}.${name}`);
          return [s, name];
        }
      }
    }
    return undefined;
  }

  /** A SELECT (or set operation, or VALUES): returns its output columns. Accepts `{SelectStmt}` or a bare SelectStmt. */
  select(node: Obj, scope: Scope): { columns: string[]; types: (TypeRef | undefined)[] } {
    const s = (node.SelectStmt ?? node) as Obj;
    if (s.withClause) {
      for (const c of s.withClause.ctes ?? []) {
        const cte = c.CommonTableExpr;
        if (!cte) continue;
        const cteScope: Scope = { items: [], ctes: new Map(scope.ctes), parent: scope.parent };
        const aliasCols = strings(cte.aliascolnames);
        if (s.withClause.recursive) scope.ctes.set(cte.ctename, aliasCols.length ? aliasCols : []);
        cteScope.ctes = new Map(scope.ctes);
        const query = cte.ctequery as Obj;
        let out: { columns: string[] } = { columns: [] };
        if (query.SelectStmt) out = this.select(query, cteScope);
        else this.walkExprs(query, cteScope);
        scope.ctes.set(cte.ctename, out.columns.map((col, i) => aliasCols[i] ?? col));
      }
    }
    if (s.op && s.op !== 'SETOP_NONE') {
      const left = this.select(s.larg, { items: [], ctes: new Map(scope.ctes), parent: scope.parent });
      this.select(s.rarg, { items: [], ctes: new Map(scope.ctes), parent: scope.parent });
      for (const k of ['sortClause', 'limitOffset', 'limitCount']) if (s[k]) s[k] = this.expr(s[k], { items: [], ctes: scope.ctes, parent: scope.parent });
      return left;
    }
    if (s.valuesLists) {
      s.valuesLists = this.expr(s.valuesLists, scope);
      const first = s.valuesLists[0]?.List?.items ?? [];
      return { columns: first.map((_: unknown, i: number) => `column${i + 1}`), types: first.map(() => undefined) };
    }
    const local: Scope = { items: [], ctes: scope.ctes, parent: scope.parent };
    for (const f of s.fromClause ?? []) this.fromItem(f, local);
    const columns: string[] = [];
    const types: (TypeRef | undefined)[] = [];
    const targets: Obj[] = [];
    for (const t of s.targetList ?? []) {
      const rt = t.ResTarget as Obj;
      const cref = rt.val?.ColumnRef;
      const isStar = cref && (cref.fields as Obj[]).some((f) => f.A_Star);
      if (isStar) {
        const r = this.columnRef(cref, local);
        const items = r.item ? [r.item] : local.items;
        for (const it of items) {
          for (const c of it.columns) {
            this.columnDep(it, c);
            targets.push({ ResTarget: { name: c, val: { ColumnRef: { fields: [{ String: { sval: it.alias } }, { String: { sval: c } }] } } } });
            columns.push(c);
            types.push(it.types.get(c));
          }
        }
        continue;
      }
      const name = rt.name ?? figureColname(rt.val);
      let type: TypeRef | undefined;
      if (cref) {
        const r = this.columnRef(cref, local);
        rt.val = r.node;
        if (r.item && r.column) type = r.item.types.get(r.column);
      } else {
        if (rt.val?.TypeCast) type = typeFromNode(rt.val.TypeCast.typeName, this.cat);
        rt.val = this.expr(rt.val, local);
      }
      rt.name = name;
      targets.push({ ResTarget: rt });
      columns.push(name);
      types.push(type);
    }
    if (s.targetList) s.targetList = targets;
    for (const k of ['whereClause', 'groupClause', 'havingClause', 'windowClause', 'distinctClause', 'sortClause', 'limitOffset', 'limitCount']) {
      if (s[k]) s[k] = this.expr(s[k], local);
    }
    return { columns, types };
  }
}

function lookupCte(scope: Scope, name: string): string[] | undefined {
  for (let s: Scope | undefined = scope; s; s = s.parent) {
    const c = s.ctes.get(name);
    if (c) return c;
  }
  return undefined;
}

function splitKey(k: string): [string, string] {
  const i = k.indexOf('.');
  return [k.slice(0, i), k.slice(i + 1)];
}

/** Removes locations (and the list offsets libpg-query adds) from a copy of the tree. */
export function withoutLocations<T>(n: T): T {
  if (Array.isArray(n)) return n.map(withoutLocations) as T;
  if (n && typeof n === 'object') {
    const out: Obj = {};
    for (const [k, v] of Object.entries(n as Obj)) {
      if (k === 'location' || k === 'stmt_location' || k === 'stmt_len' || k === 'rexpr_list_start' || k === 'rexpr_list_end') continue;
      out[k] = withoutLocations(v);
    }
    return out as T;
  }
  return n;
}

/**
 * Analyse a SELECT (`{SelectStmt}`): normalised copy, output columns, dependencies. `columnNames`
 * (a view's column list) rename the first output columns, as PostgreSQL stores them.
 */
export function analyseQuery(node: Node, cat: Catalog, opts: { columnNames?: string[]; rewrite?: QueryRewrite } = {}): QueryAnalysis {
  const query = withoutLocations(node) as Obj;
  const a = new Analyser(cat, opts.rewrite);
  const out = a.select(query, { items: [], ctes: new Map() });
  const names = opts.columnNames ?? [];
  const columns = out.columns.map((c, i) => names[i] ?? c);
  if (names.length) applyOutputNames(query, columns);
  return { query: query as Node, columns, deps: a.deps, types: out.types };
}

/** Name the output columns of a query (the leftmost SELECT of a set operation). */
function applyOutputNames(query: Obj, names: string[]): void {
  let s = (query.SelectStmt ?? query) as Obj;
  while (s.op && s.op !== 'SETOP_NONE') s = s.larg;
  (s.targetList ?? []).forEach((t: Obj, i: number) => {
    if (names[i] !== undefined) t.ResTarget.name = names[i];
  });
}
