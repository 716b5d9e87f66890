/**
 * Functions and procedures, identified by schema, name and identity argument types (overloads are
 * separate objects). A changed body or attribute is CREATE OR REPLACE when the signature, the
 * argument names and the result are unchanged; otherwise the old one is dropped and the new created.
 */
import type { Func, TypeRef } from '../catalog/model/catalog.js';
import type { Change, OrderedSetArgs } from './change.js';
import type { DiffContext } from './context.js';
import { diffMaps } from './context.js';
import { identityArgs } from '../catalog/query/function-identity.js';
import { returnKey } from '../catalog/statements/function.js';
import { typeKey } from '../catalog/query/types.js';

/** Everything that defines a function, with the body compared trimmed (pg_dump re-quotes bodies). */
export function functionDefKey(f: Func): string {
  const body = f.body?.map((b, i) => (i === 0 ? b.replace(/\r\n/g, '\n').trim() : b));
  return JSON.stringify([
    f.kind, f.args.map((a) => [a.name ?? null, a.mode, typeKey(a.type), a.default?.key ?? null]),
    f.returns ? [typeKey(f.returns.type), f.returns.setof] : null, f.language,
    body ?? null, f.sqlBody?.key ?? null, f.volatility, f.strict, f.securityDefiner, f.leakproof, f.parallel, f.window,
    f.cost ?? null, f.rows ?? null, f.set, f.aggregate?.options ?? null, f.support ?? null, f.aggregate?.direct ?? null,
  ]);
}

/** CREATE OR REPLACE cannot change the result, rename an input argument or remove argument defaults. */
export function replaceableFunction(a: Func, b: Func): boolean {
  if (a.kind !== b.kind || returnKey(a) !== returnKey(b) || a.aggregate || b.aggregate) return false;
  const ia = identityArgs(a);
  const ib = identityArgs(b);
  if (ia.some((x, i) => x.name !== undefined && x.name !== ib[i]?.name)) return false;
  return ib.filter((x) => x.default).length >= ia.filter((x) => x.default).length;
}

export function functionTarget(f: Func): { kind: 'function' | 'procedure'; schema: string; name: string; args: TypeRef[]; aggregate?: true; orderedSet?: OrderedSetArgs } {
  const orderedSet = orderedSetArgs(f);
  return {
    kind: f.kind, schema: f.schema, name: f.name, args: identityArgs(f).map((a) => a.type),
    ...(f.aggregate ? { aggregate: true as const } : {}), ...(orderedSet ? { orderedSet } : {}),
  };
}

/** An ordered-set aggregate's signature shape (DROP, COMMENT and CREATE write `direct ORDER BY aggregated`). */
export function orderedSetArgs(f: Func): OrderedSetArgs | undefined {
  const direct = f.aggregate?.direct;
  return direct === undefined ? undefined : { direct, variadic: f.args.at(-1)?.mode === 'variadic' };
}

export function functionComment(f: Func): Change[] {
  return f.comment === undefined ? [] : [{ kind: 'set_comment', target: functionTarget(f), text: f.comment }];
}

export function diffFunctions(ctx: DiffContext): void {
  const push = (...c: Change[]) => ctx.changes.push(...c);
  diffMaps(ctx.from.functions, ctx.to.functions, {
    added: (f) => push({ kind: 'create_function', func: f }, ...functionComment(f)),
    removed: (f) => push({ kind: 'drop_function', func: f }),
    both: (a, b) => {
      if (functionDefKey(a) === functionDefKey(b)) {
        if (a.comment !== b.comment) push({ kind: 'set_comment', target: functionTarget(b), text: b.comment });
      } else if (replaceableFunction(a, b)) {
        push({ kind: 'replace_function', func: b, from: a });
        if (a.comment !== b.comment) push({ kind: 'set_comment', target: functionTarget(b), text: b.comment });
      } else {
        push({ kind: 'drop_function', func: a }, { kind: 'create_function', func: b }, ...functionComment(b));
      }
    },
  });
}
