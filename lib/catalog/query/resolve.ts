/** Name resolution through the search path, as PostgreSQL resolves unqualified names. */
import type { RangeVar } from '@pgsql/types';
import type { Catalog, EnumType, Index, Sequence, Table } from '../model/catalog.js';
import { truncateIdent } from './names.js';

function resolveIn<T>(cat: Catalog, map: Map<string, T>, schema: string | undefined, name: string): T | undefined {
  const n = truncateIdent(name);
  if (schema) return map.get(`${truncateIdent(schema)}.${n}`);
  for (const s of cat.searchPath) {
    const hit = map.get(`${s}.${n}`);
    if (hit) return hit;
  }
  // pg_temp / pg_catalog are implicit; objects pgshift does not model are simply not found.
  return undefined;
}

export function resolveTable(cat: Catalog, r: { schema?: string; name: string } | RangeVar): Table | undefined {
  const q: { schema?: string; name: string } =
    'relname' in r ? { schema: r.schemaname || undefined, name: r.relname ?? '' } : (r as { schema?: string; name: string });
  return resolveIn(cat, cat.tables, q.schema, q.name);
}

export function resolveIndex(cat: Catalog, schema: string | undefined, name: string): Index | undefined {
  return resolveIn(cat, cat.indexes, schema, name);
}

export function resolveSequence(cat: Catalog, schema: string | undefined, name: string): Sequence | undefined {
  return resolveIn(cat, cat.sequences, schema, name);
}

export function resolveEnum(cat: Catalog, schema: string | undefined, name: string): EnumType | undefined {
  return resolveIn(cat, cat.enums, schema, name);
}

export type UserTypeKind = 'enum' | 'domain' | 'composite' | 'range' | 'multirange' | 'table';

/**
 * THE resolution of a user type name (enum, domain, composite, range, a range's multirange, a table's
 * row type), through the search path when unqualified. Builtins are not user types: callers check them first.
 */
export function resolveUserType(cat: Catalog, schema: string | undefined, name: string): { kind: UserTypeKind; schema: string; name: string } | undefined {
  const n = truncateIdent(name);
  const find = (s: string): { kind: UserTypeKind; schema: string; name: string } | undefined => {
    const k = `${s}.${n}`;
    if (cat.enums.has(k)) return { kind: 'enum', schema: s, name: n };
    if (cat.domains.has(k)) return { kind: 'domain', schema: s, name: n };
    if (cat.composites.has(k)) return { kind: 'composite', schema: s, name: n };
    if (cat.ranges.has(k)) return { kind: 'range', schema: s, name: n };
    for (const r of cat.ranges.values()) if (r.schema === s && r.multirange === n) return { kind: 'multirange', schema: s, name: n };
    if (cat.tables.has(k) || cat.views?.has(k)) return { kind: 'table', schema: s, name: n }; // row types of tables and views
    return undefined;
  };
  if (schema) return find(truncateIdent(schema));
  for (const s of cat.searchPath) {
    const hit = find(s);
    if (hit) return hit;
  }
  return undefined;
}

export function tableKey(t: { schema: string; name: string }): string {
  return `${t.schema}.${t.name}`;
}
