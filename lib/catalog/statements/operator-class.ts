/**
 * CREATE OPERATOR FAMILY, CREATE OPERATOR CLASS, ALTER OPERATOR FAMILY … ADD / DROP, and their DROP
 * and COMMENT. Every member lives in its family; `placement` decides, as PostgreSQL's
 * amadjustmembers callbacks do, whether a member is bound to a class (pg_dump prints it inside
 * CREATE OPERATOR CLASS) or loose in the family (pg_dump prints it in ALTER OPERATOR FAMILY … ADD).
 */
import type { AlterOpFamilyStmt, CreateOpClassItem, CreateOpClassStmt, CreateOpFamilyStmt, FunctionParameter, Node, TypeName } from '@pgsql/types';
import type { Catalog, TypeRef } from '../model/catalog.js';
import { type ApplyContext, creationSchema, fail, failDuplicate, origin } from './context.js';
import { listItems, qualifiedFromList, strings } from '../../parse/ast.js';
import { typeFromNode, typeKey } from '../query/types.js';
import { truncateIdent } from '../query/names.js';
import { functionName, operatorName } from './operator.js';
import { type FamilyMember, type OperatorClass, type OperatorFamily } from '../model/operator.js';
import { memberKey, methodKey } from '../query/operator-keys.js';

/**
 * Required support functions bound to the class, per access method (the others are optional: loose,
 * and they outlive DROP OPERATOR CLASS in the family). hash: only the standard hash function 1; the
 * extended hash function 2 is optional (pg_depend on PG 15: 'a' on the family, not 'i' on the class).
 */
const REQUIRED: Record<string, number[]> = {
  btree: [1], hash: [1], gin: [2, 3], gist: [1, 2, 5, 6, 7], spgist: [1, 2, 3, 4, 5],
};

/**
 * Where PostgreSQL puts a member: `schema.name` of the class it binds to, or undefined for a loose
 * family member. btree and hash: same-type operators and required functions go to the family's
 * class for that type, cross-type ones and optional functions stay loose. GIN, GiST and SP-GiST:
 * operators and optional functions are loose, required functions bind to the class being created.
 * Other methods (BRIN, extensions'): the items of CREATE OPERATOR CLASS bind to it.
 */
function placement(cat: Catalog, family: OperatorFamily, m: FamilyMember, creating: OperatorClass | undefined): string | undefined {
  const cls = (c: OperatorClass) => `${c.schema}.${c.name}`;
  const required = REQUIRED[family.method];
  if (!required) return creating ? cls(creating) : undefined;
  if (m.kind === 'function' && !required.includes(m.number)) return undefined;
  if (family.method === 'btree' || family.method === 'hash') {
    if (typeKey(m.left) !== typeKey(m.right)) return undefined;
    const owner = [...cat.opclasses.values()].find((c) => c.method === family.method && c.family.schema === family.schema && c.family.name === family.name && typeKey(c.type) === typeKey(m.left));
    return owner ? cls(owner) : undefined;
  }
  return m.kind === 'function' && creating ? cls(creating) : undefined;
}

function typeOf(cat: Catalog, n: Node | undefined): TypeRef | undefined {
  const tn = (n as { TypeName?: TypeName } | undefined)?.TypeName;
  return tn ? typeFromNode(tn, cat) : undefined;
}

/** The member an item of CREATE OPERATOR CLASS / ALTER OPERATOR FAMILY … ADD describes; `type` is the class's input type. */
function member(ctx: ApplyContext, method: string, item: CreateOpClassItem, type: TypeRef | undefined): FamilyMember | undefined {
  const cat = ctx.cat;
  const number = item.number ?? 0;
  const classArgs = (item.class_args ?? []).map((n) => typeOf(cat, n)!);
  const names = strings(item.name?.objname);
  const args = (item.name?.objargs ?? []).map((n) => typeOf(cat, n));
  if (item.itemtype === 1) {
    const left = args[0] ?? type;
    const right = args[1] ?? args[0] ?? type;
    if (!left || !right) return void fail(ctx, 'invalid-definition', `operator argument types must be specified in ALTER OPERATOR FAMILY`);
    const order = item.order_family?.length ? qualifiedFromList(strings(item.order_family)) : undefined;
    return {
      kind: 'operator', number, left, right, target: operatorName(cat, names, left, right), args: [],
      ...(order ? { orderFamily: { schema: order.schema, name: order.name } } : {}),
    };
  }
  const fnArgs = item.name?.objfuncargs?.length
    ? item.name.objfuncargs.map((n) => typeFromNode((n as { FunctionParameter: FunctionParameter }).FunctionParameter.argType!, cat))
    : (args.filter(Boolean) as TypeRef[]);
  let left: TypeRef | undefined = classArgs[0];
  let right: TypeRef | undefined = classArgs[1] ?? classArgs[0];
  if (!left) {
    if (method === 'btree' && number === 1) [left, right] = [fnArgs[0], fnArgs[1]];
    else if (method === 'btree' && number === 3) [left, right] = [fnArgs[0], fnArgs[2]];
    else if (method === 'hash' && (number === 1 || number === 2)) [left, right] = [fnArgs[0], fnArgs[0]];
    left ??= type;
    right ??= type;
  }
  if (!left || !right) return void fail(ctx, 'invalid-definition', `associated data types must be specified for support function ${number}`);
  return { kind: 'function', number, left, right, target: functionName(cat, names, fnArgs), args: fnArgs };
}

