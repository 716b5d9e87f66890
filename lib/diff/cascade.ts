/**
 * Dependents dropped and created again around a change that PostgreSQL would otherwise refuse:
 * altering the type of a column a view, trigger, policy, SQL-standard body or generated column
 * reads, dropping a function a trigger, view, policy, default, CHECK, generated column, index,
 * domain, aggregate, argument default or SQL-standard body uses (to create it again with another
 * signature or result), recreating a view other views, functions or policies read, recreating an
 * enum type functions use (lib/catalog/query/column-users.ts says what PostgreSQL records). The dependents (from the `from`
 * catalogue, transitively) get a drop — and, when they exist in the target, a create with their
 * comments, a materialized view's indexes, a view's triggers. Down migrations get the same
 * treatment, since they are diffs too. lib/plan/graph.ts puts the drops before and the creates after.
 */
import type { Func, Trigger, View } from '../catalog/model/catalog.js';
import type { Change } from './change.js';
import type { DiffContext } from './context.js';
import { funcKey, identityArgs } from '../catalog/query/function-identity.js';
import { triggerKey } from '../catalog/model/trigger.js';
import { exprCalls } from '../catalog/query/expr-calls.js';
import { referencedColumns } from '../catalog/query/expr.js';
import { createViewChanges, viewKey } from './views.js';
import { generatedFrom, policiesUsing, dependentFunctions, type TablePolicy } from '../catalog/query/column-users.js';
import { recreateDomainUsers, recreateGeneratedColumn } from './cascade-columns.js';
import { recreateTypesBuiltOn } from './cascade-types.js';
import { functionComment } from './functions.js';
import { triggerComment } from './triggers.js';

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
  constructor(private readonly ctx: DiffContext) {}

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

  run(): void {
    while (this.queue.length) {
      const d = this.queue.shift()!;
      for (const v of this.viewsReading(d)) this.recreateView(v);
      for (const t of this.triggersOf(d)) this.recreateTrigger(t);
      // SQL-standard bodies and policies record what they use; string bodies do not
      for (const f of dependentFunctions(this.ctx.from, d)) this.recreateFunction(f);
      for (const p of policiesUsing(this.ctx.from, d)) this.recreatePolicy(p);
      if (d.kind === 'column') this.recreateGenerated(d);
      if (d.kind === 'function') {
        this.recreateTableUsers(d.func);
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
      if (d.kind === 'column' && t.schema === d.schema && t.table === d.table && (t.columns.includes(d.column) || (t.when && referencedColumns(t.when.node).includes(d.column)))) out.push(t);
      if (d.kind === 'function' && identityArgs(d.func).length === 0 && t.function.schema === d.func.schema && t.function.name === d.func.name) out.push(t);
    }
    return out.sort((a, b) => (triggerKey(a) < triggerKey(b) ? -1 : 1));
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
    if (to && this.find((c) => c.kind === 'create_trigger' && triggerKey(c.trigger) === k) < 0) this.changes.push({ kind: 'create_trigger', trigger: to }, ...triggerComment(to));
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
      (isView && c.kind === 'drop_index' && c.index.schema === d.schema && c.index.table === d.name);
    for (let i = this.changes.length - 1; i >= 0; i--) if (gone(this.changes[i]!)) this.changes.splice(i, 1);
    for (const t of this.ctx.to.triggers.values()) {
      if (t.schema !== d.schema || t.table !== d.name) continue;
      if (this.find((c) => c.kind === 'create_trigger' && triggerKey(c.trigger) === triggerKey(t)) < 0) this.changes.push({ kind: 'create_trigger', trigger: t }, ...triggerComment(t));
    }
  }

  /** Table-level expressions (defaults, CHECKs, index expressions) of tables that stay, built once. */
  private tableExprs?: { node: unknown; restore: () => void }[];

  private expressions(): { node: unknown; restore: () => void }[] {
    if (this.tableExprs) return this.tableExprs;
    const { from, to } = this.ctx;
    const out: { node: unknown; restore: () => void }[] = [];
    for (const t of from.tables.values()) {
      const target = to.tables.get(`${t.schema}.${t.name}`);
      if (!target) continue;
      for (const c of t.columns.values()) {
        const now = target.columns.get(c.name);
        // a generated column calling the function: dropped and added again
        if (c.generated && now) {
          out.push({ node: c.generated.node, restore: () => {
            if (recreateGeneratedColumn(this.ctx, t, target, c)) this.disrupt({ kind: 'column', schema: t.schema, table: t.name, column: c.name });
          } });
        }
        if (!c.default || !now) continue;
        const same = (x: Change) => 'column' in x && 'table' in x && x.table.schema === t.schema && x.table.name === t.name && x.column.name === c.name;
        out.push({ node: c.default.node, restore: () => {
          if (this.find((x) => x.kind === 'drop_default' && same(x)) < 0) this.changes.push({ kind: 'drop_default', table: target, column: now });
          if (now.default && this.find((x) => x.kind === 'set_default' && same(x)) < 0) this.changes.push({ kind: 'set_default', table: target, column: now });
        } });
      }
      for (const k of t.constraints.values()) {
        if (k.kind !== 'check' && k.kind !== 'exclude') continue;
        const same = (x: Change) => (x.kind === 'drop_constraint' || x.kind === 'add_constraint') && x.table.schema === t.schema && x.table.name === t.name && x.constraint.name === k.name;
        out.push({ node: k.expr.node, restore: () => {
          if (this.find((x) => x.kind === 'drop_constraint' && same(x)) < 0) this.changes.push({ kind: 'drop_constraint', table: target, constraint: k });
          const now = target.constraints.get(k.name);
          if (now && this.find((x) => x.kind === 'add_constraint' && same(x)) < 0) this.changes.push({ kind: 'add_constraint', table: target, constraint: now });
        } });
      }
    }
    for (const i of from.indexes.values()) {
      if (i.constraint || (!to.tables.has(`${i.schema}.${i.table}`) && !to.views.has(`${i.schema}.${i.table}`))) continue;
      const k = `${i.schema}.${i.name}`;
      const restore = () => {
        if (this.find((x) => x.kind === 'drop_index' && `${x.index.schema}.${x.index.name}` === k) < 0) this.changes.push({ kind: 'drop_index', index: i });
        const now = to.indexes.get(k);
        if (now && this.find((x) => x.kind === 'create_index' && `${x.index.schema}.${x.index.name}` === k) < 0) this.changes.push({ kind: 'create_index', index: now });
      };
      for (const node of [...i.keys.map((x) => x.expr?.node), i.where?.node]) if (node) out.push({ node, restore });
    }
    this.tableExprs = out;
    return out;
  }

  /** Defaults, CHECKs, generated columns and indexes calling a function that is dropped: drop them first, restore them after. */
  private recreateTableUsers(f: Func): void {
    const from = this.ctx.from;
    let overloads = 0;
    for (const g of from.functions.values()) if (g.schema === f.schema && g.name === f.name) overloads++;
    if (overloads > 1) return; // another overload may be the one used
    const done = new Set<() => void>();
    for (const e of this.expressions()) {
      if (done.has(e.restore) || !exprCalls(from, e.node, f)) continue;
      done.add(e.restore);
      e.restore();
    }
  }
}

