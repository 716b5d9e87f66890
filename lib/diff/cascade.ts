/**
 * Dependents dropped and created again around a change that PostgreSQL would otherwise refuse:
 * altering the type of a column a view, trigger, rule, policy, SQL-standard body or generated column
 * reads, dropping a function a trigger (its function or its WHEN), view, policy, default, CHECK,
 * generated column, index, statistics object, domain, aggregate, argument default or SQL-standard
 * body uses (to create it again with another signature or result), recreating a view other views,
 * functions or policies read, replacing a relation by one of another kind under the same name (a
 * table by a view, a view by a materialized view, …), recreating an enum type functions use
 * (lib/catalog/query/column-users.ts says what PostgreSQL records; cascade-tables.ts the table-level
 * users). The dependents (from the `from` catalogue, transitively) get a drop — and, when they exist
 * in the target, a create with their comments, a materialized view's indexes, a view's triggers; a
 * dependent the diff changes anyway is handled once. It runs before diff.ts restores comments,
 * statistics targets and REPLICA IDENTITY of what is created again, and before privileges. Down
 * migrations get the same treatment, since they are diffs too. lib/plan/graph.ts puts the drops
 * before and the creates after. */
import type { Func, Rule, Trigger, View } from '../catalog/model/catalog.js';
import type { Change } from './change.js';
import type { DiffContext } from './context.js';
import { funcKey, identityArgs } from '../catalog/query/function-identity.js';
import { triggerKey } from '../catalog/model/trigger.js';
import { exprCalls } from '../catalog/query/expr-calls.js';
import { referencedColumns } from '../catalog/query/expr.js';
import { createViewChanges, viewKey } from './views.js';
import { generatedFrom, policiesUsing, dependentFunctions, rulesUsing, type TablePolicy } from '../catalog/query/column-users.js';
import { ruleKey } from '../catalog/model/rule.js';
import { ruleComment } from './rules.js';
import { recreateDomainUsers, recreateGeneratedColumn, recreateTypeDependents } from './cascade-columns.js';
import { TableUsers } from './cascade-tables.js';
import { recreateTypesBuiltOn } from './cascade-types.js';
import { functionComment } from './functions.js';
import { cloneStates, triggerComment } from './triggers.js';

type Disruption =
  | { kind: 'column'; schema: string; table: string; column: string }
  | { kind: 'relation'; schema: string; name: string }
  | { kind: 'function'; func: Func }
  | { kind: 'type'; schema: string; name: string };

function disruptionKey(d: Disruption): string {
  switch (d.kind) {
    case 'column': return `c:${d.schema}.${d.table}.${d.column}`;
    case 'relation': return `r:${d.schema}.${d.name}`;
    case 'function': return `f:${funcKey(d.func)}`;
    case 'type': return `t:${d.schema}.${d.name}`;
  }
}

class Cascade {
  private readonly queue: Disruption[] = [];
  private readonly seen = new Set<string>();
  private readonly tableUsers: TableUsers;
  constructor(private readonly ctx: DiffContext) {
    this.tableUsers = new TableUsers(ctx, (t, column) => this.disrupt({ kind: 'column', schema: t.schema, table: t.name, column }));
  }

  private get changes(): Change[] { return this.ctx.changes; }

  disrupt(d: Disruption): void {
    const k = disruptionKey(d);
    if (this.seen.has(k)) return;
    this.seen.add(k);
    this.queue.push(d);
  }

  private find(pred: (c: Change) => boolean): number {
    return this.changes.findIndex(pred);
  }

  private removeAll(pred: (c: Change) => boolean): void {
    for (let i = this.changes.length - 1; i >= 0; i--) if (pred(this.changes[i]!)) this.changes.splice(i, 1);
  }

  run(): void {
    while (this.queue.length) {
      const d = this.queue.shift()!;
      for (const v of this.viewsReading(d)) this.recreateView(v);
      for (const t of this.triggersOf(d)) this.recreateTrigger(t);
      // SQL-standard bodies and policies record what they use; string bodies do not
      for (const f of dependentFunctions(this.ctx.from, d)) if (!this.replacedWithout(f, d)) this.recreateFunction(f);
      for (const p of policiesUsing(this.ctx.from, d)) this.recreatePolicy(p);
      for (const r of rulesUsing(this.ctx.from, d)) if (d.kind !== 'function' || this.onlyOverload(d.func)) this.recreateRule(r);
      if (d.kind === 'column') this.recreateGenerated(d);
      if (d.kind === 'function') {
        this.tableUsers.recreate(d.func);
        recreateDomainUsers(this.ctx, d.func);
      }
      if (d.kind === 'type') {
        for (const f of this.functionsUsing(d)) this.recreateFunction(f);
        for (const t of recreateTypesBuiltOn(this.ctx, d)) this.disrupt({ kind: 'type', ...t });
      }
      if (d.kind === 'relation') {
        this.relationRecreated(d);
        // its row type goes with it: functions and types declared with it (`x`, `x[]`) too
        this.disrupt({ kind: 'type', schema: d.schema, name: d.name });
      }
    }
  }