export function resolveFamily(cat: Catalog, names: string[], method: string): OperatorFamily | undefined {
  const q = qualifiedFromList(names);
  for (const s of q.schema ? [q.schema] : cat.searchPath) {
    const f = cat.opfamilies.get(methodKey(s, truncateIdent(q.name), method));
    if (f) return f;
  }
  return undefined;
}

export function resolveClass(cat: Catalog, names: string[], method: string): OperatorClass | undefined {
  const q = qualifiedFromList(names);
  for (const s of q.schema ? [q.schema] : cat.searchPath) {
    const c = cat.opclasses.get(methodKey(s, truncateIdent(q.name), method));
    if (c) return c;
  }
  return undefined;
}

function newFamily(ctx: ApplyContext, schema: string, name: string, method: string): OperatorFamily {
  const f: OperatorFamily = { schema, name, method, members: new Map(), origin: origin(ctx) };
  ctx.cat.opfamilies.set(methodKey(schema, name, method), f);
  return f;
}

function addMember(ctx: ApplyContext, family: OperatorFamily, m: FamilyMember, creating: OperatorClass | undefined): void {
  const k = memberKey(m);
  if (family.members.has(k)) {
    const what = m.kind === 'operator' ? 'operator' : 'function';
    return fail(ctx, 'duplicate-object', `${what} ${m.number}(${typeKey(m.left)},${typeKey(m.right)}) already exists in operator family "${family.name}"`);
  }
  const bound = placement(ctx.cat, family, m, creating);
  family.members.set(k, bound ? { ...m, boundTo: bound } : m);
}

export function createOpFamily(ctx: ApplyContext, s: CreateOpFamilyStmt): void {
  const q = qualifiedFromList(strings(s.opfamilyname));
  const schema = creationSchema(ctx, q.schema);
  const name = truncateIdent(q.name);
  const method = s.amname ?? '';
  const existing = ctx.cat.opfamilies.get(methodKey(schema, name, method));
  if (existing) return failDuplicate(ctx, `operator family "${name}" for access method "${method}" already exists`, existing.origin);
  newFamily(ctx, schema, name, method);
}

export function createOpClass(ctx: ApplyContext, s: CreateOpClassStmt): void {
  const cat = ctx.cat;
  const q = qualifiedFromList(strings(s.opclassname));
  const schema = creationSchema(ctx, q.schema);
  const name = truncateIdent(q.name);
  const method = s.amname ?? '';
  const type = typeFromNode(s.datatype!, cat);
  const existing = cat.opclasses.get(methodKey(schema, name, method));
  if (existing) return failDuplicate(ctx, `operator class "${name}" for access method "${method}" already exists`, existing.origin);
  // FAMILY omitted: the family of the same name, created when missing
  const family = s.opfamilyname?.length
    ? resolveFamily(cat, strings(s.opfamilyname), method)
    : (cat.opfamilies.get(methodKey(schema, name, method)) ?? newFamily(ctx, schema, name, method));
  if (!family) return fail(ctx, 'missing-object', `operator family "${strings(s.opfamilyname).join('.')}" does not exist for access method "${method}"`);
  const items = (s.items ?? []).map((n) => (n as { CreateOpClassItem: CreateOpClassItem }).CreateOpClassItem);
  const storageItem = items.find((i) => i.itemtype === 3);
  const storage = storageItem?.storedtype ? typeFromNode(storageItem.storedtype, cat) : undefined;
  const cls: OperatorClass = {
    schema, name, method, type, isDefault: !!s.isDefault, family: { schema: family.schema, name: family.name }, origin: origin(ctx),
    ...(storage && typeKey(storage) !== typeKey(type) ? { storage } : {}),
  };
  cat.opclasses.set(methodKey(schema, name, method), cls);
  for (const item of items) {
    if (item.itemtype === 3) continue;
    const m = member(ctx, method, item, type);
    if (m) addMember(ctx, family, m, cls);
  }
}

