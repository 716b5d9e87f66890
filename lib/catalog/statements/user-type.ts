/**
 * What every user type kind (enum, domain, composite, range) shares: lookup across the kinds,
 * DROP TYPE / DROP DOMAIN with their dependents, RENAME, SET SCHEMA. Uses of a type are found and
 * retargeted through type-refs.ts.
 */
import { castKey } from '../query/user-casts.js';
import type { Catalog, CompositeType, DomainType, EnumType, RangeType } from '../model/catalog.js';
import { type ApplyContext, fail } from './context.js';
import type { QualifiedName } from '../../parse/ast.js';
import { removeColumnOrTable } from './dependents.js';
import { truncateIdent } from '../query/names.js';
import { resolveUserType } from '../query/resolve.js';
import { retargetType, usesOfType, type TypeUse } from '../query/type-refs.js';

export type UserType =
  | { kind: 'enum'; type: EnumType }
  | { kind: 'domain'; type: DomainType }
  | { kind: 'composite'; type: CompositeType }
  | { kind: 'range'; type: RangeType };

type TypeMap = Map<string, { schema: string; name: string }>;

function mapOf(cat: Catalog, kind: UserType['kind']): TypeMap {
  switch (kind) {
    case 'enum': return cat.enums as TypeMap;
    case 'domain': return cat.domains as TypeMap;
    case 'composite': return cat.composites as TypeMap;
    case 'range': return cat.ranges as TypeMap;
  }
}

/** An enum, domain, composite or range type by (possibly unqualified) name. */
export function findUserType(cat: Catalog, schema: string | undefined, name: string): UserType | undefined {
  const r = resolveUserType(cat, schema, name);
  if (!r) return undefined;
  const k = `${r.schema}.${r.name}`;
  switch (r.kind) {
    case 'enum': return { kind: 'enum', type: cat.enums.get(k)! };
    case 'domain': return { kind: 'domain', type: cat.domains.get(k)! };
    case 'composite': return { kind: 'composite', type: cat.composites.get(k)! };
    case 'range': return { kind: 'range', type: cat.ranges.get(k)! };
    default: return undefined;
  }
}

/** Uses of a type and, for a range, of its multirange. */
function dependents(cat: Catalog, u: UserType): TypeUse[] {
  const out = usesOfType(cat, u.type.schema, u.type.name);
  if (u.kind === 'range') out.push(...usesOfType(cat, u.type.schema, u.type.multirange));
  return out;
}

/** Remove a type; with `cascade`, what uses it goes too (columns, attributes, types, functions), as PostgreSQL does. */
export function removeUserType(cat: Catalog, u: UserType, cascade: boolean): string[] {
  const deps = dependents(cat, u);
  if (deps.length && !cascade) return [...new Set(deps.map((d) => d.describe))];
  mapOf(cat, u.kind).delete(`${u.type.schema}.${u.type.name}`);
  for (const d of deps) {
    if (d.table && d.column) {
      removeColumnOrTable(cat, d.table, d.column); // the whole table when the column is in its partition key
    } else if (d.cast) {
      cat.casts.delete(castKey(d.cast.source, d.cast.target));
    } else if (d.dependentType) {
      const dep = findUserType(cat, d.dependentType.schema, d.dependentType.name);
      if (!dep) continue;
      if (dep.kind === 'composite') dep.type.attributes = dep.type.attributes.filter((a) => a.type !== d.type);
      else removeUserType(cat, dep, true);
    } else {
      for (const [k, f] of cat.functions) {
        if (f.args.some((a) => a.type === d.type) || f.returns?.type === d.type) cat.functions.delete(k);
      }
    }
  }
  return [];
}

/** DROP TYPE / DROP DOMAIN of one name. */
export function dropUserType(ctx: ApplyContext, q: QualifiedName, opts: { cascade: boolean; missingOk: boolean; domain: boolean }): void {
  const u = findUserType(ctx.cat, q.schema, q.name);
  const label = `${q.schema ? q.schema + '.' : ''}${q.name}`;
  if (!u) {
    if (!opts.missingOk) fail(ctx, 'missing-object', `type "${label}" does not exist`);
    return;
  }
  if (opts.domain && u.kind !== 'domain') return fail(ctx, 'wrong-object-type', `"${label}" is not a domain`);
  const blockers = removeUserType(ctx.cat, u, opts.cascade);
  if (blockers.length) {
    fail(ctx, 'dependent-objects', `cannot drop type ${u.type.name} because other objects depend on it: ${blockers.join(', ')}`, 'Use DROP ... CASCADE to drop the dependent objects too.');
  }
}

/** ALTER TYPE / DOMAIN … RENAME TO and SET SCHEMA: the type moves, its uses follow. */
export function moveUserType(ctx: ApplyContext, q: QualifiedName, to: { schema?: string; name?: string }): void {
  const u = findUserType(ctx.cat, q.schema, q.name);
  if (!u) return fail(ctx, 'missing-object', `type "${q.schema ? q.schema + '.' : ''}${q.name}" does not exist`);
  const schema = to.schema ?? u.type.schema;
  const name = to.name ? truncateIdent(to.name) : u.type.name;
  if (to.schema && !ctx.cat.schemas.has(schema) && ctx.mode === 'replay') return fail(ctx, 'missing-object', `schema "${schema}" does not exist`);
  if (resolveUserType(ctx.cat, schema, name)) return fail(ctx, 'duplicate-object', `type "${name}" already exists in schema "${schema}"`);
  const map = mapOf(ctx.cat, u.kind);
  map.delete(`${u.type.schema}.${u.type.name}`);
  retargetType(ctx.cat, u.type, { schema, name });
  if (u.kind === 'range') retargetType(ctx.cat, { schema: u.type.schema, name: u.type.multirange }, { schema, name: u.type.multirange });
  u.type.schema = schema;
  u.type.name = name;
  map.set(`${schema}.${name}`, u.type);
}