  private viewsReading(d: Disruption): View[] {
    const out: View[] = [];
    for (const v of this.ctx.from.views.values()) {
      if (d.kind === 'column' && v.deps.columns.includes(`${d.schema}.${d.table}.${d.column}`)) out.push(v);
      if (d.kind === 'relation' && v.deps.relations.includes(`${d.schema}.${d.name}`) && viewKey(v) !== `${d.schema}.${d.name}`) out.push(v);
      if (d.kind === 'function' && v.deps.functions.includes(`${d.func.schema}.${d.func.name}`)) out.push(v);
      if (d.kind === 'type' && v.deps.types.includes(`${d.schema}.${d.name}`)) out.push(v);
    }
    return out.sort((a, b) => (viewKey(a) < viewKey(b) ? -1 : 1));
  }

  private triggersOf(d: Disruption): Trigger[] {
    const out: Trigger[] = [];
    for (const t of this.ctx.from.triggers.values()) {
      if (t.clonedFrom) continue; // recreated with the trigger it copies
      if (d.kind === 'column' && t.schema === d.schema && t.table === d.table && (t.columns.includes(d.column) || (t.when && referencedColumns(t.when.node).includes(d.column)))) out.push(t);
      if (d.kind === 'function' && identityArgs(d.func).length === 0 && t.function.schema === d.func.schema && t.function.name === d.func.name) out.push(t);
      // a WHEN condition calling the function (PostgreSQL records that too)
      else if (d.kind === 'function' && t.when && exprCalls(this.ctx.from, t.when.node, d.func) && this.onlyOverload(d.func)) out.push(t);
    }
    return out.sort((a, b) => (triggerKey(a) < triggerKey(b) ? -1 : 1));
  }

  /** Is `f` the only function of its name (else a call may be another overload's)? */
  private onlyOverload(f: Func): boolean {
    let n = 0;
    for (const g of this.ctx.from.functions.values()) if (g.schema === f.schema && g.name === f.name) n++;
    return n <= 1;
  }

  private functionsUsing(d: { schema: string; name: string }): Func[] {
    return [...this.ctx.from.functions.values()]
      .filter((f) => [...f.args.map((a) => a.type), ...(f.returns ? [f.returns.type] : [])].some((t) => t.schema === d.schema && t.name === d.name))
      .sort((a, b) => (funcKey(a) < funcKey(b) ? -1 : 1));
  }

  /** Drop `v` (as it was) and create it again (as it will be), unless the diff already does. */
  private recreateView(v: View): void {
    const k = viewKey(v);
    const to = this.ctx.to.views.get(k);
    const dropped = this.find((c) => c.kind === 'drop_view' && viewKey(c.view) === k) >= 0;
    // the new CREATE sets the view's defaults again (createViewChanges): the diff's own changes of them go
    if (!dropped) this.removeAll((c) => c.kind === 'set_view_default' && viewKey(c.view) === k);
    const replaced = this.find((c) => c.kind === 'replace_view' && viewKey(c.view) === k);
    if (replaced >= 0) this.changes.splice(replaced, 1, { kind: 'drop_view', view: v }, ...(to ? createViewChanges(this.ctx.to, to) : []));
    else if (!dropped) {
      this.changes.push({ kind: 'drop_view', view: v });
      if (to) this.changes.push(...createViewChanges(this.ctx.to, to));
    } else if (to && this.find((c) => c.kind === 'create_view' && viewKey(c.view) === k) < 0) {
      this.changes.push(...createViewChanges(this.ctx.to, to));
    }
    // settings of a view kept as is (ALTER VIEW … SET) are part of the new CREATE
    const alter = this.find((c) => c.kind === 'alter_view_options' && viewKey(c.view) === k);
    if (alter >= 0) this.changes.splice(alter, 1);
    this.disrupt({ kind: 'relation', schema: v.schema, name: v.name });
  }

