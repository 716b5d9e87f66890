/** Shared check for the "prefer type X over Y" rules: every type a statement writes, canonicalised. */
import type { TypeName } from '@pgsql/types';
import type { TypeRef } from '../catalog/model/catalog.js';
import { typeFromNode } from '../catalog/query/types.js';
import type { RuleContext } from './types.js';
import { writtenTypes } from './nodes.js';

const cache = new WeakMap<object, { ref: TypeRef; node: TypeName; column: string | undefined }[]>();

/** Every type the statement writes, canonicalised once per statement and shared by the type rules. */
export function eachWrittenType(ctx: RuleContext, fn: (t: TypeRef, node: TypeName, column: string | undefined) => void): void {
  let list = cache.get(ctx.node);
  if (!list) {
    list = writtenTypes(ctx.node).map(({ type, column }) => ({ ref: typeFromNode(type, ctx.catalog), node: type, column }));
    cache.set(ctx.node, list);
  }
  for (const t of list) fn(t.ref, t.node, t.column);
}
