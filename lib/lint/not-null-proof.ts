/**
 * Whether SET NOT NULL can skip its full-table scan: the column is already NOT NULL, or (PostgreSQL 12+)
 * a validated `CHECK (col IS NOT NULL)` proves it — from the catalogue, or added earlier in the same file
 * (which also covers tables the catalogue does not know).
 */
import type { AlterTableCmd, AlterTableStmt, Constraint, RangeVar } from '@pgsql/types';
import { alterTableCmdLock, catalogLockOptions, primaryKeyColumns, relOf } from '../plan/locks.js';
import { truncateIdent } from '../catalog/query/names.js';
import { hasValidNotNullCheck } from '../catalog/query/not-null.js';
import { alterCmds, cmdConstraint } from './nodes.js';
import type { RuleContext } from './types.js';

/**
 * Whether the column is known to hold no NULL: NOT NULL already, a validated CHECK (catalogue or earlier
 * in the file), or a backfill of every row under a lock the transaction still holds (lib/lint/backfill.ts).
 */
export function provenNoNulls(ctx: RuleContext, relation: RangeVar | undefined, column: string): boolean {
  const t = ctx.table(relation);
  const key = `${relation?.relname ?? ''}.${column}`;
  return !!t?.columns.get(column)?.notNull || hasValidNotNullCheck(t, column) || ctx.tx.notNullProofs.has(key) || ctx.tx.backfilled.has(key);
}

export function setNotNullScanFree(ctx: RuleContext, relation: RangeVar | undefined, column: string): boolean {
  const t = ctx.table(relation);
  if (t?.columns.get(column)?.notNull) return true;
  if (ctx.pgVersion < 12) return false;
  return hasValidNotNullCheck(t, column) || ctx.tx.notNullProofs.has(`${relation?.relname ?? ''}.${column}`);
}

/** True when every subcommand of the statement that scans the table is a SET NOT NULL that can skip its scan. */
export function scanOnlyFromProvenNotNull(ctx: RuleContext): boolean {
  const cmds: { cmd: AlterTableCmd; stmt: AlterTableStmt }[] = alterCmds(ctx.node);
  if (cmds.length === 0) return false;
  const scanning = cmds.filter(({ cmd, stmt }) => {
    const l = alterTableCmdLock(cmd, relOf(stmt.relation), { pgVersion: ctx.pgVersion });
    return l.scan || l.rewrite;
  });
  return scanning.length > 0 && scanning.every(({ cmd, stmt }) => cmd.subtype === 'AT_SetNotNull' && !!cmd.name && setNotNullScanFree(ctx, stmt.relation, cmd.name));
}

/**
 * The columns an `ADD PRIMARY KEY` (with or without USING INDEX) makes NOT NULL on an existing table: its key
 * columns the catalogue knows as nullable (PostgreSQL runs SET NOT NULL on them first). None when the
 * catalogue does not know the table or, for USING INDEX, the index: a key column is usually NOT NULL already.
 */
export function primaryKeyImplicitNotNull(ctx: RuleContext): { column: string; relation: RangeVar | undefined; constraint: Constraint }[] {
  const out: { column: string; relation: RangeVar | undefined; constraint: Constraint }[] = [];
  for (const { cmd, stmt } of alterCmds(ctx.node)) {
    const c = cmd.subtype === 'AT_AddConstraint' ? cmdConstraint(cmd) : undefined;
    if (c?.contype !== 'CONSTR_PRIMARY' || !ctx.isExistingTable(stmt.relation)) continue;
    const t = ctx.table(stmt.relation);
    if (!t) continue;
    for (const col of primaryKeyColumns(c, relOf(stmt.relation), catalogLockOptions(ctx.catalog, ctx.pgVersion)) ?? []) {
      const name = col === undefined ? undefined : truncateIdent(col);
      const column = name === undefined ? undefined : t.columns.get(name);
      if (column && !column.notNull) out.push({ column: name!, relation: stmt.relation, constraint: c });
    }
  }
  return out;
}