  private recreateTrigger(t: Trigger): void {
    const k = triggerKey(t);
    const to = this.ctx.to.triggers.get(k);
    if (this.find((c) => c.kind === 'drop_trigger' && triggerKey(c.trigger) === k) < 0) this.changes.push({ kind: 'drop_trigger', trigger: t });
    if (to && this.find((c) => c.kind === 'create_trigger' && triggerKey(c.trigger) === k) < 0) this.changes.push({ kind: 'create_trigger', trigger: to }, ...triggerComment(to), ...cloneStates(this.ctx.to, to));
  }

  /** Drop a rule (as it was) and create it again (as it will be): CREATE OR REPLACE cannot outlive what the old actions read. */
  private recreateRule(r: Rule): void {
    const k = ruleKey(r);
    const to = this.ctx.to.rules.get(k);
    const same = (c: Change) => (c.kind === 'create_rule' || c.kind === 'drop_rule' || c.kind === 'replace_rule' || c.kind === 'set_rule_state') && ruleKey(c.rule) === k;
    // the new CREATE sets the state; a replace becomes the drop and the create
    this.removeAll((c) => same(c) && (c.kind === 'replace_rule' || c.kind === 'set_rule_state'));
    if (this.find((c) => c.kind === 'drop_rule' && same(c)) < 0) this.changes.push({ kind: 'drop_rule', rule: r });
    if (to && this.find((c) => c.kind === 'create_rule' && same(c)) < 0) this.changes.push({ kind: 'create_rule', rule: to }, ...ruleComment(to));
  }

  /** Drop a policy and create it again (as it will be): ALTER POLICY cannot outlive what it reads. */
  private recreatePolicy({ table, policy }: TablePolicy): void {
    const target = this.ctx.to.tables.get(`${table.schema}.${table.name}`);
    if (!target) return; // dropped with its table
    const same = (c: Change) => (c.kind === 'drop_policy' || c.kind === 'create_policy' || c.kind === 'alter_policy') && c.table.schema === table.schema && c.table.name === table.name && c.policy.name === policy.name;
    const to = target.policies?.get(policy.name);
    const altered = this.find((c) => c.kind === 'alter_policy' && same(c));
    if (altered >= 0) this.changes.splice(altered, 1);
    if (this.find((c) => c.kind === 'drop_policy' && same(c)) < 0) this.changes.push({ kind: 'drop_policy', table: target, policy });
    if (to && this.find((c) => c.kind === 'create_policy' && same(c)) < 0) {
      this.changes.push({ kind: 'create_policy', table: target, policy: to });
      if (to.comment !== undefined) this.changes.push({ kind: 'set_comment', target: { kind: 'policy', schema: table.schema, table: table.name, name: to.name }, text: to.comment });
    }
  }

  /** Generated columns computed from a column that changes type: dropped first, added again after. */
  private recreateGenerated(d: { schema: string; table: string; column: string }): void {
    const table = this.ctx.from.tables.get(`${d.schema}.${d.table}`);
    const target = this.ctx.to.tables.get(`${d.schema}.${d.table}`);
    if (!table || !target) return;
    for (const g of generatedFrom(table, d.column)) {
      if (recreateGeneratedColumn(this.ctx, table, target, g)) this.disrupt({ kind: 'column', schema: d.schema, table: d.table, column: g.name });
    }
  }

  /**
   * A function the diff replaces anyway whose new definition no longer uses a dropped function (its
   * SUPPORT, an argument default, a SQL-standard body): CREATE OR REPLACE records its dependencies
   * afresh, so the replace, ordered before the drop, releases it.
   */
  private replacedWithout(f: Func, d: Disruption): boolean {
    if (d.kind !== 'function') return false;
    const k = funcKey(f);
    const to = this.ctx.to.functions.get(k);
    if (!to || this.find((c) => c.kind === 'replace_function' && funcKey(c.func) === k) < 0) return false;
    return !dependentFunctions(this.ctx.to, d).some((g) => funcKey(g) === k);
  }

  private recreateFunction(f: Func): void {
    const k = funcKey(f);
    const to = this.ctx.to.functions.get(k);
    const replaced = this.find((c) => c.kind === 'replace_function' && funcKey(c.func) === k);
    if (replaced >= 0) this.changes.splice(replaced, 1, { kind: 'drop_function', func: f }, ...(to ? [{ kind: 'create_function', func: to } as Change, ...functionComment(to)] : []));
    else if (this.find((c) => c.kind === 'drop_function' && funcKey(c.func) === k) < 0) {
      this.changes.push({ kind: 'drop_function', func: f });
      if (to) this.changes.push({ kind: 'create_function', func: to }, ...functionComment(to));
    }
    this.disrupt({ kind: 'function', func: f });
  }

