/**
 * Backfills the linter credits: `UPDATE t SET col = <a value that is never NULL>` on every row (no WHERE,
 * or `WHERE col IS NULL`), run while the same transaction holds a lock on t that blocks writes (an
 * earlier ALTER TABLE's ACCESS EXCLUSIVE, a LOCK TABLE … IN SHARE MODE or stronger). Until that
 * transaction ends no other session can insert or update a NULL, so a later SET NOT NULL of the column
 * cannot fail. Without the lock held (a file run statement by statement), deployed code may write NULLs
 * between the UPDATE and the SET NOT NULL, and nothing is credited.
 */
import type { Node, UpdateStmt } from '@pgsql/types';
import type { LockInfo } from '../plan/locks.js';
import { blocksWrites } from '../plan/locks.js';

/** Functions whose result is never NULL (the usual backfill values). */
const NEVER_NULL_FUNCTIONS = new Set(['now', 'gen_random_uuid', 'uuidv4', 'uuidv7', 'clock_timestamp', 'statement_timestamp', 'transaction_timestamp']);

function neverNull(e: Node | undefined): boolean {
  if (!e) return false;
  if ('A_Const' in e) return !e.A_Const.isnull;
  if ('TypeCast' in e) return neverNull(e.TypeCast.arg);
  if ('SQLValueFunction' in e) return true;
  if ('FuncCall' in e) {
    const name = (e.FuncCall.funcname ?? []).map((n) => ('String' in n ? n.String.sval : '')).filter((n) => n !== 'pg_catalog').join('.');
    return NEVER_NULL_FUNCTIONS.has(name);
  }
  if ('CoalesceExpr' in e) return (e.CoalesceExpr.args ?? []).some((a) => neverNull(a));
  return false;
}

/** The column a `col IS NULL` / `col IS NOT NULL` test reads, if that is what `e` is. */
export function nullTestColumn(e: Node | undefined, test: 'IS_NULL' | 'IS_NOT_NULL'): string | undefined {
  const t = e && 'NullTest' in e ? e.NullTest : undefined;
  const arg = t?.arg as Node | undefined;
  if (t?.nulltesttype !== test || !arg || !('ColumnRef' in arg)) return undefined;
  const last = arg.ColumnRef.fields?.[arg.ColumnRef.fields.length - 1];
  return last && 'String' in last ? last.String.sval : undefined;
}

/** `table.column` (table as written, unqualified) of each column the UPDATE leaves without a NULL on any row. */
function filledColumns(u: UpdateStmt): string[] {
  if (u.fromClause?.length || u.withClause) return [];
  const table = u.relation?.relname ?? '';
  const where = nullTestColumn(u.whereClause, 'IS_NULL');
  if (u.whereClause && where === undefined) return [];
  return (u.targetList ?? []).flatMap((t) => {
    const r = 'ResTarget' in t ? t.ResTarget : undefined;
    if (!r?.name || r.indirection?.length || !neverNull(r.val)) return [];
    return where === undefined || where === r.name ? [`${table}.${r.name}`] : [];
  });
}

/** The part of the linter's transaction state (state.ts) a backfill is credited in. */
export interface BackfillState {
  /** Tables (as written, unqualified) the current transaction holds a lock on that blocks writes. */
  writeLocked: Set<string>;
  /** `table.column` filled on every row while so locked, in the current transaction. */
  backfilled: Set<string>;
}

/** Update the transaction's write locks and credited backfills after `node` ran inside a transaction. */
export function trackBackfill(s: BackfillState, node: Node, lock: () => LockInfo): void {
  if ('UpdateStmt' in node) {
    const u = node.UpdateStmt;
    if (u.relation && s.writeLocked.has(u.relation.relname ?? '')) for (const k of filledColumns(u)) s.backfilled.add(k);
    return;
  }
  if (!('AlterTableStmt' in node) && !('LockStmt' in node)) return;
  for (const r of lock().relations) if (blocksWrites(r.level)) s.writeLocked.add(r.relation.name);
}
