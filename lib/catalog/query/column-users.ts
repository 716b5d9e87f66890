/**
 * Dependents PostgreSQL records in pg_depend beyond views and triggers (object-dependents.ts):
 * rewrite rules (on what their condition and actions read), row-level security policies (on the columns their USING / WITH CHECK read and the functions they
 * call), functions with a SQL-standard body (`BEGIN ATOMIC … END` or `RETURN …`: on the relations,
 * columns, functions and types the body names; a body given as a string records nothing), and
 * generated columns (on the columns of their expression). Each blocks DROP of what it depends on
 * (DROP COLUMN, DROP FUNCTION, DROP TABLE, DROP TYPE) and ALTER COLUMN … TYPE of a column it reads.
 */
import type { Node } from '@pgsql/types';
import type { Catalog, Column, Func, Policy, Rule, Table } from '../model/catalog.js';
import { ruleKey } from '../model/rule.js';
import type { Dependencies } from '../model/view.js';
import { funcKey, identityArgs, identitySql } from './function-identity.js';
import { referencedColumns } from './expr.js';
import { analyseQuery } from './query-analysis.js';
import { exprCalls } from './expr-calls.js';
import { publicationsUsingColumn } from './publication-members.js';

/** What is removed or changed: a column, a relation, a function, or a type (all `schema.name`). */
export type Dependee =
  | { kind: 'column'; schema: string; table: string; column: string }
  | { kind: 'relation'; schema: string; name: string }
  | { kind: 'function'; func: Func }
  | { kind: 'type'; schema: string; name: string };

export interface TablePolicy {
  table: Table;
  policy: Policy;
}

const byKey = <T>(key: (x: T) => string) => (a: T, b: T) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);

/** Remembered per policy while its expressions and table stay the same objects. */
const policyDepsCache = new WeakMap<Policy, { using: unknown; check: unknown; table: string; deps: Dependencies }>();

/** What a policy's USING and WITH CHECK read, subqueries included (as `SELECT using, check FROM table`). */
export function policyDependencies(cat: Catalog, t: Table, p: Policy): Dependencies {
  const hit = policyDepsCache.get(p);
  if (hit && hit.using === p.using && hit.check === p.check && hit.table === `${t.schema}.${t.name}`) return hit.deps;
  const targetList = [p.using, p.check].filter((e) => e !== undefined).map((e) => ({ ResTarget: { val: e.node } }));
  const query = { SelectStmt: { targetList, fromClause: [{ RangeVar: { schemaname: t.schema, relname: t.name, inh: true, relpersistence: 'p' } }], limitOption: 'LIMIT_OPTION_DEFAULT', op: 'SETOP_NONE' } };
  let deps: Dependencies;
  try {
    deps = analyseQuery(query as unknown as Node, cat).deps;
  } catch {
    // an expression the analyser does not follow: its plain column references at least
    const own = [p.using, p.check].flatMap((e) => (e ? referencedColumns(e.node) : [])).map((c) => `${t.schema}.${t.name}.${c}`);
    deps = { relations: [`${t.schema}.${t.name}`], columns: own, functions: [], types: [] };
  }
  policyDepsCache.set(p, { using: p.using, check: p.check, table: `${t.schema}.${t.name}`, deps });
  return deps;
}

/** Policies whose USING or WITH CHECK reads the column or relation (subqueries too), calls the function or names the type. */
export function policiesUsing(cat: Catalog, d: Dependee): TablePolicy[] {
  const out: TablePolicy[] = [];
  for (const t of cat.tables.values()) {
    for (const p of t.policies?.values() ?? []) {
      const deps = policyDependencies(cat, t, p);
      const uses =
        d.kind === 'column' ? deps.columns.includes(`${d.schema}.${d.table}.${d.column}`)
        : d.kind === 'relation' ? (t.schema !== d.schema || t.name !== d.name) && deps.relations.includes(`${d.schema}.${d.name}`)
        : d.kind === 'type' ? deps.types.includes(`${d.schema}.${d.name}`)
        : deps.functions.includes(`${d.func.schema}.${d.func.name}`);
      if (uses) out.push({ table: t, policy: p });
    }
  }
  return out.sort(byKey((x) => `${x.table.schema}.${x.table.name}.${x.policy.name}`));
}

/**
 * Functions whose SQL-standard body names the dependee (PostgreSQL records those; string bodies
 * record nothing), whose argument defaults call the function, aggregates using it as a support function,
 * or functions using it as their planner support function (SUPPORT).
 */
