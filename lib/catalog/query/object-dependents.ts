/**
 * Views, functions, triggers and rules as dependents, as PostgreSQL's pg_depend records them: a view
 * (or a rule) depends on the relations, columns and functions it reads; a trigger on its table, the columns
 * of UPDATE OF and WHEN, and its function; a function on the types of its signature. Removing a
 * depended-on object without CASCADE is blocked (the blockers are returned); with CASCADE the
 * dependents go too. Renames carry through to the dependents' stored definitions.
 */
import type { Catalog, Func, Table, View } from '../model/catalog.js';
import { funcKey, identityArgs, identitySql } from './function-identity.js';
import { typeToSql } from './types.js';
import { triggerKey } from '../model/trigger.js';
import { analyseQuery, type QueryRewrite } from './query-analysis.js';
import { canonicalKey } from './query-key.js';
import { makeExpr, referencedColumns } from './expr.js';
import type { Node } from '@pgsql/types';
import { strings } from '../../parse/ast.js';
import { policiesUsing, dependentFunctions, rulesUsing } from './column-users.js';
import { ruleKey } from '../model/rule.js';
import { reanalyseRule } from './rule-actions.js';
import { exprCalls } from './expr-calls.js';

const viewKey = (v: View) => `${v.schema}.${v.name}`;
const describe = (v: View) => `${v.materialized ? 'materialized view' : 'view'} ${v.schema}.${v.name}`;

/** Remove a view; views reading it block, or go too with CASCADE. Its triggers and indexes always go. */
export function removeView(cat: Catalog, v: View, cascade: boolean): string[] {
  const blockers = relationDependents(cat, v.schema, v.name, cascade);
  if (blockers.length) return blockers;
  for (const [k, i] of cat.indexes) if (i.schema === v.schema && i.table === v.name) cat.indexes.delete(k);
  cat.views.delete(viewKey(v));
  return [];
}

/**
 * Views reading a relation (optionally one column of it) block its removal; with CASCADE they are
 * removed. Triggers on a removed relation go with it (call with `column` undefined only when the
 * relation itself is removed).
 */
export function relationDependents(cat: Catalog, schema: string, name: string, cascade: boolean, column?: string): string[] {
  const rel = `${schema}.${name}`;
  const readers = [...cat.views.values()].filter((v) => (column ? v.deps.columns.includes(`${rel}.${column}`) : v.deps.relations.includes(rel)) && viewKey(v) !== rel);
  const triggers = column
    ? [...cat.triggers.values()].filter((t) => t.schema === schema && t.table === name && (t.columns.includes(column) || (t.when && whenColumns(t.when.node).includes(column))))
    : [];
  // functions with a SQL-standard body and policies reading the relation or the column
  const dependee = column ? { kind: 'column' as const, schema, table: name, column } : { kind: 'relation' as const, schema, name };
  const bodies = dependentFunctions(cat, dependee);
  const policies = policiesUsing(cat, dependee);
  const rules = rulesUsing(cat, dependee);
  const on = `${column ? `column ${column} of ` : ''}${rel}`;
  if (!cascade && (readers.length || triggers.length || bodies.length || policies.length || rules.length)) {
    return [
      ...readers.map((v) => `${describe(v)} depends on ${on}`),
      ...triggers.map((t) => `trigger ${t.name} on ${rel} depends on column ${column}`),
      ...bodies.map((f) => `${f.kind} ${funcKey(f)} depends on ${on}`),
      ...policies.map((p) => `policy ${p.policy.name} on table ${p.table.name} depends on ${on}`),
      ...rules.map((r) => `rule ${r.name} on ${r.schema}.${r.table} depends on ${on}`),
    ];
  }
  for (const v of readers) if (cat.views.has(viewKey(v))) removeView(cat, v, true);
  for (const f of bodies) if (cat.functions.has(funcKey(f))) removeFunction(cat, f, true);
  for (const p of policies) p.table.policies?.delete(p.policy.name);
  for (const t of triggers) cat.triggers.delete(triggerKey(t));
  for (const r of rules) cat.rules.delete(ruleKey(r));
  // the rules on a removed relation go with it
  if (!column) for (const r of [...cat.rules.values()]) if (r.schema === schema && r.table === name) cat.rules.delete(ruleKey(r));
  if (!column) for (const t of [...cat.triggers.values()]) if ((t.schema === schema && t.table === name) || (t.fromTable?.schema === schema && t.fromTable.name === name)) cat.triggers.delete(triggerKey(t));
  return [];
}

