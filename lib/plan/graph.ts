/**
 * The dependency graph over changes. Phases (phases.ts) give every change kind a default place;
 * this graph adds the orderings phases cannot know: a view after the view and columns it reads,
 * a trigger after its function, a function after the tables its SQL body reads, a view dropped
 * before the column it reads changes type, a view replaced before the column it stops reading is
 * dropped. Each change says which objects it creates, needs, removes and releases (stops
 * depending on); creators go before needers, releasers before removers.
 *
 * A function whose body is a string (LANGUAGE sql or plpgsql `AS '…'`) needs what its body reads or
 * declares only for PostgreSQL's check at creation (check_function_bodies), which records nothing:
 * those needs are soft. A cycle through a soft need (a table whose default calls a function whose body
 * declares the table's row type) is broken there: the function is created first with the check off,
 * as pg_dump creates every function; going away, the table is dropped first.
 *
 * The order is a topological sort that prefers the phase order: among the changes whose
 * prerequisites are done, the earliest in phase order goes next. Without edges that is exactly the
 * phase order. A cycle is broken at a soft need when it has one, else deterministically by taking the
 * earliest remaining change.
 */
import type { Catalog, Column, Constraint, Expr, Func, Index, Policy, RangeType, Rule, StatisticsObject, Table, Trigger, TypeRef, View } from '../catalog/model/catalog.js';
import type { Change } from '../diff/change.js';
import { strings } from '../parse/ast.js';
import { referencedColumns } from '../catalog/query/expr.js';
import { policyDependencies } from '../catalog/query/column-users.js';
import { childrenOf } from '../catalog/query/children.js';
import { methodKey } from '../catalog/query/operator-keys.js';
import type { FamilyMember } from '../catalog/model/operator.js';

export interface GraphContext {
  from: Catalog;
  to: Catalog;
}

interface Deps {
  creates: string[];
  needs: string[];
  /** Needs of a string body's check at creation only (PostgreSQL records none of them). */
  checks: string[];
  removes: string[];
  releases: string[];
  /** What a string body stopped needing: dropped before it, though PostgreSQL would not refuse the other order. */
  unchecks: string[];
}

const rel = (s: string, n: string) => `r:${s}.${n}`;
const col = (s: string, t: string, c: string) => `c:${s}.${t}.${c}`;
const fn = (key: string) => `f:${key}`;
const trg = (s: string, t: string, n: string) => `g:${s}.${t}.${n}`;
const opclass = (s: string, n: string, method: string) => `o:${methodKey(s, n, method)}`;

const memberTarget = (m: FamilyMember) => (m.kind === 'operator' ? `op:${m.target.schema}.${m.target.name}` : fn(`${m.target.schema}.${m.target.name}`));

/**
 * What a range type records in pg_depend besides its subtype: its SUBTYPE_OPCLASS (a btree class) and
 * its SUBTYPE_DIFF function, unqualified names through the search path. (CANONICAL takes the range type
 * itself: pg_dump's shell type form, not ordered here; COLLATION: collations come earlier by phase.)
 */
function rangeNeeds(r: RangeType, cat: Catalog): string[] {
  const out: string[] = [];
  const schemas = (name: string) => {
    const parts = name.split('.');
    return parts.length > 1 ? { schemas: [parts[0]!], name: parts[1]! } : { schemas: cat.searchPath, name };
  };
  if (r.opclass) {
    const q = schemas(r.opclass);
    for (const s of q.schemas) if (cat.opclasses.has(methodKey(s, q.name, 'btree'))) out.push(opclass(s, q.name, 'btree'));
  }
  if (r.subtypeDiff) {
    const q = schemas(r.subtypeDiff);
    for (const s of q.schemas) out.push(fn(`${s}.${q.name}`));
  }
  return out;
}
const typ = (t: TypeRef) => (t.schema ? [`t:${t.schema}.${t.name}`] : []);

/** Functions an expression calls, as `f:schema.name` (unqualified names through the search path). */
function calls(node: unknown, searchPath: string[], out: string[] = []): string[] {
  if (Array.isArray(node)) node.forEach((x) => calls(x, searchPath, out));
  else if (node && typeof node === 'object') {
    const o = node as Record<string, any>;
    if (o.FuncCall) {
      const names = strings(o.FuncCall.funcname);
      if (names.length >= 2) out.push(fn(`${names[names.length - 2]}.${names[names.length - 1]}`));
      else for (const s of searchPath) out.push(fn(`${s}.${names[0]}`));
    }
    for (const v of Object.values(o)) calls(v, searchPath, out);
  }
  return out;
}

