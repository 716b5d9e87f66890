/** Columns of a table present on both sides: add, drop, type, NOT NULL, default, identity, generation (generation.ts). */
import type { Column, Table } from '../catalog/model/catalog.js';
import type { DiffContext } from './context.js';
import { sameExpr } from '../catalog/query/expr.js';
import { generationChange, targetVersion } from './generation.js';
import { assignableWithoutUsing, sameType } from '../catalog/query/types.js';
import { sameSequenceOptions } from './sequences.js';
import { castKind } from '../catalog/query/casts.js';
import { skipColumn } from './partitions.js';

export function diffColumns(ctx: DiffContext, from: Table, to: Table): void {
  const push = ctx.changes.push.bind(ctx.changes);
  for (const [name, a] of from.columns) {
    if (!to.columns.has(name) && !skipColumn(from, to, a, undefined, ctx)) push({ kind: 'drop_column', table: to, column: a });
  }
  for (const [name, b] of to.columns) {
    const a = from.columns.get(name);
    if (skipColumn(from, to, a, b, ctx)) continue; // inherited: the parent's change reaches it
    if (!a) {
      push({ kind: 'add_column', table: to, column: b });
      continue;
    }
    // a new generation: in place where the targeted version can (generation.ts), else DROP + ADD
    switch (generationChange(a, b, from, targetVersion(ctx))) {
      case 'recreate':
        push({ kind: 'drop_column', table: to, column: a }, { kind: 'add_column', table: to, column: b });
        continue;
      case 'drop_expression':
        push({ kind: 'drop_expression', table: to, column: b });
        diffColumn(ctx, to, { ...a, generated: undefined }, b);
        continue;
      case 'set_expression':
        push({ kind: 'set_expression', table: to, column: b, from: a });
        break;
      case 'none':
        break;
    }
    diffColumn(ctx, to, a, b);
  }
}

function diffColumn(ctx: DiffContext, table: Table, a: Column, b: Column): void {
  const push = ctx.changes.push.bind(ctx.changes);
  const typeChanged = !sameType(a.type, b.type) || (a.collation ?? '') !== (b.collation ?? '');
  const defaultChanged = !sameExpr(a.default, b.default);
  if (a.identity && !b.identity) push({ kind: 'drop_identity', table, column: b });
  if (typeChanged) {
    const using = !assignableWithoutUsing(a.type, b.type);
    // a default that cannot follow the new type is dropped first and set again after
    if (a.default && (using || defaultChanged)) push({ kind: 'drop_default', table, column: b });
    const noCast = using && !a.type.schema && !b.type.schema && castKind(a.type, b.type) === 'none';
    push({ kind: 'alter_column_type', table, column: b, from: a, using, ...(noCast ? { noCast } : {}) });
    if (b.default && (using || defaultChanged || !a.default)) push({ kind: 'set_default', table, column: b });
  } else if (defaultChanged) {
    push(b.default ? { kind: 'set_default', table, column: b } : { kind: 'drop_default', table, column: b });
  }
  if (a.notNull && !b.notNull) push({ kind: 'drop_not_null', table, column: b });
  // identity needs NOT NULL declared first
  if (!a.notNull && b.notNull) push({ kind: 'set_not_null', table, column: b });
  if (!a.identity && b.identity) push({ kind: 'add_identity', table, column: b });
  if (a.identity && b.identity && (a.identity.kind !== b.identity.kind || !sameSequenceOptions(a.identity.options, b.identity.options))) {
    push({ kind: 'alter_identity', table, column: b, from: a });
  }
}
