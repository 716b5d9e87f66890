/**
 * CREATE CAST, DROP CAST, COMMENT ON CAST. A cast is named by its (source, target) pair; its function
 * is canonical as an operator's (operator.ts `functionName`: the catalogue's schema, unqualified for
 * built-in ones), with its identity argument types, so pg_dump's `WITH FUNCTION public.f(integer)`
 * and a hand-written `WITH FUNCTION f(int)` compare equal.
 */
import type { CreateCastStmt, Node, TypeName } from '@pgsql/types';
import type { Cast, Catalog, TypeRef } from '../model/catalog.js';
import { type ApplyContext, fail, failDuplicate, origin } from './context.js';
import { listItems, strings } from '../../parse/ast.js';
import { typeFromNode, typeToSql } from '../query/types.js';
import { castKey } from '../query/user-casts.js';
import { functionName } from './operator.js';

const CONTEXT = { COERCION_IMPLICIT: 'implicit', COERCION_ASSIGNMENT: 'assignment', COERCION_EXPLICIT: 'explicit' } as const;

export function createCast(ctx: ApplyContext, s: CreateCastStmt): void {
  const cat = ctx.cat;
  const source = typeFromNode(s.sourcetype!, cat);
  const target = typeFromNode(s.targettype!, cat);
  const c: Cast = {
    source, target, method: s.func ? 'function' : s.inout ? 'inout' : 'binary',
    context: CONTEXT[s.context as keyof typeof CONTEXT] ?? 'explicit', origin: origin(ctx),
  };
  if (s.func) {
    const args = (s.func.objargs ?? []).map((n) => typeFromNode((n as { TypeName: TypeName }).TypeName, cat));
    c.function = { ...functionName(cat, strings(s.func.objname), args), args };
  }
  const k = castKey(source, target);
  const existing = cat.casts.get(k);
  if (existing) return failDuplicate(ctx, `cast from type ${typeToSql(source)} to type ${typeToSql(target)} already exists`, existing.origin);
  cat.casts.set(k, c);
}

/** The cast a DROP CAST or COMMENT ON CAST names: `(source AS target)`, a list of two type names. */
export function castByObject(cat: Catalog, obj: Node): { found?: Cast; label: string } {
  const [a, b] = listItems(obj).map((n) => typeFromNode((n as { TypeName: TypeName }).TypeName, cat)) as [TypeRef, TypeRef];
  return { found: cat.casts.get(castKey(a, b)), label: `cast from type ${typeToSql(a)} to type ${typeToSql(b)}` };
}

export function dropCast(ctx: ApplyContext, obj: Node, missingOk: boolean): void {
  const { found, label } = castByObject(ctx.cat, obj);
  if (!found) {
    if (!missingOk) fail(ctx, 'missing-object', `${label} does not exist`);
    return;
  }
  ctx.cat.casts.delete(castKey(found.source, found.target));
}
