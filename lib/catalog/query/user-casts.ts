/** Casts the schema defines (CREATE CAST): their catalogue key, and the cast between two types if the schema defines one. */
import type { Catalog, Cast, TypeRef } from '../model/catalog.js';
import { typeKey } from './types.js';

/** The key of a cast: its (source, target) pair, type modifiers apart (pg_cast knows none). */
export function castKey(source: TypeRef, target: TypeRef): string {
  return `${typeKey({ ...source, mods: [] })} AS ${typeKey({ ...target, mods: [] })}`;
}

/** The cast `cat` defines from `source` to `target`, if any. */
export function userCast(cat: Catalog, source: TypeRef, target: TypeRef): Cast | undefined {
  return cat.casts.get(castKey(source, target));
}