const exprCalls = (e: Expr | undefined, cat: Catalog) => (e ? calls(e.node, cat.searchPath) : []);

/** Columns of table `t` an expression reads (plain references; not those of subqueries). */
const reads = (t: { schema: string; name: string }, ...es: (Expr | undefined)[]) =>
  es.flatMap((e) => (e ? referencedColumns(e.node).map((n) => col(t.schema, t.name, n)) : []));

/** A generated column reads the other columns of its table. */
function columnNeeds(c: Column, cat: Catalog, t: { schema: string; name: string }): string[] {
  return [...typ(c.type), ...exprCalls(c.default, cat), ...exprCalls(c.generated, cat), ...reads(t, c.generated).filter((x) => x !== col(t.schema, t.name, c.name))];
}

/** What a constraint reads: the columns of its table (CHECK, keys) and, for a foreign key, the referenced ones. */
function constraintReads(k: Constraint, t: { schema: string; name: string }, cat: Catalog): string[] {
  switch (k.kind) {
    case 'check':
    case 'exclude':
      return [...exprCalls(k.expr, cat), ...reads(t, k.expr)];
    case 'foreign':
      return [...k.columns.map((n) => col(t.schema, t.name, n)), ...k.refColumns.map((n) => col(k.refSchema, k.refTable, n))];
    default:
      return [...k.columns, ...k.include].map((n) => col(t.schema, t.name, n));
  }
}

function indexReads(i: Index, cat: Catalog): string[] {
  const t = { schema: i.schema, name: i.table };
  return [
    ...i.keys.flatMap((k) => [...exprCalls(k.expr, cat), ...(k.column ? [col(i.schema, i.table, k.column)] : []), ...reads(t, k.expr)]),
    ...i.include.map((n) => col(i.schema, i.table, n)), ...exprCalls(i.where, cat), ...reads(t, i.where),
  ];
}

/** What a policy reads: columns and relations (subqueries too), functions, types. */
function policyReads(p: Policy, t: Table, cat: Catalog): string[] {
  const deps = policyDependencies(cat, t, p);
  return [
    ...exprCalls(p.using, cat), ...exprCalls(p.check, cat), ...reads(t, p.using, p.check),
    ...deps.relations.filter((r) => r !== `${t.schema}.${t.name}`).map((r) => `r:${r}`), ...deps.columns.map((c) => `c:${c}`),
    ...deps.types.map((x) => `t:${x}`),
  ];
}

function statisticsReads(s: StatisticsObject, cat: Catalog): string[] {
  return [...s.columns.map((n) => col(s.table.schema, s.table.name, n)), ...reads(s.table, ...s.exprs), ...s.exprs.flatMap((e) => exprCalls(e, cat))];
}

/** The columns of UPDATE OF and WHEN, and the functions WHEN calls. */
const triggerReads = (t: Trigger, cat: Catalog) => [
  ...[...t.columns, ...(t.when ? referencedColumns(t.when.node) : [])].map((n) => col(t.schema, t.table, n)), ...exprCalls(t.when, cat),
];

/** What a rule's condition and actions read and write (its relation's columns through NEW and OLD too). */
const ruleReads = (r: Rule) => [
  ...r.deps.relations.map((x) => `r:${x}`), ...r.deps.columns.map((c) => `c:${c}`), ...r.deps.functions.map(fn), ...r.deps.types.map((t) => `t:${t}`),
];

/** What `from` read that `now` does not. */
const released = (from: string[], now: string[]) => {
  const keep = new Set(now);
  return from.filter((x) => !keep.has(x));
};

function viewDeps(v: View): string[] {
  return [
    ...v.deps.relations.map((r) => `r:${r}`), ...v.deps.columns.map((c) => `c:${c}`),
    ...v.deps.functions.map(fn), ...v.deps.types.map((t) => `t:${t}`),
  ];
}

function viewProvides(v: View): string[] {
  return [rel(v.schema, v.name), `t:${v.schema}.${v.name}`, ...v.columns.map((c) => col(v.schema, v.name, c))];
}

