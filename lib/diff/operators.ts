/**
 * Operators, operator families and operator classes. An operator whose estimators alone changed is
 * altered in place; any other change re-creates it, and so does DROP FUNCTION of its function. A class has no ALTER for its definition: a
 * changed class (type, DEFAULT, family, storage or the members bound to it) is dropped and created
 * again with its members. The family's loose members are added and dropped with ALTER OPERATOR
 * FAMILY; a family going away takes its classes.
 */
import type { DiffContext } from './context.js';
import type { Catalog } from '../catalog/model/catalog.js';
import { type FamilyMember, type Operator, type OperatorClass, type OperatorFamily } from '../catalog/model/operator.js';
import { memberDefinition, methodKey, objectNameKey, opKey } from '../catalog/query/operator-keys.js';
import { typeKey } from '../catalog/query/types.js';

function sorted<T>(m: Map<string, T>): [string, T][] {
  return [...m].sort(([x], [y]) => (x < y ? -1 : 1));
}

/** Everything but the estimators, which ALTER OPERATOR can change. */
function operatorCore(o: Operator): string {
  return JSON.stringify([opKey(o), objectNameKey(o.function), objectNameKey(o.commutator), objectNameKey(o.negator), o.hashes, o.merges]);
}

function estimators(o: Operator): string {
  return JSON.stringify([objectNameKey(o.restrict), objectNameKey(o.join)]);
}

const classKey = (c: OperatorClass) => `${c.schema}.${c.name}`;
const familyOf = (cat: Catalog, c: OperatorClass) => cat.opfamilies.get(methodKey(c.family.schema, c.family.name, c.method));

function classHeader(c: OperatorClass): string {
  return JSON.stringify([typeKey(c.type), c.isDefault, c.family, c.storage ? typeKey(c.storage) : '']);
}

/** The members bound to a class, as a comparable list. */
function boundMembers(cat: Catalog, c: OperatorClass): string[] {
  return [...(familyOf(cat, c)?.members.values() ?? [])].filter((m) => m.boundTo === classKey(c)).map(memberDefinition).sort();
}

export function diffOperators(ctx: DiffContext): void {
  const { from, to } = ctx;
  // operators; one whose function is dropped (to be created again) goes first: PostgreSQL records the dependency
  const droppedFunctions = new Set(ctx.changes.flatMap((c) => (c.kind === 'drop_function' ? [`${c.func.schema}.${c.func.name}`] : [])));
  const recreatedOps = new Set<string>();
  for (const [k, a] of sorted(from.operators)) {
    const b = to.operators.get(k);
    if (!b || operatorCore(a) !== operatorCore(b) || callsDropped(from, a, droppedFunctions)) {
      ctx.changes.push({ kind: 'drop_operator', operator: a });
      if (b) recreatedOps.add(k);
    }
  }
  for (const [k, b] of sorted(to.operators)) {
    const a = from.operators.get(k);
    if (!a || recreatedOps.has(k)) ctx.changes.push({ kind: 'create_operator', operator: b });
    else if (estimators(a) !== estimators(b)) ctx.changes.push({ kind: 'alter_operator', operator: b });
  }

  // families: created and dropped ones
  const familyGone = (f: OperatorFamily) => !to.opfamilies.has(methodKey(f.schema, f.name, f.method));
  for (const [, f] of sorted(to.opfamilies)) if (!from.opfamilies.has(methodKey(f.schema, f.name, f.method))) ctx.changes.push({ kind: 'create_operator_family', family: f });

  // classes: dropped, re-created, created
  const droppedClasses = new Set<string>();
  const createdClasses = new Set<string>();
  for (const [k, a] of sorted(from.opclasses)) {
    const b = to.opclasses.get(k);
    const changed = !b || classHeader(a) !== classHeader(b) || JSON.stringify(boundMembers(from, a)) !== JSON.stringify(boundMembers(to, b)) || usesRecreated(from, a, recreatedOps);
    if (!changed) continue;
    droppedClasses.add(classKey(a));
    if (b) createdClasses.add(classKey(b));
    const f = familyOf(from, a);
    if (!f || !familyGone(f)) ctx.changes.push({ kind: 'drop_operator_class', opclass: a }); // else it goes with its family
    recreateIndexesUsing(ctx, a);
  }
  for (const [k, b] of sorted(to.opclasses)) {
    if (!from.opclasses.has(k)) createdClasses.add(classKey(b));
    if (!createdClasses.has(classKey(b))) continue;
    const members = [...(familyOf(to, b)?.members.values() ?? [])].filter((m) => m.boundTo === classKey(b));
    ctx.changes.push({ kind: 'create_operator_class', opclass: b, members });
  }

  // the loose members of families present on both sides (members of dropped / created classes come and go with them)
  for (const [k, b] of sorted(to.opfamilies)) {
    const a = from.opfamilies.get(k);
    const before = new Map<string, FamilyMember>();
    for (const m of a?.members.values() ?? []) {
      if (m.boundTo && droppedClasses.has(m.boundTo)) continue;
      before.set(memberDefinition(m), m);
    }
    const after = new Map<string, FamilyMember>();
    for (const m of b.members.values()) if (!(m.boundTo && createdClasses.has(m.boundTo))) after.set(memberDefinition(m), m);
    // members naming an operator that is re-created go before it and come back after it
    const forced = new Set([...before].filter(([, m]) => m.kind === 'operator' && usesRecreatedMember(m, recreatedOps, from)).map(([d]) => d));
    const dropped = [...before].filter(([d]) => !after.has(d) || forced.has(d)).map(([, m]) => m);
    const added = [...after].filter(([d]) => !before.has(d) || forced.has(d)).map(([, m]) => m);
    if (a && dropped.length) ctx.changes.push({ kind: 'drop_family_members', family: a, members: dropped });
    if (added.length) ctx.changes.push({ kind: 'add_family_members', family: b, members: added });
  }
  for (const [, f] of sorted(from.opfamilies)) if (familyGone(f)) ctx.changes.push({ kind: 'drop_operator_family', family: f });
}