  /** A view or materialized view dropped and created: its triggers and indexes went with it. */
  private relationRecreated(d: { schema: string; name: string }): void {
    const isView = this.ctx.from.views.has(`${d.schema}.${d.name}`);
    // a view's indexes (materialized) went with it; a recreated table's indexes are the index diff's
    const gone = (c: Change) =>
      ((c.kind === 'drop_trigger' || c.kind === 'set_trigger_state') && c.trigger.schema === d.schema && c.trigger.table === d.name) ||
      ((c.kind === 'drop_rule' || c.kind === 'replace_rule' || c.kind === 'set_rule_state') && c.rule.schema === d.schema && c.rule.table === d.name) ||
      (isView && c.kind === 'drop_index' && c.index.schema === d.schema && c.index.table === d.name);
    for (let i = this.changes.length - 1; i >= 0; i--) if (gone(this.changes[i]!)) this.changes.splice(i, 1);
    for (const t of this.ctx.to.triggers.values()) {
      if (t.schema !== d.schema || t.table !== d.name || t.clonedFrom) continue;
      if (this.find((c) => c.kind === 'create_trigger' && triggerKey(c.trigger) === triggerKey(t)) < 0) this.changes.push({ kind: 'create_trigger', trigger: t }, ...triggerComment(t), ...cloneStates(this.ctx.to, t));
    }
    // and its rules (a comment the diff set on one is the new CREATE's)
    for (const r of this.ctx.to.rules.values()) {
      if (r.schema !== d.schema || r.table !== d.name) continue;
      if (this.find((c) => c.kind === 'create_rule' && ruleKey(c.rule) === ruleKey(r)) < 0) this.changes.push({ kind: 'create_rule', rule: r }, ...ruleComment(r));
    }
  }
}

/** Add the drops and re-creations of dependents that the changes already collected require. */
export function recreateDependents(ctx: DiffContext): void {
  const cascade = new Cascade(ctx);
  // a relation created under the name of one dropped, of the same kind or another (table ↔ view ↔ materialized view)
  const created = (schema: string, name: string) =>
    ctx.changes.some((c) => (c.kind === 'create_view' && c.view.schema === schema && c.view.name === name) || (c.kind === 'create_table' && c.table.schema === schema && c.table.name === name));
  for (const c of [...ctx.changes]) {
    switch (c.kind) {
      case 'alter_column_type':
        cascade.disrupt({ kind: 'column', schema: c.table.schema, table: c.table.name, column: c.column.name });
        recreateTypeDependents(ctx, c);
        break;
      case 'drop_column':
        if (ctx.to.tables.get(`${c.table.schema}.${c.table.name}`)?.columns.has(c.column.name)) {
          cascade.disrupt({ kind: 'column', schema: c.table.schema, table: c.table.name, column: c.column.name });
        }
        break;
      case 'recreate_enum':
        for (const x of c.columns) cascade.disrupt({ kind: 'column', schema: x.table.schema, table: x.table.name, column: x.column.name });
        cascade.disrupt({ kind: 'type', schema: c.type.schema, name: c.type.name });
        break;
      case 'drop_view':
        if (created(c.view.schema, c.view.name)) cascade.disrupt({ kind: 'relation', schema: c.view.schema, name: c.view.name });
        break;
      case 'drop_table':
        // a table dropped and created again (its partitioning changed, it became a view, …): what reads it and its triggers too
        if (created(c.table.schema, c.table.name)) cascade.disrupt({ kind: 'relation', schema: c.table.schema, name: c.table.name });
        break;
      case 'drop_function':
        cascade.disrupt({ kind: 'function', func: c.func });
        break;
      default:
        break;
    }
  }
  cascade.run();
}

/** The same COMMENT ON set twice (by the diff and by a re-creation) is said once. */
export function dedupeComments(changes: Change[]): void {
  const seen = new Set<string>();
  for (let i = 0; i < changes.length; i++) {
    const c = changes[i]!;
    if (c.kind !== 'set_comment') continue;
    const k = JSON.stringify([c.target, c.text ?? null]);
    if (seen.has(k)) changes.splice(i--, 1);
    else seen.add(k);
  }
}
