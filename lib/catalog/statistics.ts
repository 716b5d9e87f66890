/**
 * Statistics targets: ALTER TABLE … ALTER COLUMN c SET STATISTICS n and ALTER INDEX … ALTER COLUMN
 * <number> SET STATISTICS n (expression keys only, as PostgreSQL requires). -1 (or DEFAULT, PG 17+)
 * resets to the system default; PostgreSQL lowers targets above 10000 to 10000 with a warning.
 * Targets are not inherited: a partition or a LIKE copy starts with the default. A target set on a
 * parent without ONLY reaches its partitions and inheriting tables; in schema files (applied by
 * phase, not file order) that is every child the schema declares.
 */
import type { AlterTableCmd, AlterTableStmt } from '@pgsql/types';
import type { Table } from './model.js';
import { type ApplyContext, fail } from './context.js';
import { intValue, qualifiedFromRangeVar } from './ast.js';
import { resolveIndex } from './resolve.js';

const MAX_TARGET = 10000;

/** The target a SET STATISTICS subcommand sets: undefined for the default. */
function target(cmd: AlterTableCmd): number | undefined {
  const n = cmd.def ? intValue(cmd.def) : -1;
  if (n === undefined || n < 0) return undefined;
  return Math.min(n, MAX_TARGET);
}

function checkRange(ctx: ApplyContext, cmd: AlterTableCmd): boolean {
  const n = cmd.def ? intValue(cmd.def) : -1;
  if (n === undefined || n < -1) {
    fail(ctx, 'invalid-definition', `statistics target ${n ?? '?'} is too low`);
    return false;
  }
  return true;
}

/** ALTER TABLE … ALTER COLUMN c SET STATISTICS n. */
export function setColumnStatistics(ctx: ApplyContext, table: Table, cmd: AlterTableCmd): void {
  const column = table.columns.get(cmd.name ?? '');
  if (!column) return fail(ctx, 'missing-object', `column "${cmd.name}" of relation "${table.name}" does not exist`);
  if (!checkRange(ctx, cmd)) return;
  const t = target(cmd);
  if (t === undefined) delete column.statistics;
  else column.statistics = t;
}

/** ALTER INDEX i ALTER COLUMN n SET STATISTICS m: true when `s` was that statement (applied or refused). */
export function alterIndexStatistics(ctx: ApplyContext, s: AlterTableStmt, cmds: AlterTableCmd[]): boolean {
  if (s.objtype !== 'OBJECT_INDEX' || !cmds.length || !cmds.every((c) => c.subtype === 'AT_SetStatistics')) return false;
  const q = qualifiedFromRangeVar(s.relation!);
  const index = resolveIndex(ctx.cat, q.schema, q.name);
  if (!index) {
    if (!s.missing_ok) fail(ctx, 'missing-object', `relation "${q.schema ? q.schema + '.' : ''}${q.name}" does not exist`);
    return true;
  }
  for (const cmd of cmds) {
    const num = cmd.num ?? 0;
    const key = index.keys[num - 1];
    if (!key) {
      if (num > index.keys.length && num <= index.keys.length + index.include.length) fail(ctx, 'invalid-definition', `cannot alter statistics on included column "${index.include[num - index.keys.length - 1]}" of index "${index.name}"`);
      else fail(ctx, 'missing-object', `column number ${num} of relation "${index.name}" does not exist`);
      continue;
    }
    if (!key.expr) {
      fail(ctx, 'invalid-definition', `cannot alter statistics on non-expression column "${key.column}" of index "${index.name}"`, 'Alter statistics on table column instead.');
      continue;
    }
    if (!checkRange(ctx, cmd)) continue;
    const t = target(cmd);
    if (t === undefined) delete key.statistics;
    else key.statistics = t;
  }
  return true;
}