export function alterOpFamily(ctx: ApplyContext, s: AlterOpFamilyStmt): void {
  const method = s.amname ?? '';
  const family = resolveFamily(ctx.cat, strings(s.opfamilyname), method);
  if (!family) return fail(ctx, 'missing-object', `operator family "${strings(s.opfamilyname).join('.')}" does not exist for access method "${method}"`);
  for (const n of s.items ?? []) {
    const item = (n as { CreateOpClassItem: CreateOpClassItem }).CreateOpClassItem;
    if (s.isDrop) {
      const types = (item.class_args ?? []).map((t) => typeOf(ctx.cat, t)!);
      const k = memberKey({ kind: item.itemtype === 1 ? 'operator' : 'function', number: item.number ?? 0, left: types[0]!, right: types[1] ?? types[0]! });
      if (!family.members.delete(k)) fail(ctx, 'missing-object', `${item.itemtype === 1 ? 'operator' : 'function'} ${item.number} does not exist in operator family "${family.name}"`);
      continue;
    }
    if (item.itemtype === 3) { fail(ctx, 'invalid-definition', 'STORAGE cannot be specified in ALTER OPERATOR FAMILY'); continue; }
    const m = member(ctx, method, item, undefined);
    if (m) addMember(ctx, family, m, undefined);
  }
}

/** `USING method` names of DROP / COMMENT ON OPERATOR CLASS | FAMILY: `[method, ...name]`. */
function methodAndName(obj: Node): { method: string; names: string[] } {
  const parts = strings(listItems(obj));
  return { method: parts[0] ?? '', names: parts.slice(1) };
}

/** DROP OPERATOR CLASS: the members bound to it go with it. */
export function dropOpClass(ctx: ApplyContext, obj: Node, missingOk: boolean): void {
  const { method, names } = methodAndName(obj);
  const c = resolveClass(ctx.cat, names, method);
  if (!c) {
    if (!missingOk) fail(ctx, 'missing-object', `operator class "${names.join('.')}" does not exist for access method "${method}"`);
    return;
  }
  removeClass(ctx.cat, c);
}

function removeClass(cat: Catalog, c: OperatorClass): void {
  cat.opclasses.delete(methodKey(c.schema, c.name, c.method));
  const family = cat.opfamilies.get(methodKey(c.family.schema, c.family.name, c.method));
  for (const [k, m] of family?.members ?? []) if (m.boundTo === `${c.schema}.${c.name}`) family!.members.delete(k);
}

/** DROP OPERATOR FAMILY: its classes go with it. */
export function dropOpFamily(ctx: ApplyContext, obj: Node, missingOk: boolean): void {
  const { method, names } = methodAndName(obj);
  const f = resolveFamily(ctx.cat, names, method);
  if (!f) {
    if (!missingOk) fail(ctx, 'missing-object', `operator family "${names.join('.')}" does not exist for access method "${method}"`);
    return;
  }
  for (const c of [...ctx.cat.opclasses.values()]) if (c.method === method && c.family.schema === f.schema && c.family.name === f.name) removeClass(ctx.cat, c);
  ctx.cat.opfamilies.delete(methodKey(f.schema, f.name, method));
}

/** COMMENT ON OPERATOR CLASS | FAMILY: the object, undefined when missing. */
export function commentedOpObject(cat: Catalog, objtype: string, obj: Node): { comment?: string } | undefined {
  const { method, names } = methodAndName(obj);
  return objtype === 'OBJECT_OPCLASS' ? resolveClass(cat, names, method) : resolveFamily(cat, names, method);
}

/** Is the catalogue's class `names` the default one of `method` for `type` (so pg_dump leaves it out of an index key)? */
export function isDefaultUserClass(cat: Catalog, method: string, names: string[], type: TypeRef | undefined): boolean {
  const c = type ? resolveClass(cat, names, method) : undefined;
  return !!c && c.isDefault && typeKey(c.type) === typeKey(type!);
}
