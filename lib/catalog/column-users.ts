/**
 * Dependents PostgreSQL records in pg_depend beyond views and triggers (object-dependents.ts):
 * row-level security policies (on the columns their USING / WITH CHECK read and the functions they
 * call), functions with a SQL-standard body (`BEGIN ATOMIC … END` or `RETURN …`: on the relations,
 * columns, functions and types the body names; a body given as a string records nothing), and
 * generated columns (on the columns of their expression). Each blocks DROP of what it depends on
 * (DROP COLUMN, DROP FUNCTION, DROP TABLE, DROP TYPE) and ALTER COLUMN … TYPE of a column it reads.
 */
import type { Catalog, Column, Func, Policy, Table } from './model.js';
import { funcKey } from './function-model.js';
import { referencedColumns } from './expr.js';
import { exprCalls } from './object-dependents.js';

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

/** Policies whose USING or WITH CHECK reads the column (of their own table) or calls the function. */
export function policiesUsing(cat: Catalog, d: Dependee): TablePolicy[] {
  const out: TablePolicy[] = [];
  if (d.kind !== 'column' && d.kind !== 'function') return out;
  for (const t of cat.tables.values()) {
    if (d.kind === 'column' && (t.schema !== d.schema || t.name !== d.table)) continue;
    for (const p of t.policies?.values() ?? []) {
      const exprs = [p.using?.node, p.check?.node].filter((e) => e !== undefined);
      const uses = d.kind === 'column'
        ? exprs.some((e) => referencedColumns(e).includes(d.column))
        : exprs.some((e) => exprCalls(cat, e, d.func));
      if (uses) out.push({ table: t, policy: p });
    }
  }
  return out.sort(byKey((x) => `${x.table.schema}.${x.table.name}.${x.policy.name}`));
}

/** Functions with a SQL-standard body that name the dependee (PostgreSQL records those; string bodies record nothing). */
export function sqlBodiesUsing(cat: Catalog, d: Dependee): Func[] {
  const out: Func[] = [];
  for (const f of cat.functions.values()) {
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
  for (const p of policiesUsing(cat, d)) out.push(`cannot alter type of a column used in a policy definition: policy ${p.policy.name} on table ${table.name} depends on column "${column}"`);
  for (const f of sqlBodiesUsing(cat, d)) out.push(`cannot alter type of a column used by a function or procedure: ${f.kind} ${funcKey(f)} depends on column "${column}"`);
  for (const g of generatedFrom(table, column)) out.push(`cannot alter type of a column used by a generated column: column "${column}" is used by generated column "${g.name}"`);
  return out;
}
