/**
 * THE stored form of a text search object name (model/text-search.ts): pg_catalog is searched first
 * for an unqualified name, as PostgreSQL does when search_path does not list it, so a built-in object
 * is kept bare (`simple`, `english`); a user one is `schema.name`. Used by the statements and by
 * regconfig literals in expressions (`to_tsvector('c', x)` and pg_dump's `'public.c'::regconfig`).
 */
import type { Catalog } from '../model/catalog.js';
import { qualifiedFromList } from '../../parse/ast.js';
import { truncateIdent } from './names.js';
import { TEXT_SEARCH_BUILTINS } from './text-search-builtins.js';

/** The stored name of an object named by `parts`; undefined when it does not exist. */
export function tsStoredName(cat: Catalog, map: Map<string, unknown>, builtin: (n: string) => boolean, parts: string[]): string | undefined {
  const q = qualifiedFromList(parts.map(truncateIdent));
  if (q.schema === 'pg_catalog') return builtin(q.name) ? q.name : undefined;
  if (q.schema) return map.has(`${q.schema}.${q.name}`) ? `${q.schema}.${q.name}` : undefined;
  if (builtin(q.name)) return q.name;
  for (const s of cat.searchPath) if (map.has(`${s}.${q.name}`)) return `${s}.${q.name}`;
  return undefined;
}

/** A configuration's stored name (`english`, `public.c`); built-ins of PostgreSQL `pgVersion` (default: any). */
export function configName(cat: Catalog, parts: string[], pgVersion = 99): string | undefined {
  const builtin = (n: string) => { const b = TEXT_SEARCH_BUILTINS.configs[n]; return !!b && (b.since ?? 0) <= pgVersion; };
  return tsStoredName(cat, cat.tsConfigs, builtin, parts);
}

/** A dictionary's stored name (`english_stem`, `public.d`). */
export function dictionaryName(cat: Catalog, parts: string[]): string | undefined {
  return tsStoredName(cat, cat.tsDictionaries, (n) => n in TEXT_SEARCH_BUILTINS.dictionaries, parts);
}