/** Does the operator's function (or an estimator) name a function this migration drops? */
function callsDropped(cat: Catalog, o: Operator, dropped: Set<string>): boolean {
  if (!dropped.size) return false;
  return [o.function, o.restrict, o.join].some((n) => n && (n.schema ? dropped.has(`${n.schema}.${n.name}`) : cat.searchPath.some((s) => dropped.has(`${s}.${n.name}`))));
}

/** Does a member name an operator that is dropped and created again (so the member must go first)? */
function usesRecreatedMember(m: FamilyMember, recreated: Set<string>, cat: Catalog): boolean {
  for (const k of recreated) {
    const o = cat.operators.get(k);
    if (o && m.target.schema === o.schema && m.target.name === o.name && typeKey(m.left) === typeKey(o.left ?? m.left) && typeKey(m.right) === typeKey(o.right)) return true;
  }
  return false;
}

function usesRecreated(cat: Catalog, c: OperatorClass, recreated: Set<string>): boolean {
  if (!recreated.size) return false;
  return [...(familyOf(cat, c)?.members.values() ?? [])].some((m) => m.boundTo === classKey(c) && m.kind === 'operator' && usesRecreatedMember(m, recreated, cat));
}

/**
 * Indexes built with a class that is dropped (to be created again, or for good) go before it and,
 * when the target keeps them, come back after it: those naming it, and those of its type and
 * method naming no class when it is the default one.
 */
function recreateIndexesUsing(ctx: DiffContext, c: OperatorClass): void {
  const { from, to } = ctx;
  for (const [k, i] of sorted(from.indexes)) {
    if (i.method !== c.method || i.constraint) continue;
    const table = from.tables.get(`${i.schema}.${i.table}`);
    const uses = i.keys.some((key) => {
      if (key.opclass) return key.opclass === c.name || key.opclass === `${c.schema}.${c.name}`;
      const type = key.column ? table?.columns.get(key.column)?.type : undefined;
      return c.isDefault && !!type && typeKey(type) === typeKey(c.type);
    });
    if (!uses) continue;
    const has = (kind: 'drop_index' | 'create_index') => ctx.changes.some((x) => x.kind === kind && `${x.index.schema}.${x.index.name}` === k);
    if (!has('drop_index')) ctx.changes.push({ kind: 'drop_index', index: i });
    const now = to.indexes.get(k);
    if (now && !has('create_index')) ctx.changes.push({ kind: 'create_index', index: now });
  }
}
