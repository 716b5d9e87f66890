/**
 * Whether SET NOT NULL can skip its full-table scan: the column is already NOT NULL, or (PostgreSQL 12+)
 * a validated `CHECK (col IS NOT NULL)` proves it — from the catalogue, or added earlier in the same file
 * (which also covers tables the catalogue does not know).
 */
import type { AlterTableCmd, AlterTableStmt, RangeVar } from '@pgsql/types';
import { alterTableCmdLock, relOf } from '../plan/locks.js';
import { alterCmds, hasValidNotNullCheck } from './nodes.js';
import type { RuleContext } from './types.js';

/** Whether the column is known to hold no NULL: NOT NULL already, or a validated CHECK (catalogue or earlier in the file). */
export function provenNoNulls(ctx: RuleContext, relation: RangeVar | undefined, column: string): boolean {
  const t = ctx.table(relation);
  return !!t?.columns.get(column)?.notNull || hasValidNotNullCheck(t, column) || ctx.tx.notNullProofs.has(`${relation?.relname ?? ''}.${column}`);
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
