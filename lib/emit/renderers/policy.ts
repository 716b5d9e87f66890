/** Row-level security: the table flags and policies. */
import type { ChangeOf } from '../../diff/change.js';
import type { Policy } from '../../catalog/model/catalog.js';
import { tableName } from '../ddl.js';
import { exprSql } from '../expr.js';
import { ident, role } from '../../source/quote.js';

const rolesSql = (p: Policy) => p.roles.map(role).join(', ');

export function createPolicySql(table: { schema: string; name: string }, p: Policy): string {
  let s = `CREATE POLICY ${ident(p.name)} ON ${tableName(table)}`;
  if (!p.permissive) s += ' AS RESTRICTIVE';
  if (p.command !== 'all') s += ` FOR ${p.command.toUpperCase()}`;
  if (p.roles.join() !== 'public') s += ` TO ${rolesSql(p)}`;
  if (p.using) s += ` USING (${exprSql(p.using)})`;
  if (p.check) s += ` WITH CHECK (${exprSql(p.check)})`;
  return s;
}

export const createPolicy = (c: ChangeOf<'create_policy'>) => [createPolicySql(c.table, c.policy)];
export const dropPolicy = (c: ChangeOf<'drop_policy'>) => [`DROP POLICY ${ident(c.policy.name)} ON ${tableName(c.table)}`];

/** ALTER POLICY changes roles, USING and WITH CHECK; removing a USING or WITH CHECK needs the policy recreated (the diff does that). */
export const alterPolicy = (c: ChangeOf<'alter_policy'>) => {
  const p = c.policy;
  let s = `ALTER POLICY ${ident(p.name)} ON ${tableName(c.table)}`;
  if (p.roles.join() !== c.from.roles.join()) s += ` TO ${rolesSql(p)}`;
  if (p.using && p.using.key !== c.from.using?.key) s += ` USING (${exprSql(p.using)})`;
  if (p.check && p.check.key !== c.from.check?.key) s += ` WITH CHECK (${exprSql(p.check)})`;
  return [s];
};

export const setRowSecurity = (c: ChangeOf<'set_row_security'>) => [`ALTER TABLE ${tableName(c.table)} ${c.enabled ? 'ENABLE' : 'DISABLE'} ROW LEVEL SECURITY`];
export const setForceRowSecurity = (c: ChangeOf<'set_force_row_security'>) => [`ALTER TABLE ${tableName(c.table)} ${c.forced ? 'FORCE' : 'NO FORCE'} ROW LEVEL SECURITY`];