/** Add the drops and re-creations of dependents that the changes already collected require. */
export function recreateDependents(ctx: DiffContext): void {
  const cascade = new Cascade(ctx);
  const created = (k: string) => ctx.changes.some((c) => c.kind === 'create_view' && viewKey(c.view) === k);
  for (const c of [...ctx.changes]) {
    switch (c.kind) {
      case 'alter_column_type':
        cascade.disrupt({ kind: 'column', schema: c.table.schema, table: c.table.name, column: c.column.name });
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
        if (created(viewKey(c.view))) cascade.disrupt({ kind: 'relation', schema: c.view.schema, name: c.view.name });
        break;
      case 'drop_table':
        // a table dropped and created again (its partitioning changed, …): what reads it and its triggers too
        if (ctx.changes.some((x) => x.kind === 'create_table' && x.table.schema === c.table.schema && x.table.name === c.table.name)) {
          cascade.disrupt({ kind: 'relation', schema: c.table.schema, name: c.table.name });
        }
        break;
      case 'drop_function':
        cascade.disrupt({ kind: 'function', func: c.func });
        break;
      default:
        break;
    }
  }
  cascade.run();
  dedupeComments(ctx.changes);
}

/** The same COMMENT ON set twice (by the diff and by a re-creation) is said once. */
function dedupeComments(changes: Change[]): void {
  const seen = new Set<string>();
  for (let i = 0; i < changes.length; i++) {
    const c = changes[i]!;
    if (c.kind !== 'set_comment') continue;
    const k = JSON.stringify([c.target, c.text ?? null]);
    if (seen.has(k)) changes.splice(i--, 1);
    else seen.add(k);
  }
}