/** Columns a trigger's WHEN reads (`NEW.c`, `OLD.c`). */
function whenColumns(node: unknown): string[] {
  return referencedColumns(node);
}

/** What uses a function: triggers (their function or WHEN), casts, event triggers, views, table defaults, CHECKs, generated columns, index and statistics expressions, operators, domains, policies, functions. */
export function functionUsers(cat: Catalog, f: Func): { what: string; remove: () => void }[] {
  const out: { what: string; remove: () => void }[] = [];
  const sameName = [...cat.functions.values()].filter((g) => g.schema === f.schema && g.name === f.name);
  const only = sameName.length <= 1;
  if (identityArgs(f).length === 0 && f.returns?.type.name === 'trigger') {
    for (const t of cat.triggers.values()) {
      if (t.function.schema === f.schema && t.function.name === f.name) out.push({ what: `trigger ${t.name} on ${t.schema}.${t.table}`, remove: () => cat.triggers.delete(triggerKey(t)) });
    }
  }
  // a cast and an event trigger record their function (by its identity: any overload count)
  for (const [k, c] of cat.casts) {
    if (c.function && callsFunction(cat, c.function, f) && identitySql(identityArgs(f).map((a) => a.type)) === identitySql(c.function.args)) {
      out.push({ what: `cast from ${typeToSql(c.source)} to ${typeToSql(c.target)}`, remove: () => cat.casts.delete(k) });
    }
  }
  if (identityArgs(f).length === 0 && f.returns?.type.name === 'event_trigger') {
    for (const [k, e] of cat.eventTriggers) if (callsFunction(cat, e.function, f)) out.push({ what: `event trigger ${e.name}`, remove: () => cat.eventTriggers.delete(k) });
  }
  if (only) {
    for (const v of cat.views.values()) {
      if (v.deps.functions.includes(`${f.schema}.${f.name}`)) out.push({ what: describe(v), remove: () => { if (cat.views.has(viewKey(v))) removeView(cat, v, true); } });
    }
    for (const t of cat.tables.values()) out.push(...tableUsers(cat, t, f));
    for (const [k, i] of cat.indexes) {
      const exprs = [...i.keys.map((x) => x.expr?.node), i.where?.node];
      if (exprs.some((e) => e && exprCalls(cat, e, f))) out.push({ what: `index ${i.name}`, remove: () => cat.indexes.delete(k) });
    }
    // an operator records its function (and its estimators)
    for (const [k, o] of cat.operators) {
      if ([o.function, o.restrict, o.join].some((n) => n && callsFunction(cat, n, f))) out.push({ what: `operator ${o.schema}.${o.name}`, remove: () => cat.operators.delete(k) });
    }
    // a trigger's WHEN and an expression statistics object record the functions they call
    for (const t of cat.triggers.values()) {
      if (t.when && exprCalls(cat, t.when.node, f)) out.push({ what: `trigger ${t.name} on ${t.schema}.${t.table}`, remove: () => cat.triggers.delete(triggerKey(t)) });
    }
    for (const [k, s] of cat.statistics) {
      if (s.exprs.some((e) => exprCalls(cat, e.node, f))) out.push({ what: `statistics object ${s.schema}.${s.name}`, remove: () => cat.statistics.delete(k) });
    }
    for (const d of cat.domains.values()) {
      if (d.default && exprCalls(cat, d.default.node, f)) out.push({ what: `default value for type ${d.name}`, remove: () => delete d.default });
      for (const x of d.constraints.values()) {
        if (exprCalls(cat, x.expr.node, f)) out.push({ what: `constraint ${x.name} on type ${d.name}`, remove: () => d.constraints.delete(x.name) });
      }
    }
    for (const r of rulesUsing(cat, { kind: 'function', func: f })) {
      out.push({ what: `rule ${r.name} on ${r.schema}.${r.table}`, remove: () => cat.rules.delete(ruleKey(r)) });
    }
    for (const p of policiesUsing(cat, { kind: 'function', func: f })) {
      out.push({ what: `policy ${p.policy.name} on table ${p.table.name}`, remove: () => p.table.policies?.delete(p.policy.name) });
    }
    for (const g of dependentFunctions(cat, { kind: 'function', func: f })) {
      out.push({ what: `${g.kind} ${funcKey(g)}`, remove: () => { if (cat.functions.has(funcKey(g))) removeFunction(cat, g, true); } });
    }
  }
  return out;
}

