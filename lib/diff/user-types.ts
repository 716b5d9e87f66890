/**
 * Domains, composite types, range types and collations. Domains change in place (default, NOT NULL,
 * constraints); composites by attribute (ADD / DROP / ALTER ATTRIBUTE); a changed base type, range
 * definition or collation needs the object dropped and created again. New types are created in
 * dependency order (a domain over a new composite comes after it) and dropped in the reverse order.
 */
import type { Catalog, Collation, CompositeType, DomainType, RangeType, TypeRef } from '../catalog/model/catalog.js';
import type { Change } from './change.js';
import type { DiffContext } from './context.js';
import { diffMaps } from './context.js';
import { sameType, typeKey } from '../catalog/query/types.js';

type TypeObj =
  | { kind: 'domain'; obj: DomainType }
  | { kind: 'composite'; obj: CompositeType }
  | { kind: 'range'; obj: RangeType };

function refsOf(t: TypeObj): TypeRef[] {
  switch (t.kind) {
    case 'domain': return [t.obj.baseType];
    case 'composite': return t.obj.attributes.map((a) => a.type);
    case 'range': return [t.obj.subtype];
  }
}

/** Order types so that each comes after the types (of the same list) it refers to; `reverse` for drops. */
function dependencyOrder(types: TypeObj[], reverse: boolean): TypeObj[] {
  const byKey = new Map(types.map((t) => [`${t.obj.schema}.${t.obj.name}`, t]));
  const out: TypeObj[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (k: string) => {
    if (state.has(k)) return;
    state.set(k, 'visiting');
    for (const r of refsOf(byKey.get(k)!)) {
      const rk = `${r.schema ?? ''}.${r.name}`;
      if (byKey.has(rk)) visit(rk);
    }
    state.set(k, 'done');
    out.push(byKey.get(k)!);
  };
  for (const k of [...byKey.keys()].sort()) visit(k);
  return reverse ? out.reverse() : out;
}

function create(t: TypeObj): Change {
  switch (t.kind) {
    case 'domain': return { kind: 'create_domain', domain: t.obj };
    case 'composite': return { kind: 'create_composite', type: t.obj };
    case 'range': return { kind: 'create_range', type: t.obj };
  }
}

function drop(t: TypeObj, recreate: boolean): Change {
  switch (t.kind) {
    case 'domain': return { kind: 'drop_domain', domain: t.obj, recreate };
    case 'composite': return { kind: 'drop_composite', type: t.obj, recreate };
    case 'range': return { kind: 'drop_range', type: t.obj, recreate };
  }
}

function allTypes(cat: Catalog): Map<string, TypeObj> {
  const out = new Map<string, TypeObj>();
  for (const [k, obj] of cat.domains) out.set(k, { kind: 'domain', obj });
  for (const [k, obj] of cat.composites) out.set(k, { kind: 'composite', obj });
  for (const [k, obj] of cat.ranges) out.set(k, { kind: 'range', obj });
  return out;
}

function rangeKey(r: RangeType): string {
  return JSON.stringify([typeKey(r.subtype), r.opclass ?? '', r.collation ?? '', r.canonical ?? '', r.subtypeDiff ?? '', r.multirange]);
}

/** Can `b` be reached from `a` without dropping the type? */
function alterable(a: TypeObj, b: TypeObj): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind === 'domain' && b.kind === 'domain') return sameType(a.obj.baseType, b.obj.baseType) && (a.obj.collation ?? '') === (b.obj.collation ?? '');
  if (a.kind === 'range' && b.kind === 'range') return rangeKey(a.obj) === rangeKey(b.obj);
  return true;
}

export function diffUserTypes(ctx: DiffContext): void {
  const from = allTypes(ctx.from);
  const to = allTypes(ctx.to);
  const created: TypeObj[] = [];
  const dropped: TypeObj[] = [];
  const recreated = new Set<string>();
  diffMaps(from, to, {
    added: (b) => created.push(b),
    removed: (a) => dropped.push(a),
    both: (a, b) => {
      if (!alterable(a, b)) {
        recreated.add(`${a.obj.schema}.${a.obj.name}`);
        dropped.push(a);
        created.push(b);
      } else if (a.kind === 'domain' && b.kind === 'domain') diffDomain(ctx, a.obj, b.obj);
      else if (a.kind === 'composite' && b.kind === 'composite') diffComposite(ctx, a.obj, b.obj);
    },
  });
  for (const t of dependencyOrder(created, false)) ctx.changes.push(create(t));
  for (const t of dependencyOrder(dropped, true)) ctx.changes.push(drop(t, recreated.has(`${t.obj.schema}.${t.obj.name}`)));
}

function diffDomain(ctx: DiffContext, a: DomainType, b: DomainType): void {
  const push = ctx.changes.push.bind(ctx.changes);
  if ((a.default?.key ?? '') !== (b.default?.key ?? '')) push({ kind: 'alter_domain_default', domain: b });
  if (a.notNull !== b.notNull) push({ kind: 'alter_domain_not_null', domain: b });
  for (const [name, ca] of a.constraints) {
    const cb = b.constraints.get(name);
    const changed = cb && (ca.expr.key !== cb.expr.key || (!ca.notValid && cb.notValid));
    if (!cb || changed) push({ kind: 'drop_domain_constraint', domain: b, constraint: ca });
    if (cb && changed) push({ kind: 'add_domain_constraint', domain: b, constraint: cb });
    else if (cb && ca.notValid && !cb.notValid) push({ kind: 'validate_domain_constraint', domain: b, constraint: cb });
  }
  for (const [name, cb] of b.constraints) if (!a.constraints.has(name)) push({ kind: 'add_domain_constraint', domain: b, constraint: cb });
}

function diffComposite(ctx: DiffContext, a: CompositeType, b: CompositeType): void {
  const push = ctx.changes.push.bind(ctx.changes);
  for (const x of a.attributes) if (!b.attributes.some((y) => y.name === x.name)) push({ kind: 'drop_attribute', type: b, attribute: x });
  for (const y of b.attributes) {
    const x = a.attributes.find((z) => z.name === y.name);
    if (!x) push({ kind: 'add_attribute', type: b, attribute: y });
    else if (!sameType(x.type, y.type) || (x.collation ?? '') !== (y.collation ?? '')) push({ kind: 'alter_attribute_type', type: b, attribute: y, from: x });
  }
}

function collationKey(c: Collation): string {
  return JSON.stringify([c.provider, c.locale ?? '', c.lcCollate ?? '', c.lcCtype ?? '', c.deterministic, c.rules ?? '', c.fromUnresolved ? c.from : '']);
}

export function diffCollations(ctx: DiffContext): void {
  diffMaps(ctx.from.collations, ctx.to.collations, {
    added: (collation) => ctx.changes.push({ kind: 'create_collation', collation }),
    removed: (collation) => ctx.changes.push({ kind: 'drop_collation', collation }),
    both: (a, b) => {
      if (collationKey(a) !== collationKey(b)) ctx.changes.push({ kind: 'drop_collation', collation: a, recreate: true }, { kind: 'create_collation', collation: b });
    },
  });
}
