/** Range types: CREATE TYPE … AS RANGE (subtype, subtype_opclass, collation, canonical, subtype_diff, multirange_type_name). */
import type { CreateRangeStmt, Node } from '@pgsql/types';
import type { Catalog, RangeType } from '../model/catalog.js';
import { methodKey } from '../query/operator-keys.js';
import { type ApplyContext, creationSchema, fail, origin } from './context.js';
import { defElems, qualifiedFromList, strings } from '../../parse/ast.js';
import { collationName } from './collation.js';
import { truncateIdent } from '../query/names.js';
import { resolveUserType } from '../query/resolve.js';
import { typeFromNode } from '../query/types.js';

/** PostgreSQL's default multirange name: the first `range` in the name becomes `multirange`, else `_multirange` is appended. */
export function defaultMultirangeName(name: string): string {
  const i = name.indexOf('range');
  return truncateIdent(i >= 0 ? `${name.slice(0, i)}multirange${name.slice(i + 5)}` : `${name}_multirange`);
}

/** A function or operator class name as written, without `pg_catalog.`. */
function objectName(arg: Node | undefined): string[] {
  const o = arg as Record<string, any> | undefined;
  const parts = o?.TypeName ? strings(o.TypeName.names) : o?.List ? strings(o.List.items) : o?.String ? [o.String.sval] : [];
  return parts[0] === 'pg_catalog' && parts.length === 2 ? [parts[1]!] : parts;
}

export function createRange(ctx: ApplyContext, s: CreateRangeStmt): void {
  const q = qualifiedFromList(strings(s.typeName));
  const schema = creationSchema(ctx, q.schema);
  const name = truncateIdent(q.name);
  if (!ctx.cat.schemas.has(schema) && ctx.mode === 'replay') return fail(ctx, 'missing-object', `schema "${schema}" does not exist`);
  if (resolveUserType(ctx.cat, schema, name)) return fail(ctx, 'duplicate-object', `type "${name}" already exists`);
  let subtype: RangeType['subtype'] | undefined;
  const r: Omit<RangeType, 'subtype'> = { schema, name, multirange: defaultMultirangeName(name), origin: origin(ctx) };
  for (const d of defElems(s.params)) {
    const arg = d.arg as Record<string, any> | undefined;
    switch (d.defname) {
      case 'subtype':
        if (arg?.TypeName) subtype = typeFromNode(arg.TypeName, ctx.cat);
        break;
      case 'subtype_opclass': r.opclass = objectName(d.arg).join('.'); break;
      case 'collation': r.collation = collationName(ctx.cat, objectName(d.arg)); break;
      case 'canonical': r.canonical = objectName(d.arg).join('.'); break;
      case 'subtype_diff': r.subtypeDiff = objectName(d.arg).join('.'); break;
      case 'multirange_type_name': r.multirange = truncateIdent(qualifiedFromList(objectName(d.arg)).name); break;
      default:
        fail(ctx, 'invalid-definition', `type attribute "${d.defname}" not recognized`);
    }
  }
  if (!subtype) return fail(ctx, 'invalid-definition', 'type attribute "subtype" is required');
  if (resolveUserType(ctx.cat, schema, r.multirange)) return fail(ctx, 'duplicate-object', `type "${r.multirange}" already exists`);
  const range = { ...r, subtype };
  qualifyRangeOptions(ctx.cat, range);
  ctx.cat.ranges.set(`${schema}.${name}`, range);
}

/**
 * SUBTYPE_OPCLASS, SUBTYPE_DIFF and CANONICAL naming a user object unqualified, qualified with the schema
 * the search path finds it in, as pg_dump prints them (`public.op_class_custom`); built-in ones stay
 * bare. In bind the classes and functions come after the types: run again at the end (bind.ts).
 */
export function qualifyRangeOptions(cat: Catalog, r: RangeType): void {
  const find = (name: string | undefined, has: (schema: string, name: string) => boolean): string | undefined => {
    if (!name || name.includes('.')) return name;
    const s = cat.searchPath.find((sc) => has(sc, name));
    return s ? `${s}.${name}` : name;
  };
  const fn = (s: string, n: string) => [...cat.functions.values()].some((f) => f.schema === s && f.name === n);
  if (r.opclass) r.opclass = find(r.opclass, (s, n) => cat.opclasses.has(methodKey(s, n, 'btree')));
  if (r.subtypeDiff) r.subtypeDiff = find(r.subtypeDiff, fn);
  if (r.canonical) r.canonical = find(r.canonical, fn);
}
