/**
 * Removing objects and what depends on them, as DROP … [CASCADE] does: a table takes its indexes,
 * owned sequences and the foreign keys that reference it; a column takes the constraints and indexes on it.
 * Each function returns the names of dependents that need CASCADE (empty when none).
 */
import { publicationTableDropped, publicationsUsingColumn } from '../query/publication-members.js';
import type { Catalog, Column, Constraint, Index, Table } from '../model/catalog.js';
import { referencedColumns } from '../query/expr.js';
import { relationDependents } from '../query/object-dependents.js';

import { tableStatistics } from './statistics.js';
import { defaultsCallingNextval, foreignKeysTo, indexesOfTable, sequencesOwnedBy } from '../query/drop-lookup.js';
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

/** Is the column part of the table's own partition key (a key column, or read by a key expression)? */
export function partitionKeyUses(table: Table, column: string): boolean {
  return !!table.partitionBy?.keys.some((k) => k.column === column || (!!k.expr && referencedColumns(k.expr.node).includes(column)));
}

/**
 * Remove a column as a cascade from its type, extension or function does. A column of the table's
 * partition key cannot be dropped alone: PostgreSQL drops the whole table (and its partitions).
 */
export function removeColumnOrTable(cat: Catalog, table: Table, column: Column): void {
  if (cat.tables.get(`${table.schema}.${table.name}`) !== table || !table.columns.has(column.name)) return; // gone with an earlier dependent
  if (partitionKeyUses(table, column.name)) removeTable(cat, table, true);
  else removeColumn(cat, table, column, true);
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
  // a column list or row filter naming it: CASCADE takes the table out of that publication
  const members = publicationsUsingColumn(cat, table, column.name);
  if (!cascade) blockers.push(...members.map((u) => `publication of table ${table.name} in publication ${u.publication.name}`));
  if (blockers.length) return blockers;
  for (const u of members) u.publication.tables.delete(`${table.schema}.${table.name}`);
  for (const g of generated) removeColumnOrTable(cat, table, g);
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

/**
 * DROP TABLE of one table: its partitions go with it (PostgreSQL needs no CASCADE for them), tables
 * that INHERIT it need CASCADE. `together`: the other tables the same statement drops (`DROP TABLE
 * pk, fk`, `DROP TABLE parent, child`): PostgreSQL drops the listed objects as one, so their foreign
 * keys and inheritance do not block. Returns the blockers (empty when the table was removed).
 */
export function removeTable(cat: Catalog, table: Table, cascade: boolean, together: ReadonlySet<Table> = new Set()): string[] {
  if (!cascade) {
    const tree = droppedTree(cat, table, together);
    const blockers = [...tree].flatMap((t) => tableBlockers(cat, t, new Set([...tree, ...together])));
    if (blockers.length) return blockers;
  }
  relationDependents(cat, table.schema, table.name, true); // views, rules, policies …; triggers go with the table
  for (const c of childrenOf(cat, table)) removeTable(cat, c, true); // partitions, inheriting tables (checked above)
  for (const r of foreignKeysTo(cat, table)) if (r.table !== table) r.table.constraints.delete(r.fk.name);
  for (const i of indexesOfTable(cat, table)) cat.indexes.delete(`${i.schema}.${i.name}`);
  for (const st of tableStatistics(cat, table)) cat.statistics.delete(`${st.schema}.${st.name}`);
  for (const k of sequencesOwnedBy(cat, table)) {
    for (const u of defaultsUsingSequence(cat, k)) if (u.table !== table) delete u.column.default; // another table's nextval() of an owned sequence
    cat.sequences.delete(k);
  }
  publicationTableDropped(cat, table); // PostgreSQL removes it from publications silently
  cat.tables.delete(`${table.schema}.${table.name}`);
  return [];
}

/** The table and what a DROP without CASCADE takes with it: its partitions, and its children the statement lists too (at any depth). */
function droppedTree(cat: Catalog, table: Table, together: ReadonlySet<Table>, out = new Set<Table>()): Set<Table> {
  out.add(table);
  for (const c of childrenOf(cat, table)) if (!out.has(c) && (c.partitionOf || together.has(c))) droppedTree(cat, c, together, out);
  return out;
}

/**
 * What keeps one table of a dropped tree from going without CASCADE: views, rules, functions and
 * policies reading it, foreign keys from tables that stay, tables that inherit it and stay.
 */
function tableBlockers(cat: Catalog, t: Table, dropped: ReadonlySet<Table>): string[] {
  const out = relationDependents(cat, t.schema, t.name, false);
  for (const r of foreignKeysTo(cat, t)) if (!dropped.has(r.table)) out.push(`constraint ${r.fk.name} on table ${r.table.schema}.${r.table.name}`);
  for (const c of childrenOf(cat, t)) if (!dropped.has(c)) out.push(`table ${c.schema}.${c.name}`);
  for (const k of sequencesOwnedBy(cat, t)) {
    for (const u of defaultsUsingSequence(cat, k)) if (!dropped.has(u.table)) out.push(`default value for column ${u.column.name} of table ${u.table.name}`);
  }
  return out;
}

/** Columns whose type is the enum (any array depth). */
export function columnsOfType(cat: Catalog, schema: string, name: string): { table: Table; column: Column }[] {
  const out: { table: Table; column: Column }[] = [];
  for (const t of cat.tables.values()) for (const c of t.columns.values()) if (c.type.schema === schema && c.type.name === name) out.push({ table: t, column: c });
  return out;
}

/** Column defaults that call nextval() on the sequence. */
export function defaultsUsingSequence(cat: Catalog, seqKey: string): { table: Table; column: Column }[] {
  return defaultsCallingNextval(cat, seqKey); // one pass over the catalogue for a run of DROPs (drop-lookup.ts)
}