/**
 * What a function needs that PostgreSQL records: its signature, argument defaults, an aggregate's support
 * functions, the planner support function (SUPPORT), a SQL-standard body.
 */
function functionNeeds(f: Func, cat: Catalog): string[] {
  const aggregate = (f.aggregate?.options ?? []).filter(([k]) => k.endsWith('func')).map(([, v]) => fn(v.includes('.') ? v : `${cat.searchPath[0]}.${v}`));
  return [
    ...aggregate, ...(f.support ? [fn(`${f.support.schema}.${f.support.name}`)] : []),
    ...f.args.flatMap((a) => [...typ(a.type), ...exprCalls(a.default, cat)]), ...(f.returns ? typ(f.returns.type) : []),
    ...(f.sqlBody ? bodyNeeds(f) : []),
  ];
}

/** What the body reads or declares; only checked at creation when the body is a string. */
function bodyNeeds(f: Func): string[] {
  return [
    ...f.deps.relations.map((r) => `r:${r}`), ...f.deps.columns.map((c) => `c:${c}`),
    ...f.deps.functions.map(fn).filter((x) => x !== fn(`${f.schema}.${f.name}`)), ...f.deps.types.map((t) => `t:${t}`),
  ];
}

const bodyChecks = (f: Func) => (f.sqlBody ? [] : bodyNeeds(f));

function tableColumn(cat: Catalog, t: { schema: string; name: string }, c: string): Column | undefined {
  return cat.tables.get(`${t.schema}.${t.name}`)?.columns.get(c);
}

function tableDeps(t: Table, cat: Catalog): string[] {
  return [...t.columns.values()].flatMap((c) => columnNeeds(c, cat, t));
}

/** What a table's CHECKs and policies call (released when the table goes). */
function tableCalls(t: Table, cat: Catalog): string[] {
  return [
    ...[...t.constraints.values()].flatMap((k) => (k.kind === 'check' || k.kind === 'exclude' ? exprCalls(k.expr, cat) : [])),
    ...[...(t.policies?.values() ?? [])].flatMap((p) => [...exprCalls(p.using, cat), ...exprCalls(p.check, cat)]),
  ];
}