/** Does a function named by another object (an operator's) name `f`? An unqualified name resolves through the search path. */
function callsFunction(cat: Catalog, n: { schema?: string; name: string }, f: Func): boolean {
  return n.name === f.name && (n.schema ? n.schema === f.schema : cat.searchPath.includes(f.schema));
}

function tableUsers(cat: Catalog, t: Table, f: Func): { what: string; remove: () => void }[] {
  const out: { what: string; remove: () => void }[] = [];
  for (const c of t.columns.values()) {
    if (c.default && exprCalls(cat, c.default.node, f)) out.push({ what: `default value for column ${c.name} of table ${t.name}`, remove: () => delete c.default });
    if (c.generated && exprCalls(cat, c.generated.node, f)) out.push({ what: `column ${c.name} of table ${t.name}`, remove: () => t.columns.delete(c.name) });
  }
  for (const k of t.constraints.values()) {
    if ((k.kind === 'check' || k.kind === 'exclude') && exprCalls(cat, k.expr.node, f)) out.push({ what: `constraint ${k.name} on table ${t.name}`, remove: () => t.constraints.delete(k.name) });
  }
  return out;
}

/** DROP FUNCTION: blocked by its users unless CASCADE. */
export function removeFunction(cat: Catalog, f: Func, cascade: boolean): string[] {
  const users = functionUsers(cat, f);
  if (users.length && !cascade) return users.map((u) => u.what);
  for (const u of users) u.remove();
  cat.functions.delete(funcKey(f));
  return [];
}

/** Functions whose signature uses a type (`schema.name`). */
export function functionsUsingType(cat: Catalog, schema: string, name: string): Func[] {
  return [...cat.functions.values()].filter((f) => [...f.args.map((a) => a.type), ...(f.returns ? [f.returns.type] : [])].some((t) => t.schema === schema && t.name === name));
}

/** Re-analyse a view after a rename it reads through (its stored definition follows, as in PostgreSQL). */
function reanalyse(cat: Catalog, v: View, rewrite: QueryRewrite): void {
  const a = analyseQuery(v.query.node, cat, { rewrite });
  v.query = { node: a.query, key: canonicalKey(a.query, cat) };
  v.deps = a.deps;
  v.columnTypes = a.types;
}

/** A relation (table, view) was renamed or moved: triggers on it and views reading it follow. */
export function relationMoved(cat: Catalog, from: { schema: string; name: string }, to: { schema: string; name: string }): void {
  const old = `${from.schema}.${from.name}`;
  for (const t of [...cat.triggers.values()]) {
    if (t.fromTable?.schema === from.schema && t.fromTable.name === from.name) t.fromTable = { ...to };
    if (t.clonedFrom === old) t.clonedFrom = `${to.schema}.${to.name}`;
    if (t.schema !== from.schema || t.table !== from.name) continue;
    cat.triggers.delete(triggerKey(t));
    t.schema = to.schema;
    t.table = to.name;
    cat.triggers.set(triggerKey(t), t);
  }
  for (const r of [...cat.rules.values()]) {
    const on = r.schema === from.schema && r.table === from.name;
    if (on) {
      cat.rules.delete(ruleKey(r));
      r.schema = to.schema;
      r.table = to.name;
      cat.rules.set(ruleKey(r), r);
    }
    if (on || r.deps.relations.includes(old)) reanalyseRule(cat, r, { relation: { from: old, schema: to.schema, name: to.name } });
  }
  for (const v of cat.views.values()) {
    if (v.deps.relations.includes(old)) reanalyse(cat, v, { relation: { from: old, schema: to.schema, name: to.name } });
  }
}

/** A column of a relation was renamed: views reading it and triggers naming it follow. */
export function columnRenamed(cat: Catalog, rel: { schema: string; name: string }, from: string, to: string): void {
  const key = `${rel.schema}.${rel.name}`;
  for (const v of cat.views.values()) {
    if (v.deps.columns.includes(`${key}.${from}`)) reanalyse(cat, v, { column: { rel: key, from, to } });
  }
  for (const r of cat.rules.values()) {
    if (r.deps.columns.includes(`${key}.${from}`)) reanalyseRule(cat, r, { column: { rel: key, from, to } });
  }
  for (const t of cat.triggers.values()) {
    if (t.schema !== rel.schema || t.table !== rel.name) continue;
    t.columns = t.columns.map((c) => (c === from ? to : c));
    if (t.when) {
      const node = renameRefs(t.when.node, from, to);
      t.when = { node: node as typeof t.when.node, key: canonicalKey(node as typeof t.when.node, cat, { row: cat.tables.get(key) }) };
    }
  }
}

