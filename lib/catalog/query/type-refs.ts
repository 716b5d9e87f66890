/**
 * Every place the catalogue refers to a type: table columns, composite attributes, domain base types,
 * range subtypes, function arguments and results, casts. Used to find what depends on a user type (DROP TYPE),
 * and to follow a type that is renamed or moved to another schema.
 */
import type { Cast, Catalog, Column, Table, TypeRef } from '../model/catalog.js';
import { castKey } from './user-casts.js';
import { rekeyFunctions } from './object-dependents.js';
import { resolveUserType } from './resolve.js';
import { BUILTIN_TYPES, typeToSql } from './types.js';

export interface TypeUse {
  /** How PostgreSQL names the dependent in "other objects depend on it" messages. */
  describe: string;
  type: TypeRef;
  set: (t: TypeRef) => void;
  /** Set for table columns (DROP TYPE … CASCADE drops the column). */
  table?: Table;
  column?: Column;
  /** Set for dependents that are types themselves (cascading drops remove them). */
  dependentType?: { schema: string; name: string };
  /** Set for casts (DROP TYPE … CASCADE drops the cast). */
  cast?: Cast;
}

export function typeUses(cat: Catalog): TypeUse[] {
  const out: TypeUse[] = [];
  for (const t of cat.tables.values()) {
    for (const c of t.columns.values()) {
      out.push({ describe: `column ${c.name} of table ${t.name}`, type: c.type, set: (x) => { c.type = x; }, table: t, column: c });
    }
  }
  for (const ct of cat.composites.values()) {
    for (const a of ct.attributes) {
      out.push({ describe: `column ${a.name} of composite type ${ct.name}`, type: a.type, set: (x) => { a.type = x; }, dependentType: ct });
    }
  }
  for (const d of cat.domains.values()) out.push({ describe: `type ${d.name}`, type: d.baseType, set: (x) => { d.baseType = x; }, dependentType: d });
  for (const r of cat.ranges.values()) out.push({ describe: `type ${r.name}`, type: r.subtype, set: (x) => { r.subtype = x; }, dependentType: r });
  for (const f of cat.functions.values()) {
    for (const a of f.args) out.push({ describe: `function ${f.name}`, type: a.type, set: (x) => { a.type = x; } });
    const ret = f.returns;
    if (ret) out.push({ describe: `function ${f.name}`, type: ret.type, set: (x) => { ret.type = x; } });
  }
  // a cast's key is its type pair: set again under the new key
  const rekey = (c: Cast) => {
    for (const [k, v] of cat.casts) if (v === c) { cat.casts.delete(k); break; }
    cat.casts.set(castKey(c.source, c.target), c);
  };
  for (const c of cat.casts.values()) {
    const describe = `cast from ${typeToSql(c.source)} to ${typeToSql(c.target)}`;
    out.push({ describe, type: c.source, set: (x) => { c.source = x; rekey(c); }, cast: c });
    out.push({ describe, type: c.target, set: (x) => { c.target = x; rekey(c); }, cast: c });
  }
  return out;
}

/** Uses of the type `schema.name` (at any array depth). */
export function usesOfType(cat: Catalog, schema: string, name: string): TypeUse[] {
  return typeUses(cat).filter((u) => u.type.schema === schema && u.type.name === name);
}

/** Point every use of `from` at `to` (a renamed or moved type). */
export function retargetType(cat: Catalog, from: { schema: string; name: string }, to: { schema: string; name: string }): void {
  for (const u of usesOfType(cat, from.schema, from.name)) u.set({ ...u.type, schema: to.schema, name: to.name });
  rekeyFunctions(cat); // a function's identity includes its argument types
}

/**
 * Qualify the type names that name a table's or view's row type. PostgreSQL (11+) lets a domain, a
 * composite attribute, a range subtype, a column and a function use any relation's row type (`x`,
 * `x[]`); bind applies types before tables and tables before views, so such a name was not known
 * when its statement ran and stayed unqualified. Resolved through the catalogue's search path, as
 * function signatures are (statements/function.ts).
 */
export function qualifyRowTypes(cat: Catalog): void {
  let changed = false;
  for (const u of typeUses(cat)) {
    if (u.type.schema || BUILTIN_TYPES.has(u.type.name)) continue;
    const r = resolveUserType(cat, undefined, u.type.name);
    if (r?.kind !== 'table') continue;
    u.set({ ...u.type, schema: r.schema, name: r.name });
    changed = true;
  }
  if (changed) rekeyFunctions(cat); // a function's identity includes its argument types
}