/** What a change creates, needs, removes and releases. Kinds without ordering subtleties have none. */
function depsOf(c: Change, g: GraphContext): Deps {
  const d: Deps = { creates: [], needs: [], checks: [], removes: [], releases: [], unchecks: [] };
  switch (c.kind) {
    case 'create_table':
      d.creates.push(rel(c.table.schema, c.table.name), `t:${c.table.schema}.${c.table.name}`, ...[...c.table.columns.keys()].map((n) => col(c.table.schema, c.table.name, n)));
      d.needs.push(...tableDeps(c.table, g.to));
      for (const k of c.table.constraints.values()) if (k.kind === 'check') d.needs.push(...exprCalls(k.expr, g.to));
      break;
    case 'drop_table': {
      const t = g.from.tables.get(`${c.table.schema}.${c.table.name}`) ?? c.table;
      d.removes.push(rel(t.schema, t.name), `t:${t.schema}.${t.name}`, ...[...t.columns.keys()].map((n) => col(t.schema, t.name, n)));
      d.releases.push(...tableDeps(t, g.from), ...tableCalls(t, g.from));
      break;
    }
    case 'add_column': {
      d.creates.push(col(c.table.schema, c.table.name, c.column.name));
      d.needs.push(rel(c.table.schema, c.table.name), ...columnNeeds(c.column, g.to, c.table));
      // a child that declares the column too adds it first: the parent's ADD COLUMN then merges with it
      const parent = g.to.tables.get(`${c.table.schema}.${c.table.name}`);
      if (parent) for (const child of childrenOf(g.to, parent)) if (child.columns.get(c.column.name)?.inherited?.local) d.needs.push(col(child.schema, child.name, c.column.name));
      break;
    }
    case 'drop_column': {
      d.removes.push(col(c.table.schema, c.table.name, c.column.name));
      const old = tableColumn(g.from, c.table, c.column.name);
      if (old) d.releases.push(...columnNeeds(old, g.from, c.table));
      // a child's copy stops being inherited from this table: the child's own drop of it comes after
      const parent = g.from.tables.get(`${c.table.schema}.${c.table.name}`);
      if (parent) {
        for (const child of childrenOf(g.from, parent)) {
          if (child.columns.get(c.column.name)?.inherited && g.to.tables.has(`${child.schema}.${child.name}`)) d.releases.push(col(child.schema, child.name, c.column.name));
        }
      }
      break;
    }
    case 'alter_column_type':
      // readers of the column must be gone before and come back after
      d.removes.push(col(c.table.schema, c.table.name, c.column.name));
      d.creates.push(col(c.table.schema, c.table.name, c.column.name));
      d.needs.push(...typ(c.column.type));
      d.releases.push(...typ(c.from.type));
      break;
    case 'set_expression': {
      // the new expression needs what it calls and reads; the old one releases what only it used
      const generation = (x: Column, cat: Catalog) => [...exprCalls(x.generated, cat), ...reads(c.table, x.generated).filter((r) => r !== col(c.table.schema, c.table.name, x.name))];
      d.needs.push(...generation(c.column, g.to));
      d.releases.push(...generation(c.from, g.from));
      break;
    }
    case 'drop_expression': {
      const old = tableColumn(g.from, c.table, c.column.name);
      if (old) d.releases.push(...exprCalls(old.generated, g.from), ...reads(c.table, old.generated).filter((r) => r !== col(c.table.schema, c.table.name, old.name)));
      break;
    }
    case 'set_default': {
      d.needs.push(...exprCalls(c.column.default, g.to));
      // the default it replaces stops calling what the new one does not call
      d.releases.push(...released(exprCalls(tableColumn(g.from, c.table, c.column.name)?.default, g.from), exprCalls(c.column.default, g.to)));
      break;
    }
    case 'drop_default':
      d.releases.push(...exprCalls(tableColumn(g.from, c.table, c.column.name)?.default, g.from));
      break;
    case 'add_constraint':
      d.needs.push(...constraintReads(c.constraint, c.table, g.to));
      break;
    case 'drop_constraint':
      d.releases.push(...constraintReads(c.constraint, c.table, g.from));
      break;
    case 'create_index':
      d.needs.push(rel(c.index.schema, c.index.table), ...indexReads(c.index, g.to));
      break;
    case 'drop_index':
      d.releases.push(...indexReads(c.index, g.from));
      break;
    case 'create_statistics':
      d.needs.push(...statisticsReads(c.statistics, g.to));
      break;
    case 'drop_statistics':
      d.releases.push(...statisticsReads(c.statistics, g.from));
      break;
    case 'create_view':
      d.creates.push(...viewProvides(c.view));
      d.needs.push(...viewDeps(c.view));
      break;
    case 'replace_view': {
      d.creates.push(...viewProvides(c.view));
      d.needs.push(...viewDeps(c.view));
      const now = new Set(viewDeps(c.view));
      d.releases.push(...viewDeps(c.from).filter((x) => !now.has(x)));
      break;
    }
    case 'set_view_default':
      d.needs.push(col(c.view.schema, c.view.name, c.column), ...exprCalls(c.default, g.to));
      d.releases.push(...released(exprCalls(g.from.views.get(`${c.view.schema}.${c.view.name}`)?.columnDefaults.get(c.column), g.from), exprCalls(c.default, g.to)));
      break;
    case 'drop_view':
      d.removes.push(...viewProvides(c.view));
      d.releases.push(...viewDeps(c.view));
      break;
    case 'create_function':
    case 'replace_function':
      d.creates.push(fn(`${c.func.schema}.${c.func.name}`));
      d.needs.push(...functionNeeds(c.func, g.to));
      d.checks.push(...bodyChecks(c.func));
      // CREATE OR REPLACE of a SQL-standard body forgets what the old body used
      if (c.kind === 'replace_function') {
        const now = [...functionNeeds(c.func, g.to), ...bodyChecks(c.func)];
        d.releases.push(...released(functionNeeds(c.from, g.from), now));
        d.unchecks.push(...released(bodyChecks(c.from), now));
      }
      break;
    case 'drop_function':
      d.removes.push(fn(`${c.func.schema}.${c.func.name}`));
      // argument defaults and SQL-standard bodies are dependencies PostgreSQL records
      d.releases.push(...functionNeeds(c.func, g.from));
      d.unchecks.push(...bodyChecks(c.func));
      break;
    case 'create_trigger': {
      const t = c.trigger;
      d.needs.push(rel(t.schema, t.table), fn(`${t.function.schema}.${t.function.name}`), ...triggerReads(t, g.to));
      if (t.fromTable) d.needs.push(rel(t.fromTable.schema, t.fromTable.name));
      d.creates.push(trg(t.schema, t.table, t.name));
      break;
    }
    case 'set_trigger_state': {
      // a clone's state after its parent trigger's creation and state (ALTER TABLE parent … TRIGGER reaches the clones)
      const t = c.trigger;
      d.creates.push(trg(t.schema, t.table, t.name));
      if (t.clonedFrom) d.needs.push(`g:${t.clonedFrom}.${t.name}`);
      break;
    }
    case 'drop_trigger': {
      const t = c.trigger;
      d.releases.push(fn(`${t.function.schema}.${t.function.name}`), ...triggerReads(t, g.from));
      break;
    }
    case 'create_rule':
    case 'replace_rule':
    case 'set_rule_state':
      d.needs.push(rel(c.rule.schema, c.rule.table), ...(c.kind === 'set_rule_state' ? [] : ruleReads(c.rule)));
      // CREATE OR REPLACE RULE forgets what the old actions read
      if (c.kind === 'replace_rule') d.releases.push(...released(ruleReads(c.from), ruleReads(c.rule)));
      break;
    case 'drop_rule':
      d.releases.push(...ruleReads(c.rule));
      break;
    // a cast records its function and its two types; an event trigger its function
    case 'create_cast':
    case 'drop_cast': {
      const x = c.cast;
      const uses = [...typ(x.source), ...typ(x.target), ...(x.function?.schema ? [fn(`${x.function.schema}.${x.function.name}`)] : [])];
      (c.kind === 'create_cast' ? d.needs : d.releases).push(...uses);
      break;
    }
    case 'create_event_trigger':
    case 'drop_event_trigger': {
      const f = c.trigger.function;
      if (f.schema) (c.kind === 'create_event_trigger' ? d.needs : d.releases).push(fn(`${f.schema}.${f.name}`));
      break;
    }
    case 'create_enum':
      d.creates.push(`t:${c.type.schema}.${c.type.name}`);
      break;
    // a range's subtype and a composite's attributes may be any type, a table's row type too
    case 'create_range':
      d.creates.push(`t:${c.type.schema}.${c.type.name}`);
      d.needs.push(...typ(c.type.subtype), ...rangeNeeds(c.type, g.to));
      break;
    case 'create_operator_class':
      d.creates.push(opclass(c.opclass.schema, c.opclass.name, c.opclass.method));
      break;
    case 'drop_operator_class': {
      d.removes.push(opclass(c.opclass.schema, c.opclass.name, c.opclass.method));
      // its members' operators and functions stay until it is gone (when a range type holds the class back)
      const fam = g.from.opfamilies.get(methodKey(c.opclass.family.schema, c.opclass.family.name, c.opclass.method));
      const own = `${c.opclass.schema}.${c.opclass.name}`;
      d.releases.push(...[...(fam?.members.values() ?? [])].filter((m) => m.boundTo === own).map(memberTarget));
      break;
    }
    case 'drop_operator_family':
      // DROP OPERATOR FAMILY takes its classes along
      for (const x of g.from.opclasses.values()) {
        if (x.family.schema === c.family.schema && x.family.name === c.family.name && x.method === c.family.method) d.removes.push(opclass(x.schema, x.name, x.method));
      }
      d.releases.push(...[...c.family.members.values()].map(memberTarget));
      break;
    case 'drop_operator':
      d.removes.push(`op:${c.operator.schema}.${c.operator.name}`);
      break;
    case 'create_composite':
      d.creates.push(`t:${c.type.schema}.${c.type.name}`);
      d.needs.push(...c.type.attributes.flatMap((a) => typ(a.type)));
      break;
    case 'drop_composite': {
      const x = g.from.composites.get(`${c.type.schema}.${c.type.name}`) ?? c.type;
      d.removes.push(`t:${x.schema}.${x.name}`);
      d.releases.push(...x.attributes.flatMap((a) => typ(a.type)));
      break;
    }
    case 'drop_range': {
      const x = g.from.ranges.get(`${c.type.schema}.${c.type.name}`) ?? c.type;
      d.removes.push(`t:${x.schema}.${x.name}`);
      d.releases.push(...typ(x.subtype), ...rangeNeeds(x, g.from));
      break;
    }
    case 'add_attribute':
      d.needs.push(...typ(c.attribute.type));
      break;
    case 'alter_attribute_type':
      d.needs.push(...typ(c.attribute.type));
      d.releases.push(...released(typ(c.from.type), typ(c.attribute.type)));
      break;
    case 'drop_attribute':
      d.releases.push(...typ(c.attribute.type));
      break;
    case 'create_domain': {
      const x = c.domain;
      d.creates.push(`t:${x.schema}.${x.name}`);
      d.needs.push(...typ(x.baseType), ...exprCalls(x.default, g.to), ...[...x.constraints.values()].flatMap((k) => exprCalls(k.expr, g.to)));
      break;
    }
    case 'drop_domain': {
      const x = g.from.domains.get(`${c.domain.schema}.${c.domain.name}`) ?? c.domain;
      d.removes.push(`t:${x.schema}.${x.name}`);
      d.releases.push(...typ(x.baseType), ...exprCalls(x.default, g.from), ...[...x.constraints.values()].flatMap((k) => exprCalls(k.expr, g.from)));
      break;
    }
    case 'alter_domain_default':
      d.needs.push(...exprCalls(c.domain.default, g.to));
      // a default set again after a function it calls is recreated releases nothing
      d.releases.push(...released(exprCalls(g.from.domains.get(`${c.domain.schema}.${c.domain.name}`)?.default, g.from), exprCalls(c.domain.default, g.to)));
      break;
    case 'add_domain_constraint':
      d.needs.push(...exprCalls(c.constraint.expr, g.to));
      break;
    case 'drop_domain_constraint':
      d.releases.push(...exprCalls(c.constraint.expr, g.from));
      break;
    case 'create_policy':
    case 'alter_policy':
      d.needs.push(rel(c.table.schema, c.table.name), ...policyReads(c.policy, c.table, g.to));
      if (c.kind === 'alter_policy') d.releases.push(...released(policyReads(c.from, c.table, g.from), policyReads(c.policy, c.table, g.to)));
      break;
    case 'drop_policy':
      d.releases.push(...policyReads(c.policy, c.table, g.from));
      break;
    case 'drop_enum':
      d.removes.push(`t:${c.type.schema}.${c.type.name}`);
      break;
    case 'recreate_enum':
      d.removes.push(`t:${c.type.schema}.${c.type.name}`);
      d.creates.push(`t:${c.type.schema}.${c.type.name}`);
      for (const x of c.columns) {
        d.removes.push(col(x.table.schema, x.table.name, x.column.name));
        d.creates.push(col(x.table.schema, x.table.name, x.column.name));
      }
      break;
    default:
      break;
  }
  return d;
}

