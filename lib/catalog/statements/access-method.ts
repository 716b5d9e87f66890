/**
 * A table's access method (pg_class.relam): CREATE TABLE … USING am, else the session's
 * default_table_access_method (pg_dump writes `SET default_table_access_method = am;` before the table),
 * and ALTER TABLE … SET ACCESS METHOD am (PostgreSQL 15+). heap, the built-in default, is kept absent.
 * The access methods themselves (CREATE ACCESS METHOD) are not modelled: a name is taken as it is written,
 * for the database to check. On PostgreSQL 15 and 16 a partitioned table has none (USING and SET ACCESS
 * METHOD are errors there; the session default does not apply) and a partition gets the session default.
 */
import type { AlterTableCmd, VariableSetStmt } from '@pgsql/types';
import type { Table } from '../model/catalog.js';
import { type ApplyContext, fail } from './context.js';

const norm = (am: string | undefined) => (am === undefined || am === '' || am === 'heap' ? undefined : am);

function setMethod(table: Table, am: string | undefined): void {
  const m = norm(am);
  if (m) table.accessMethod = m;
  else delete table.accessMethod;
}

/** CREATE TABLE: `USING am` or the session default. */
export function createTableAccessMethod(ctx: ApplyContext, table: Table, written: string | undefined): void {
  if (table.partitionBy) {
    if (written && ctx.pgVersion < 17) fail(ctx, 'invalid-definition', 'specifying a table access method is not supported on a partitioned table');
    return;
  }
  setMethod(table, written ?? ctx.cat.defaultTableAccessMethod);
}

/** ALTER TABLE … SET ACCESS METHOD; true when the subcommand was it. */
export function accessMethodCmd(ctx: ApplyContext, table: Table, cmd: AlterTableCmd): boolean {
  if (cmd.subtype !== 'AT_SetAccessMethod') return false;
  if (table.partitionBy && ctx.pgVersion < 17) fail(ctx, 'invalid-definition', `cannot change access method of a partitioned table`);
  else setMethod(table, cmd.name ?? ctx.cat.defaultTableAccessMethod); // SET ACCESS METHOD DEFAULT (PostgreSQL 17+)
  return true;
}

/** SET default_table_access_method = am / RESET; true when the statement was it. */
export function setDefaultAccessMethod(ctx: ApplyContext, s: VariableSetStmt): boolean {
  if (s.name !== 'default_table_access_method') return false;
  const v = s.kind === 'VAR_SET_VALUE' ? ((s.args ?? []) as any[]).map((a) => a.A_Const?.sval?.sval ?? a.String?.sval ?? '')[0] : undefined;
  const m = norm(v);
  if (m) ctx.cat.defaultTableAccessMethod = m;
  else delete ctx.cat.defaultTableAccessMethod;
  return true;
}