export function dependentFunctions(cat: Catalog, d: Dependee): Func[] {
  const out: Func[] = [];
  for (const f of cat.functions.values()) {
    if (d.kind === 'function' && funcKey(f) !== funcKey(d.func)) {
      const support = (f.aggregate?.options ?? []).some(([k, v]) => k.endsWith('func') && (v === `${d.func.schema}.${d.func.name}` || (v === d.func.name && cat.searchPath.includes(d.func.schema)))) ||
        (f.support?.schema === d.func.schema && f.support.name === d.func.name && identitySql(identityArgs(d.func).map((a) => a.type)) === 'internal');
      if (support || f.args.some((a) => a.default && exprCalls(cat, a.default.node, d.func))) {
        out.push(f);
        continue;
      }
    }
    if (!f.sqlBody) continue;
    const uses =
      d.kind === 'column' ? f.deps.columns.includes(`${d.schema}.${d.table}.${d.column}`)
      : d.kind === 'relation' ? f.deps.relations.includes(`${d.schema}.${d.name}`)
      : d.kind === 'type' ? f.deps.types.includes(`${d.schema}.${d.name}`)
      : f.deps.functions.includes(`${d.func.schema}.${d.func.name}`) && funcKey(f) !== funcKey(d.func);
    if (uses) out.push(f);
  }
  return out.sort(byKey(funcKey));
}

/**
 * Rules whose condition or actions read the column or relation, call the function or name the type
 * (PostgreSQL records each). The rules on a relation itself go with it, so a relation's own are not
 * counted as reading it; its columns read through NEW and OLD are.
 */
export function rulesUsing(cat: Catalog, d: Dependee): Rule[] {
  const out: Rule[] = [];
  for (const r of cat.rules.values()) {
    const uses =
      d.kind === 'column' ? r.deps.columns.includes(`${d.schema}.${d.table}.${d.column}`)
      : d.kind === 'relation' ? (r.schema !== d.schema || r.table !== d.name) && r.deps.relations.includes(`${d.schema}.${d.name}`)
      : d.kind === 'type' ? r.deps.types.includes(`${d.schema}.${d.name}`)
      : r.deps.functions.includes(`${d.func.schema}.${d.func.name}`);
    if (uses) out.push(r);
  }
  return out.sort(byKey(ruleKey));
}

/** Generated columns of the table computed from the column. */
export function generatedFrom(table: Table, column: string): Column[] {
  return [...table.columns.values()].filter((c) => c.name !== column && c.generated && referencedColumns(c.generated.node).includes(column));
}

/** Why ALTER COLUMN … TYPE is refused, in PostgreSQL's words (empty when it is not). */
export function columnTypeBlockers(cat: Catalog, table: Table, column: string): string[] {
  const d: Dependee = { kind: 'column', schema: table.schema, table: table.name, column };
  const key = `${table.schema}.${table.name}.${column}`;
  const out: string[] = [];
  for (const v of cat.views.values()) {
    if (v.deps.columns.includes(key)) out.push(`cannot alter type of a column used by a view or rule: ${v.materialized ? 'materialized view' : 'view'} ${v.schema}.${v.name} depends on column "${column}"`);
  }
  for (const t of cat.triggers.values()) {
    if (t.schema === table.schema && t.table === table.name && (t.columns.includes(column) || (t.when && referencedColumns(t.when.node).includes(column)))) {
      out.push(`cannot alter type of a column used in a trigger definition: trigger ${t.name} on table ${table.name} depends on column "${column}"`);
    }
  }
  for (const r of rulesUsing(cat, d)) out.push(`cannot alter type of a column used by a view or rule: rule ${r.name} on ${r.schema === table.schema && r.table === table.name ? 'table' : 'relation'} ${r.table} depends on column "${column}"`);
  for (const p of policiesUsing(cat, d)) out.push(`cannot alter type of a column used in a policy definition: policy ${p.policy.name} on table ${table.name} depends on column "${column}"`);
  for (const f of dependentFunctions(cat, d)) out.push(`cannot alter type of a column used by a function or procedure: ${f.kind} ${funcKey(f)} depends on column "${column}"`);
  for (const g of generatedFrom(table, column)) out.push(`cannot alter type of a column used by a generated column: column "${column}" is used by generated column "${g.name}"`);
  // PostgreSQL 15 says "WHERE clause" for a column list too
  for (const u of publicationsUsingColumn(cat, table, column)) out.push(`cannot alter type of a column used by a publication WHERE clause: publication of table ${table.name} in publication ${u.publication.name} depends on column "${column}"`);
  return out;
}