/** A binary min-heap of change positions. */
class Heap {
  private a: number[] = [];
  get size(): number { return this.a.length; }
  push(x: number): void {
    const a = this.a;
    a.push(x);
    for (let i = a.length - 1; i > 0; ) {
      const p = (i - 1) >> 1;
      if (a[p]! <= x) break;
      a[i] = a[p]!;
      a[p] = x;
      i = p;
    }
  }
  pop(): number {
    const a = this.a;
    const top = a[0]!;
    const last = a.pop()!;
    if (a.length) {
      a[0] = last;
      for (let i = 0; ; ) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < a.length && a[l]! < a[m]!) m = l;
        if (r < a.length && a[r]! < a[m]!) m = r;
        if (m === i) break;
        [a[i], a[m]] = [a[m]!, a[i]!];
        i = m;
      }
    }
    return top;
  }
}

/** An edge `before → after` between positions of `changes`; soft when only a body's check at creation needs it. */
export interface Edge {
  before: number;
  after: number;
  soft: boolean;
}

/** The edges between positions of `changes`. */
export function dependencyEdges(changes: Change[], g: GraphContext): Edge[] {
  const creators = new Map<string, number[]>();
  const needers = new Map<string, number[]>();
  const checkers = new Map<string, number[]>();
  const removers = new Map<string, number[]>();
  const releasers = new Map<string, number[]>();
  const uncheckers = new Map<string, number[]>();
  const add = (m: Map<string, number[]>, ids: string[], i: number) => {
    for (const id of new Set(ids)) {
      const l = m.get(id);
      if (l) l.push(i);
      else m.set(id, [i]);
    }
  };
  changes.forEach((c, i) => {
    const d = depsOf(c, g);
    add(creators, d.creates, i);
    add(needers, d.needs, i);
    add(checkers, d.checks, i);
    add(removers, d.removes, i);
    add(releasers, d.releases, i);
    add(uncheckers, d.unchecks, i);
  });
  const edges: Edge[] = [];
  const link = (from: Map<string, number[]>, to: Map<string, number[]>, soft = false) => {
    for (const [id, xs] of from) {
      const ys = to.get(id);
      if (!ys) continue;
      for (const x of xs) for (const y of ys) if (x !== y) edges.push({ before: x, after: y, soft });
    }
  };
  link(creators, needers);
  link(creators, checkers, true);
  link(releasers, removers);
  link(uncheckers, removers, true);
  link(removers, creators); // an object dropped and created again: the drop first
  return edges;
}

