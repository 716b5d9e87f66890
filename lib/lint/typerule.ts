/** Shared check for the "prefer type X over Y" rules: every type a statement writes, canonicalised. */
import type { TypeName } from '@pgsql/types';
import type { TypeRef } from '../catalog/model.js';
import { typeFromNode } from '../catalog/types.js';
import type { RuleContext } from './types.js';
import { writtenTypes } from './nodes.js';

export function eachWrittenType(ctx: RuleContext, fn: (t: TypeRef, node: TypeName, column: string | undefined) => void): void {
  for (const { type, column } of writtenTypes(ctx.node)) fn(typeFromNode(type, ctx.catalog), type, column);
}
