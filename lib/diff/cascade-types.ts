/**
 * Types built on a type that is dropped and created again (a table's or view's row type when the
 * relation is re-created): PostgreSQL records that a domain depends on its base type, a composite
 * on its attributes' types and a range on its subtype (`x` and `x[]` alike), so DROP TABLE x is
 * refused while `CREATE DOMAIN y AS x` stands. cascade.ts drops such a type first and creates it
 * again after (its own changes are folded into the new CREATE), then treats it as disrupted too.
 * A type a column of a table that stays is declared with is left alone: dropping it would drop the
 * column's data.
 */
import type { CompositeType, DomainType, RangeType, TypeRef } from '../catalog/model/catalog.js';
import type { Change } from './change.js';
import type { DiffContext } from './context.js';
import { usesOfType } from '../catalog/query/type-refs.js';

type Built =
  | { kind: 'domain'; obj: DomainType; to: DomainType }
  | { kind: 'composite'; obj: CompositeType; to: CompositeType }
  | { kind: 'range'; obj: RangeType; to: RangeType };

const refers = (t: TypeRef, d: { schema: string; name: string }) => t.schema === d.schema && t.name === d.name;

/** Domains, composites and ranges of `from` that use type `d` and stay in `to`. */
function builtOn(ctx: DiffContext, d: { schema: string; name: string }): Built[] {
  const out: Built[] = [];
  for (const [k, obj] of ctx.from.domains) {
    const to = ctx.to.domains.get(k);
    if (to && refers(obj.baseType, d)) out.push({ kind: 'domain', obj, to });
  }
  for (const [k, obj] of ctx.from.composites) {
    const to = ctx.to.composites.get(k);
    if (to && obj.attributes.some((a) => refers(a.type, d))) out.push({ kind: 'composite', obj, to });
  }
  for (const [k, obj] of ctx.from.ranges) {
    const to = ctx.to.ranges.get(k);
    if (to && refers(obj.subtype, d)) out.push({ kind: 'range', obj, to });
  }
  return out.sort((a, b) => (`${a.obj.schema}.${a.obj.name}` < `${b.obj.schema}.${b.obj.name}` ? -1 : 1));
}

/** The changes of the diff that concern type `k` (its drop, create, and in-place alterations). */
function concerns(c: Change, k: string): boolean {
  switch (c.kind) {
    case 'drop_domain':
    case 'create_domain':
    case 'alter_domain_default':
    case 'alter_domain_not_null':
    case 'add_domain_constraint':
    case 'drop_domain_constraint':
    case 'validate_domain_constraint':
      return `${c.domain.schema}.${c.domain.name}` === k;
    case 'drop_composite':
    case 'create_composite':
    case 'add_attribute':
    case 'drop_attribute':
    case 'alter_attribute_type':
    case 'drop_range':
    case 'create_range':
      return `${c.type.schema}.${c.type.name}` === k;
    default:
      return false;
  }
}

function recreation(b: Built): Change[] {
  const comments: Change[] = [];
  const comment = (text: string | undefined) => {
    if (text !== undefined) comments.push({ kind: 'set_comment', target: { kind: 'type', schema: b.to.schema, name: b.to.name }, text });
  };
  comment(b.to.comment);
  switch (b.kind) {
    case 'domain':
      for (const x of b.to.constraints.values()) {
        if (x.comment !== undefined) comments.push({ kind: 'set_comment', target: { kind: 'domain_constraint', schema: b.to.schema, domain: b.to.name, name: x.name }, text: x.comment });
      }
      return [{ kind: 'drop_domain', domain: b.obj, recreate: true }, { kind: 'create_domain', domain: b.to }, ...comments];
    case 'composite':
      for (const a of b.to.attributes) {
        if (a.comment !== undefined) comments.push({ kind: 'set_comment', target: { kind: 'attribute', schema: b.to.schema, type: b.to.name, name: a.name }, text: a.comment });
      }
      return [{ kind: 'drop_composite', type: b.obj, recreate: true }, { kind: 'create_composite', type: b.to }, ...comments];
    case 'range':
      return [{ kind: 'drop_range', type: b.obj, recreate: true }, { kind: 'create_range', type: b.to }, ...comments];
  }
}

/**
 * Drop and create again the types built on type `d`, unless a column of a table that stays uses them;
 * returns the types so re-created (their own users are disrupted in turn).
 */
export function recreateTypesBuiltOn(ctx: DiffContext, d: { schema: string; name: string }): { schema: string; name: string }[] {
  const out: { schema: string; name: string }[] = [];
  for (const b of builtOn(ctx, d)) {
    const k = `${b.obj.schema}.${b.obj.name}`;
    const storedIn = usesOfType(ctx.from, b.obj.schema, b.obj.name).filter((u) => u.table && ctx.to.tables.has(`${u.table.schema}.${u.table.name}`));
    if (storedIn.length) continue;
    const changes = ctx.changes;
    const dropped = changes.some((c) => (c.kind === 'drop_domain' || c.kind === 'drop_composite' || c.kind === 'drop_range') && concerns(c, k));
    if (dropped) continue; // already dropped and created again by the type diff
    for (let i = changes.length - 1; i >= 0; i--) if (concerns(changes[i]!, k)) changes.splice(i, 1);
    changes.push(...recreation(b));
    out.push({ schema: b.obj.schema, name: b.obj.name });
  }
  return out;
}
