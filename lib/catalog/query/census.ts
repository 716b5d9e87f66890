/**
 * Every object of a catalogue with the place that declared it: what a statement removed is the
 * difference of two censuses (by object identity: an object dropped and created again is another
 * object). Columns have no place of their own: they take their table's.
 */
import type { Catalog, Origin } from '../model/catalog.js';

export interface CensusEntry {
  /** What names the object: `table s.t`, `column s.t.c`, `constraint c on s.t` … */
  kind: string;
  name: string;
  origin: Origin;
  /** The table a column, constraint or policy belongs to. */
  parent?: object;
}

/** Catalogue maps whose objects carry an origin, with the word that names their kind. */
const KINDS: [keyof Catalog, string][] = [
  ['schemas', 'schema'], ['extensions', 'extension'], ['enums', 'type'], ['domains', 'domain'], ['composites', 'type'],
  ['ranges', 'type'], ['collations', 'collation'], ['sequences', 'sequence'], ['tables', 'table'], ['indexes', 'index'],
  ['views', 'view'], ['functions', 'function'], ['triggers', 'trigger'], ['rules', 'rule'], ['statistics', 'statistics'], ['operators', 'operator'],
  ['tsDictionaries', 'text search dictionary'], ['tsConfigs', 'text search configuration'], ['publications', 'publication'], ['casts', 'cast'], ['eventTriggers', 'event trigger'],
];

export type Census = Map<object, CensusEntry>;

export function census(cat: Catalog): Census {
  const out: Census = new Map();
  for (const [field, kind] of KINDS) {
    for (const [name, o] of cat[field] as Map<string, { origin?: Origin }>) if (o.origin) out.set(o, { kind, name, origin: o.origin });
  }
  for (const [k, t] of cat.tables) {
    if (!t.origin) continue;
    for (const c of t.columns.values()) out.set(c, { kind: 'column', name: `${k}.${c.name}`, origin: t.origin, parent: t });
    for (const c of t.constraints.values()) if (c.origin) out.set(c, { kind: 'constraint', name: `${c.name} on ${k}`, origin: c.origin, parent: t });
    for (const p of t.policies?.values() ?? []) if (p.origin) out.set(p, { kind: 'policy', name: `${p.name} on ${k}`, origin: p.origin, parent: t });
  }
  return out;
}

/** Entries of `before` that `after` no longer has (a removed table stands for its columns, constraints and policies). */
export function removedSince(before: Census, after: Census): CensusEntry[] {
  const gone = [...before].filter(([o]) => !after.has(o));
  const goneObjects = new Set(gone.map(([o]) => o));
  return gone.filter(([, e]) => !e.parent || !goneObjects.has(e.parent)).map(([, e]) => e);
}

export function censusLabel(e: CensusEntry): string {
  return `${e.kind} ${e.name}`;
}