/**
 * The change to take when every remaining one waits on another: the earliest member of a strongly
 * connected component that no other remaining component points into (Tarjan's algorithm).
 */
function cycleBreaker(next: number[][], done: boolean[]): number {
  const n = next.length;
  const index = new Array<number>(n).fill(-1);
  const low = new Array<number>(n).fill(0);
  const comp = new Array<number>(n).fill(-1);
  const stack: number[] = [];
  const onStack = new Array<boolean>(n).fill(false);
  let counter = 0;
  let comps = 0;
  const strong = (v: number): void => {
    index[v] = low[v] = counter++;
    stack.push(v);
    onStack[v] = true;
    for (const w of next[v]!) {
      if (done[w]) continue;
      if (index[w] === -1) { strong(w); low[v] = Math.min(low[v]!, low[w]!); }
      else if (onStack[w]) low[v] = Math.min(low[v]!, index[w]!);
    }
    if (low[v] === index[v]) {
      for (let w = -1; w !== v; ) { w = stack.pop()!; onStack[w] = false; comp[w] = comps; }
      comps++;
    }
  };
  for (let v = 0; v < n; v++) if (!done[v] && index[v] === -1) strong(v);
  const entered = new Array<boolean>(comps).fill(false);
  for (let v = 0; v < n; v++) {
    if (done[v]) continue;
    for (const w of next[v]!) if (!done[w] && comp[w] !== comp[v]) entered[comp[w]!] = true;
  }
  for (let v = 0; v < n; v++) if (!done[v] && !entered[comp[v]!]) return v;
  return done.indexOf(false);
}