/** `NEW.from` / `OLD.from` → `.to` in a trigger's WHEN. */
function renameRefs(n: unknown, from: string, to: string): unknown {
  if (Array.isArray(n)) return n.map((x) => renameRefs(x, from, to));
  if (!n || typeof n !== 'object') return n;
  const o = n as Record<string, any>;
  if (o.ColumnRef) {
    const f = strings(o.ColumnRef.fields);
    if (f.length === 2 && (f[0] === 'new' || f[0] === 'old') && f[1] === from) return { ColumnRef: { fields: [{ String: { sval: f[0] } }, { String: { sval: to } }] } };
    return o;
  }
  return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, renameRefs(v, from, to)]));
}

/** A sequence was renamed: column defaults calling nextval() on it follow (PostgreSQL stores its OID). */
export function sequenceRenamed(cat: Catalog, oldKey: string, newKey: string): void {
  const walk = (n: unknown): unknown => {
    if (Array.isArray(n)) return n.map(walk);
    if (!n || typeof n !== 'object') return n;
    const o = n as Record<string, any>;
    const arg = o.FuncCall?.args?.[0]?.A_Const?.sval?.sval;
    if (arg === oldKey && strings(o.FuncCall.funcname).pop() === 'nextval') {
      return { FuncCall: { ...o.FuncCall, args: [{ A_Const: { sval: { sval: newKey } } }] } };
    }
    return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, walk(v)]));
  };
  for (const t of cat.tables.values()) {
    for (const c of t.columns.values()) {
      if (!c.default || !c.default.key.includes(JSON.stringify(oldKey))) continue;
      c.default = makeExpr(walk(c.default.source ?? c.default.node) as Node, { type: c.type, catalog: cat });
    }
  }
}

/** Re-key functions whose identity changed (a type of their signature was renamed or moved). */
export function rekeyFunctions(cat: Catalog): void {
  for (const [k, f] of [...cat.functions]) {
    const now = funcKey(f);
    if (now === k) continue;
    cat.functions.delete(k);
    cat.functions.set(now, f);
  }
}

/** Views and functions of a schema (DROP SCHEMA lists them; CASCADE removes them). */
export function schemaObjects(cat: Catalog, schema: string): { schema: string; name: string }[] {
  return [...cat.views.values(), ...cat.functions.values()].filter((o) => o.schema === schema);
}

/** DROP SCHEMA … CASCADE: its views, functions and the triggers on its relations go. */
export function schemaDropped(cat: Catalog, schema: string): void {
  for (const v of [...cat.views.values()]) if (v.schema === schema && cat.views.has(viewKey(v))) removeView(cat, v, true);
  for (const f of [...cat.functions.values()]) if (f.schema === schema) removeFunction(cat, f, true);
  for (const t of [...cat.triggers.values()]) if (t.schema === schema) cat.triggers.delete(triggerKey(t));
  for (const r of [...cat.rules.values()]) if (r.schema === schema) cat.rules.delete(ruleKey(r));
  // casts from or to its types (their functions took the others)
  for (const [k, c] of [...cat.casts]) if (c.source.schema === schema || c.target.schema === schema) cat.casts.delete(k);
}

/** ALTER SCHEMA … RENAME: its views and functions move with it (tables move through relationMoved). */
export function schemaRenamed(cat: Catalog, old: string, now: string): void {
  for (const v of [...cat.views.values()]) {
    if (v.schema !== old) continue;
    cat.views.delete(viewKey(v));
    v.schema = now;
    cat.views.set(viewKey(v), v);
    for (const i of [...cat.indexes.values()]) if (i.schema === old && i.table === v.name) { cat.indexes.delete(`${old}.${i.name}`); i.schema = now; cat.indexes.set(`${now}.${i.name}`, i); }
    relationMoved(cat, { schema: old, name: v.name }, { schema: now, name: v.name });
  }
  for (const t of [...cat.triggers.values(), ...cat.eventTriggers.values()]) if (t.function.schema === old) t.function = { ...t.function, schema: now };
  for (const c of cat.casts.values()) if (c.function?.schema === old) c.function = { ...c.function, schema: now };
  for (const f of cat.functions.values()) if (f.schema === old) f.schema = now;
  rekeyFunctions(cat);
}
