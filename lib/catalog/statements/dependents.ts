/**
 * Removing objects and what depends on them, as DROP … [CASCADE] does: a table takes its indexes,
 * owned sequences and the foreign keys that reference it; a column takes the constraints and indexes on it.
 * Each function returns the names of dependents that need CASCADE (empty when none).
 */
import type { Catalog, Column, Constraint, Index, Table } from '../model/catalog.js';
import { referencedColumns } from '../query/expr.js';
import { relationDependents } from '../query/object-dependents.js';

import { tableStatistics } from './statistics.js';
import { foreignKeysTo, indexesOfTable, sequencesOwnedBy } from '../query/drop-lookup.js';
import { generatedFrom } from '../query/column-users.js';
import { childrenOf } from '../query/children.js';

export function indexUsesColumn(idx: Index, column: string): boolean {
  if (idx.include.includes(column)) return true;
  for (const k of idx.keys) {
    if (k.column === column) return true;
    if (k.expr && referencedColumns(k.expr.node).includes(column)) return true;
  }
  return !!idx.where && referencedColumns(idx.where.node).includes(column);
}

export function constraintUsesColumn(c: Constraint, column: string): boolean {
  switch (c.kind) {
    case 'primary':
    case 'unique':
      return c.columns.includes(column) || c.include.includes(column);
    case 'foreign':
      return c.columns.includes(column);
    case 'check':
    case 'exclude':
      return referencedColumns(c.expr.node).includes(column);
  }
}

/** Foreign keys of other tables (or this one) that reference `table` (optionally only via `column`). */
export function referencingForeignKeys(cat: Catalog, table: Table, column?: string): { table: Table; fk: Constraint & { kind: 'foreign' } }[] {
  const out: { table: Table; fk: Constraint & { kind: 'foreign' } }[] = [];
  for (const t of cat.tables.values()) {
    for (const c of t.constraints.values()) {
      if (c.kind === 'foreign' && c.refSchema === table.schema && c.refTable === table.name && (!column || c.refColumns.includes(column))) {
        out.push({ table: t, fk: c });
      }
    }
  }
  return out;
}

/** The indexes of a table (including those backing constraints). */
export function tableIndexes(cat: Catalog, table: Table): Index[] {
  const out: Index[] = [];
  for (const i of cat.indexes.values()) if (i.schema === table.schema && i.table === table.name) out.push(i);
  return out;
}

export function removeConstraint(cat: Catalog, table: Table, name: string, cascade: boolean): string[] {
  const c = table.constraints.get(name);
  if (!c) return [];
  const blockers: string[] = [];
  if (c.kind === 'primary' || c.kind === 'unique') {
    for (const r of referencingForeignKeys(cat, table)) {
      if (r.fk.refColumns.join(',') !== c.columns.join(',')) continue;
      if (!cascade) blockers.push(`constraint ${r.fk.name} on table ${r.table.schema}.${r.table.name}`);
      else r.table.constraints.delete(r.fk.name);
    }
    if (blockers.length) return blockers;
  }
  table.constraints.delete(name);
  const k = `${table.schema}.${name}`;
  if (cat.indexes.get(k)?.constraint === name) cat.indexes.delete(k);
  return [];
}

export function removeColumn(cat: Catalog, table: Table, column: Column, cascade: boolean): string[] {
  const readers = relationDependents(cat, table.schema, table.name, cascade, column.name); // views, triggers
  if (readers.length) return readers;
  const blockers: string[] = [];
  for (const r of referencingForeignKeys(cat, table, column.name)) {
    if (r.table === table) continue;
    if (!cascade) blockers.push(`constraint ${r.fk.name} on table ${r.table.schema}.${r.table.name}`);
  }
  // generated columns computed from it (object-dependents.ts: views, triggers, SQL-standard bodies, policies)
  const generated = generatedFrom(table, column.name);
  if (!cascade) blockers.push(...generated.map((g) => `column ${g.name} of table ${table.name}`));
  if (blockers.length) return blockers;
  for (const g of generated) if (table.columns.has(g.name)) removeColumn(cat, table, g, true);
  for (const r of referencingForeignKeys(cat, table, column.name)) r.table.constraints.delete(r.fk.name);
  for (const c of [...table.constraints.values()]) if (constraintUsesColumn(c, column.name)) removeConstraint(cat, table, c.name, true);
  for (const i of tableIndexes(cat, table)) if (indexUsesColumn(i, column.name)) cat.indexes.delete(`${i.schema}.${i.name}`);
  // extended statistics on the column go with it
  for (const st of tableStatistics(cat, table)) {
    if (st.columns.includes(column.name) || st.exprs.some((e) => referencedColumns(e.node).includes(column.name))) cat.statistics.delete(`${st.schema}.${st.name}`);
  }
  for (const [k, s] of cat.sequences) {
    if (s.ownedBy && s.ownedBy.schema === table.schema && s.ownedBy.table === table.name && s.ownedBy.column === column.name) cat.sequences.delete(k);
  }
  table.columns.delete(column.name);
  return [];
}

export function removeTable(cat: Catalog, table: Table, cascade: boolean): string[] {
  const readers = relationDependents(cat, table.schema, table.name, cascade); // views; triggers go with the table
  if (readers.length) return readers;
  const external = foreignKeysTo(cat, table).filter((r) => r.table !== table);
  if (external.length && !cascade) return external.map((r) => `constraint ${r.fk.name} on table ${r.table.schema}.${r.table.name}`);
  const children = removeChildren(cat, table, cascade, (c) => removeTable(cat, c, true)); // partitions, inheriting tables
  if (children.length) return children;
  for (const r of external) r.table.constraints.delete(r.fk.name);
  for (const i of indexesOfTable(cat, table)) cat.indexes.delete(`${i.schema}.${i.name}`);
  for (const st of tableStatistics(cat, table)) cat.statistics.delete(`${st.schema}.${st.name}`);
  for (const k of sequencesOwnedBy(cat, table)) cat.sequences.delete(k);
  cat.tables.delete(`${table.schema}.${table.name}`);
  return [];
}

/** Columns whose type is the enum (any array depth). */
export function columnsOfType(cat: Catalog, schema: string, name: string): { table: Table; column: Column }[] {
  const out: { table: Table; column: Column }[] = [];
  for (const t of cat.tables.values()) for (const c of t.columns.values()) if (c.type.schema === schema && c.type.name === name) out.push({ table: t, column: c });
  return out;
}

/** Column defaults that call nextval() on the sequence. */
export function defaultsUsingSequence(cat: Catalog, seqKey: string): { table: Table; column: Column }[] {
  const out: { table: Table; column: Column }[] = [];
  const needle = JSON.stringify(seqKey);
  for (const t of cat.tables.values()) for (const c of t.columns.values()) if (c.default?.key.includes('"nextval"') && c.default.key.includes(needle)) out.push({ table: t, column: c });
  return out;
}

/**
 * DROP TABLE of a parent: its partitions go with it; tables that INHERIT it block the drop unless
 * CASCADE. Returns the blockers (empty when the children were removed or there are none).
 */
export function removeChildren(cat: Catalog, t: Table, cascade: boolean, remove: (child: Table) => void): string[] {
  const kids = childrenOf(cat, t);
  const inheriting = kids.filter((c) => !c.partitionOf);
  if (inheriting.length && !cascade) return inheriting.map((c) => `table ${c.schema}.${c.name}`);
  for (const c of kids) remove(c);
  return [];
}