/**
 * Topological order of `changes` (already in phase order) preferring that order; stable across runs.
 * Returns the input unchanged when no change needs another.
 */
export function orderByDependencies(changes: Change[], g: GraphContext): Change[] {
  const edges = dependencyEdges(changes, g);
  if (!edges.length) return changes;
  const n = changes.length;
  const indegree = new Array<number>(n).fill(0);
  const hard = new Array<number>(n).fill(0); // prerequisites not done that are not soft
  const next: number[][] = Array.from({ length: n }, () => []);
  const soft: boolean[][] = Array.from({ length: n }, () => []);
  for (const e of edges) {
    next[e.before]!.push(e.after);
    soft[e.before]!.push(e.soft);
    indegree[e.after]!++;
    if (!e.soft) hard[e.after]!++;
  }
  const ready = new Heap();
  for (let i = 0; i < n; i++) if (indegree[i] === 0) ready.push(i);
  const done = new Array<boolean>(n).fill(false);
  const out: Change[] = [];
  while (out.length < n) {
    let i: number;
    let unchecked = false;
    if (ready.size) i = ready.pop();
    else {
      // a cycle: break it at a soft need (the earliest change waiting on nothing else), else take the
      // earliest change of a cycle nothing else waits on, as if its prerequisites were done
      i = hard.findIndex((h, k) => h === 0 && !done[k]);
      unchecked = i >= 0;
      if (i < 0) i = cycleBreaker(next, done);
    }
    if (done[i]) continue;
    done[i] = true;
    out.push(unchecked ? uncheckedBody(changes[i]!) : changes[i]!);
    next[i]!.forEach((j, k) => {
      if (!soft[i]![k]) hard[j]!--;
      if (--indegree[j]! === 0 && !done[j]) ready.push(j);
    });
  }
  return out;
}

/** A function created before what its string body needs: created with check_function_bodies off. */
function uncheckedBody(c: Change): Change {
  return c.kind === 'create_function' || c.kind === 'replace_function' ? { ...c, uncheckedBody: true } : c;
}
