/**
 * Reverse lookups for dropping tables one after the other (the down migration of an initial
 * revision drops every table): the foreign keys that reference a table, its indexes and its owned
 * sequences, found in one pass over the catalogue instead of one pass per DROP.
 *
 * Removals never make a lookup wrong: every entry is checked against the catalogue when it is read
 * (an entry whose object is gone, or no longer matches, is skipped). Additions would, so the lookups
 * are forgotten whenever anything but a DROP is applied (`applyStatement` calls `forgetDropLookups`),
 * and rebuilt when the catalogue's maps were replaced or grew since they were built.
 */
import type { Catalog, Column, Constraint, Index, Sequence, Table } from '../model/catalog.js';

type ForeignKey = Constraint & { kind: 'foreign' };

interface Lookups {
  tables: Catalog['tables'];
  indexes: Catalog['indexes'];
  sequences: Catalog['sequences'];
  /** Sizes when built (or after the last removal seen): a map that grew has additions the lookups lack. */
  sizes: [number, number, number];
  fksTo: Map<string, { table: Table; fk: ForeignKey }[]>;
  indexesOf: Map<string, Index[]>;
  sequencesOf: Map<string, Sequence[]>;
  /** Column defaults calling nextval(), by the keys of the sequences their comparison key names. */
  nextvalUsers: Map<string, { table: Table; column: Column }[]>;
}

const cache = new WeakMap<Catalog, Lookups>();

/** Something other than a DROP changed the catalogue: the lookups may miss what it added. */
export function forgetDropLookups(cat: Catalog): void {
  cache.delete(cat);
}

function push<T>(m: Map<string, T[]>, k: string, v: T): void {
  const l = m.get(k);
  if (l) l.push(v);
  else m.set(k, [v]);
}

function build(cat: Catalog): Lookups {
  const fksTo = new Map<string, { table: Table; fk: ForeignKey }[]>();
  for (const t of cat.tables.values()) {
    for (const c of t.constraints.values()) if (c.kind === 'foreign') push(fksTo, `${c.refSchema}.${c.refTable}`, { table: t, fk: c });
  }
  const indexesOf = new Map<string, Index[]>();
  for (const i of cat.indexes.values()) push(indexesOf, `${i.schema}.${i.table}`, i);
  const sequencesOf = new Map<string, Sequence[]>();
  for (const s of cat.sequences.values()) if (s.ownedBy) push(sequencesOf, `${s.ownedBy.schema}.${s.ownedBy.table}`, s);
  const nextvalUsers = new Map<string, { table: Table; column: Column }[]>();
  for (const t of cat.tables.values()) {
    for (const c of t.columns.values()) {
      if (!c.default?.key.includes('"nextval"')) continue;
      // the key is JSON: a sequence it names stands in it as a quoted `schema.name`
      for (const m of c.default.key.matchAll(/"([^"\\]+\.[^"\\]+)"/g)) if (cat.sequences.has(m[1]!)) push(nextvalUsers, m[1]!, { table: t, column: c });
    }
  }
  return { tables: cat.tables, indexes: cat.indexes, sequences: cat.sequences, sizes: [cat.tables.size, cat.indexes.size, cat.sequences.size], fksTo, indexesOf, sequencesOf, nextvalUsers };
}

function lookups(cat: Catalog): Lookups {
  const l = cache.get(cat);
  if (l && l.tables === cat.tables && l.indexes === cat.indexes && l.sequences === cat.sequences && cat.tables.size <= l.sizes[0] && cat.indexes.size <= l.sizes[1] && cat.sequences.size <= l.sizes[2]) {
    l.sizes = [cat.tables.size, cat.indexes.size, cat.sequences.size];
    return l;
  }
  const fresh = build(cat);
  cache.set(cat, fresh);
  return fresh;
}

/** Foreign keys (of any table, this one included) that reference `table`, as `referencingForeignKeys(cat, table)`. */
export function foreignKeysTo(cat: Catalog, table: Table): { table: Table; fk: ForeignKey }[] {
  const all = lookups(cat).fksTo.get(`${table.schema}.${table.name}`) ?? [];
  return all.filter((r) => cat.tables.get(`${r.table.schema}.${r.table.name}`) === r.table && r.table.constraints.get(r.fk.name) === r.fk && r.fk.refSchema === table.schema && r.fk.refTable === table.name);
}

/** The indexes of `table`, as `tableIndexes(cat, table)`. */
export function indexesOfTable(cat: Catalog, table: Table): Index[] {
  const all = lookups(cat).indexesOf.get(`${table.schema}.${table.name}`) ?? [];
  return all.filter((i) => cat.indexes.get(`${i.schema}.${i.name}`) === i && i.schema === table.schema && i.table === table.name);
}

/** The sequences owned by a column of `table`, with their keys. */
export function sequencesOwnedBy(cat: Catalog, table: Table): string[] {
  const all = lookups(cat).sequencesOf.get(`${table.schema}.${table.name}`) ?? [];
  const out: string[] = [];
  for (const s of all) {
    const k = `${s.schema}.${s.name}`;
    if (cat.sequences.get(k) === s && s.ownedBy?.schema === table.schema && s.ownedBy.table === table.name) out.push(k);
  }
  return out;
}

/** Column defaults that call nextval() on the sequence `seqKey`, as a scan of every column would find them. */
export function defaultsCallingNextval(cat: Catalog, seqKey: string): { table: Table; column: Column }[] {
  const needle = JSON.stringify(seqKey);
  const all = lookups(cat).nextvalUsers.get(seqKey) ?? [];
  return all.filter((u) => cat.tables.get(`${u.table.schema}.${u.table.name}`) === u.table && u.table.columns.get(u.column.name) === u.column && !!u.column.default?.key.includes(needle));
}
