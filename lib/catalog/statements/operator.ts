/**
 * CREATE OPERATOR, ALTER OPERATOR … SET (…), DROP OPERATOR, COMMENT ON OPERATOR. Names an operator
 * refers to (its function, commutator, negator, estimators) are canonical: resolved to the schema
 * of the catalogue's own object, unqualified for pg_catalog's and an extension's (as pg_dump, which
 * qualifies everything but pg_catalog, and a hand-written schema compare equal).
 */
import type { AlterOperatorStmt, DefElem, DefineStmt, Node, ObjectWithArgs, TypeName } from '@pgsql/types';
import type { Catalog, TypeRef } from '../model/catalog.js';
import { type ApplyContext, creationSchema, fail, failDuplicate, origin } from './context.js';
import { defElems, listItems, qualifiedFromList, strings } from '../../parse/ast.js';
import { typeFromNode } from '../query/types.js';
import { functionKey } from '../query/function-identity.js';
import { truncateIdent } from '../query/names.js';
import { type ObjectName, type Operator } from '../model/operator.js';
import { operatorKey, opKey } from '../query/operator-keys.js';

/** A function named by an operator or a family member, canonical (see the file comment). */
export function functionName(cat: Catalog, names: string[], args?: TypeRef[]): ObjectName {
  const q = qualifiedFromList(names);
  const name = truncateIdent(q.name);
  if (q.schema === 'pg_catalog') return { name };
  const schemas = q.schema ? [q.schema] : cat.searchPath;
  for (const s of schemas) {
    const hit = [...cat.functions.values()].find((f) => f.schema === s && f.name === name && (!args || functionKey(s, name, args) === functionKey(f.schema, f.name, f.args.filter((a) => a.mode !== 'out' && a.mode !== 'table').map((a) => a.type))));
    if (hit) return { schema: s, name };
  }
  // not the catalogue's: a builtin or an extension's, found through the search path
  if (q.schema && !cat.searchPath.includes(q.schema)) return { schema: q.schema, name };
  return { name };
}

/** An operator named by another object (commutator, negator, family member), canonical; resolved again at the end of bind. */
export function operatorName(cat: Catalog, names: string[], left: TypeRef | undefined, right: TypeRef): ObjectName {
  const q = qualifiedFromList(names);
  if (q.schema === 'pg_catalog') return { name: q.name };
  const found = resolveOperator(cat, q, left, right);
  if (found) return { schema: found.schema, name: found.name };
  if (q.schema && !cat.searchPath.includes(q.schema)) return { schema: q.schema, name: q.name };
  return { name: q.name };
}

export function resolveOperator(cat: Catalog, q: { schema?: string; name: string }, left: TypeRef | undefined, right: TypeRef): Operator | undefined {
  for (const s of q.schema ? [q.schema] : cat.searchPath) {
    const hit = cat.operators.get(operatorKey(s, q.name, left, right));
    if (hit) return hit;
  }
  return undefined;
}

function typeArg(cat: Catalog, d: DefElem): TypeRef | undefined {
  const tn = (d.arg as { TypeName?: TypeName } | undefined)?.TypeName;
  return tn ? typeFromNode(tn, cat) : undefined;
}

function nameArg(d: DefElem): string[] {
  const a = d.arg as Node | undefined;
  if (!a) return [];
  const tn = (a as { TypeName?: TypeName }).TypeName;
  if (tn) return strings(tn.names);
  return strings(listItems(a));
}

function flag(d: DefElem): boolean {
  const a = d.arg as { Boolean?: { boolval?: boolean }; String?: { sval?: string } } | undefined;
  if (!a) return true;
  if (a.Boolean) return !!a.Boolean.boolval;
  return !['false', 'off', 'no', '0'].includes(String(a.String?.sval ?? 'true').toLowerCase());
}

/** SET (…) and CREATE options other than the function and the argument types. */
function applyOptions(cat: Catalog, op: Operator, elems: DefElem[]): void {
  for (const d of elems) {
    const none = d.arg === undefined && (d.defname === 'restrict' || d.defname === 'join'); // SET (RESTRICT = NONE)
    switch (d.defname) {
      case 'commutator': op.commutator = operatorName(cat, nameArg(d), op.right, op.left ?? op.right); break;
      case 'negator': op.negator = operatorName(cat, nameArg(d), op.left, op.right); break;
      case 'restrict': if (none) delete op.restrict; else op.restrict = functionName(cat, nameArg(d)); break;
      case 'join': if (none) delete op.join; else op.join = functionName(cat, nameArg(d)); break;
      case 'hashes': op.hashes = flag(d); break;
      case 'merges': op.merges = flag(d); break;
      default: break;
    }
  }
}

