/** Columns of a table present on both sides: add, drop, type, NOT NULL, default, identity, generation (generation.ts). */
import type { Column, Expr, Table } from '../catalog/model/catalog.js';
import type { DiffContext } from './context.js';
import { sameExpr } from '../catalog/query/expr.js';
import { generationChange, targetVersion } from './generation.js';
import { assignableWithoutUsing } from '../catalog/query/types.js';
import { sameSequenceOptions } from './sequences.js';
import { retypedSequence, sequenceRangeError } from '../catalog/statements/sequence.js';
import { castKind } from '../catalog/query/casts.js';
import { userCast as userCastBetween } from '../catalog/query/user-casts.js';
import { skipColumn } from './partitions.js';
import { dropColumnChanges } from './inherited-columns.js';
import { notNullChanges, notNullSetByAncestor } from './inherited-not-null.js';
import { defaultChange, defaultSetByAncestor, restoreDescendantDefaults, typeChanged, typeChangeDropsDefault } from './inherited-defaults.js';

export function diffColumns(ctx: DiffContext, from: Table, to: Table): void {
  const push = ctx.changes.push.bind(ctx.changes);
  for (const [name, a] of from.columns) {
    if (!to.columns.has(name) && !skipColumn(from, to, a, undefined, ctx)) push(...dropColumnChanges(ctx, to, a));
  }
  for (const [name, b] of to.columns) {
    const a = from.columns.get(name);
    if (skipColumn(from, to, a, b, ctx)) {
      // inherited: the parent's change reaches it, but for a default or a NOT NULL of its own
      if (a) diffOwnDefault(ctx, to, a, b);
      if (a && !notNullSetByAncestor(ctx, to, b.name)) push(...notNullChanges(ctx, to, a, b));
      continue;
    }
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

/** A changed default, unless an ancestor's statement sets it (inherited-defaults.ts). */
function diffOwnDefault(ctx: DiffContext, table: Table, a: Column, b: Column): void {
  if (sameExpr(a.default, b.default) || defaultSetByAncestor(ctx, table, b.name)) return;
  ctx.changes.push(defaultChange(ctx, b.default ? 'set_default' : 'drop_default', table, b));
}

/**
 * A literal default (`'x'`, `'2020-01-01'::timestamp`): converted by a type change, it keeps the old
 * type (`'x'::character varying` on a text column, a timestamp read in the session's time zone at
 * each insert, an enum the column no longer uses), so it is set again after it.
 */
function typedLiteral(e: Expr): boolean {
  let n = e.node as { A_Const?: unknown; TypeCast?: { arg: unknown } };
  while (n.TypeCast) n = n.TypeCast.arg as typeof n;
  return !!n.A_Const && 'sval' in (n.A_Const as object);
}

function diffColumn(ctx: DiffContext, table: Table, a: Column, b: Column): void {
  const push = ctx.changes.push.bind(ctx.changes);
  const defaultChanged = !sameExpr(a.default, b.default);
  if (a.identity && !b.identity) push({ kind: 'drop_identity', table, column: b });
  const retyped = typeChanged(a, b);
  const identityFrom = retyped ? identityBeforeRetype(ctx, table, a, b) : a;
  if (retyped) {
    // a cast the target schema defines exists when the column changes type (created at 13.55, before it):
    // an assignment or implicit one converts without USING, an explicit one with `col::type`
    const userCast = ctx.to.casts.size ? userCastBetween(ctx.to, a.type, b.type) : undefined;
    const using = userCast ? userCast.context === 'explicit' : !assignableWithoutUsing(a.type, b.type);
    // a default that cannot follow the new type is dropped first (descendants' too) and set again after
    const drop = typeChangeDropsDefault(ctx, table, a, b);
    if (drop) push({ kind: 'drop_default', table, column: b });
    const noCast = using && !userCast && !a.type.schema && !b.type.schema && castKind(a.type, b.type) === 'none';
    push({ kind: 'alter_column_type', table, column: b, from: a, using, ...(noCast ? { noCast } : {}) });
    const set = b.default && (drop || defaultChanged || !a.default || typedLiteral(a.default)) ? defaultChange(ctx, 'set_default', table, b) : undefined;
    if (set) push(set);
    // the descendants' defaults too (dropped, or kept with the old cast)
    const needed = (x: Column | undefined, y: Column) => drop || !x?.default || !sameExpr(x.default, y.default) || typedLiteral(x.default);
    push(...restoreDescendantDefaults(ctx, table, b.name, !!set && !('only' in set), needed));
  } else diffOwnDefault(ctx, table, a, b);
  // identity needs NOT NULL declared first
  if (!notNullSetByAncestor(ctx, table, b.name)) push(...notNullChanges(ctx, table, a, b));
  if (!a.identity && b.identity) push({ kind: 'add_identity', table, column: b });
  // the type change took the sequence along (ALTER SEQUENCE … AS): compare with what it made of it
  const from = retyped && identityFrom.identity && b.identity && identityFrom.identity.options.dataType !== b.identity.options.dataType
    ? { ...identityFrom, identity: { ...identityFrom.identity, options: retypedSequence(identityFrom.identity.options, b.identity.options.dataType) } }
    : identityFrom;
  if (from.identity && b.identity && (from.identity.kind !== b.identity.kind || !sameSequenceOptions(from.identity.options, b.identity.options))) {
    push({ kind: 'alter_identity', table, column: b, from });
  }
}

/**
 * An identity column whose type changes: its sequence takes the new type, the old type's default
 * bounds following it (retypedSequence). When its bounds or start would not fit the new type
 * (bigint MAXVALUE 3000000000 → integer), PostgreSQL refuses the type change: they are set first, to
 * what becomes the target's once retyped. Returns the column as it stands before the type change.
 */
function identityBeforeRetype(ctx: DiffContext, table: Table, a: Column, b: Column): Column {
  if (!a.identity || !b.identity || a.identity.options.dataType === b.identity.options.dataType) return a;
  if (!sequenceRangeError(retypedSequence(a.identity.options, b.identity.options.dataType))) return a;
  const pre = { ...a, identity: { ...b.identity, options: retypedSequence(b.identity.options, a.identity.options.dataType) } };
  ctx.changes.push({ kind: 'alter_identity', table, column: pre, from: a });
  return pre;
}
