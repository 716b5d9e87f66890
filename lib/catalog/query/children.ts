/** The tables that inherit from a table or are its partitions. */
import type { Catalog, Table } from '../model/catalog.js';
import { tableKey } from './resolve.js';

/** Catalogues known to hold a table that INHERITS (a cheap answer for the common case of none). */
const inheriting = new WeakMap<Catalog, boolean>();

function mayHaveInheritors(cat: Catalog): boolean {
  let v = inheriting.get(cat);
  if (v === undefined) {
    v = [...cat.tables.values()].some((t) => !!t.inherits?.length);
    inheriting.set(cat, v);
  }
  return v;
}

/** Record that a table of `cat` now INHERITS another. */
export function noteInheritance(cat: Catalog): void {
  inheriting.set(cat, true);
}

/** Direct children: partitions and tables that inherit from `t`. */
export function childrenOf(cat: Catalog, t: Table): Table[] {
  if (!t.partitionBy && !mayHaveInheritors(cat)) return [];
  const out: Table[] = [];
  for (const c of cat.tables.values()) {
    if (c.partitionOf && c.partitionOf.schema === t.schema && c.partitionOf.table === t.name) out.push(c);
    else if (c.inherits?.some((p) => p.schema === t.schema && p.name === t.name)) out.push(c);
  }
  return out;
}

/** Every table below `t` in `cat` (partitions and inheriting tables, at any depth), a child before its own. */
export function descendants(cat: Catalog, t: Table, out: Table[] = [], seen = new Set<string>()): Table[] {
  for (const c of childrenOf(cat, t)) {
    if (seen.has(tableKey(c))) continue;
    seen.add(tableKey(c));
    out.push(c);
    descendants(cat, c, out, seen);
  }
  return out;
}