export function createOperator(ctx: ApplyContext, s: DefineStmt): void {
  const cat = ctx.cat;
  const q = qualifiedFromList(strings(s.defnames));
  const schema = creationSchema(ctx, q.schema);
  const elems = defElems(s.definition);
  const get = (n: string) => elems.find((d) => d.defname === n);
  const fn = get('function') ?? get('procedure');
  const left = get('leftarg') ? typeArg(cat, get('leftarg')!) : undefined;
  const right = get('rightarg') ? typeArg(cat, get('rightarg')!) : undefined;
  if (!fn) return fail(ctx, 'invalid-definition', 'operator function must be specified');
  if (!right) return fail(ctx, 'invalid-definition', left ? 'operator right argument type must be specified (postfix operators are not supported)' : 'operator argument types must be specified');
  const op: Operator = {
    schema, name: q.name, left, right, function: functionName(cat, nameArg(fn), left ? [left, right] : [right]),
    hashes: false, merges: false, origin: origin(ctx),
  };
  applyOptions(cat, op, elems);
  const k = opKey(op);
  const existing = cat.operators.get(k);
  if (existing) return failDuplicate(ctx, `operator ${q.name} already exists`, existing.origin);
  cat.operators.set(k, op);
  // PostgreSQL links an existing commutator and negator back to the new operator
  const back = (ref: ObjectName | undefined, left: TypeRef | undefined, right: TypeRef, field: 'commutator' | 'negator') => {
    const other = ref ? resolveOperator(cat, ref, left, right) : undefined;
    if (other && other !== op) other[field] = { schema: op.schema, name: op.name };
  };
  back(op.commutator, op.right, op.left ?? op.right, 'commutator');
  back(op.negator, op.left, op.right, 'negator');
  resolveOperators(cat); // operators naming this one before it existed (PostgreSQL filled their shell)
}

/** The operator an ObjectWithArgs names (`op (left, right)`, NONE for a missing side). */
export function operatorByObject(ctx: ApplyContext, o: ObjectWithArgs): { found?: Operator; label: string } {
  const q = qualifiedFromList(strings(o.objname));
  const [l, r] = (o.objargs ?? []).map((n) => {
    const tn = (n as { TypeName?: TypeName }).TypeName;
    return tn ? typeFromNode(tn, ctx.cat) : undefined;
  });
  const label = `${q.schema ? q.schema + '.' : ''}${q.name}`;
  return { found: r ? resolveOperator(ctx.cat, q, l, r) : undefined, label };
}

export function alterOperator(ctx: ApplyContext, s: AlterOperatorStmt): void {
  const { found, label } = operatorByObject(ctx, s.opername!);
  if (!found) return fail(ctx, 'missing-object', `operator ${label} does not exist`);
  applyOptions(ctx.cat, found, defElems(s.options));
}

export function dropOperator(ctx: ApplyContext, o: ObjectWithArgs, missingOk: boolean): void {
  const { found, label } = operatorByObject(ctx, o);
  if (!found) {
    if (!missingOk) fail(ctx, 'missing-object', `operator ${label} does not exist`);
    return;
  }
  ctx.cat.operators.delete(opKey(found));
}

/**
 * Names of operators defined after the operator naming them (a commutator pair) are resolved
 * once they exist: after each CREATE OPERATOR, and at the end of bind.
 */
export function resolveOperators(cat: Catalog): void {
  for (const op of cat.operators.values()) {
    const again = (n: ObjectName | undefined, left: TypeRef | undefined, right: TypeRef) => {
      if (!n || n.schema) return n;
      const hit = resolveOperator(cat, { schema: undefined, name: n.name }, left, right) ?? cat.operators.get(operatorKey(op.schema, n.name, left, right));
      return hit ? { schema: hit.schema, name: hit.name } : n;
    };
    op.commutator = again(op.commutator, op.right, op.left ?? op.right);
    op.negator = again(op.negator, op.left, op.right);
    if (!op.commutator) delete op.commutator;
    if (!op.negator) delete op.negator;
  }
}
