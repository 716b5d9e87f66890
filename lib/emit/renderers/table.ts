/** Tables and their columns. */
import type { ChangeOf } from '../../diff/change.js';
import { columnDefSql, createTableSql, identitySql, sequenceOptionsSql, tableName, typeSql } from '../ddl.js';
import { collationSql } from '../collation-sql.js';
import { exprSql } from '../expr.js';
import { NO_CAST_PLACEHOLDER } from '../../catalog/query/casts.js';
import { ident, qualified } from '../../source/quote.js';

const alterColumn = (c: { table: { schema: string; name: string }; column: { name: string }; only?: boolean }, action: string) =>
  `ALTER TABLE ${c.only ? 'ONLY ' : ''}${tableName(c.table)} ALTER COLUMN ${ident(c.column.name)} ${action}`;

export const createTable = (c: ChangeOf<'create_table'>) => [createTableSql(c.table, c.later, c.inheritedGeneration)];
export const dropTable = (c: ChangeOf<'drop_table'>) => [`DROP TABLE ${tableName(c.table)}`];
export const setUnlogged = (c: ChangeOf<'set_unlogged'>) => [`ALTER TABLE ${tableName(c.table)} SET ${c.unlogged ? 'UNLOGGED' : 'LOGGED'}`];
export const setAccessMethod = (c: ChangeOf<'set_access_method'>) => [`ALTER TABLE ${tableName(c.table)} SET ACCESS METHOD ${ident(c.table.accessMethod ?? 'heap')}`];
export const addColumn = (c: ChangeOf<'add_column'>) => [`ALTER TABLE ${tableName(c.table)} ADD COLUMN ${columnDefSql(c.column, c.table)}`];
export const dropColumn = (c: ChangeOf<'drop_column'>) => [`ALTER TABLE ${c.only ? 'ONLY ' : ''}${tableName(c.table)} DROP COLUMN ${ident(c.column.name)}`];

export const alterColumnType = (c: ChangeOf<'alter_column_type'>) => {
  let s = `TYPE ${typeSql(c.column.type)}`;
  if (c.column.collation) s += ` COLLATE ${collationSql(c.column.collation)}`;
  // enums convert through their text labels
  const viaText = c.from.type.schema || c.column.type.schema ? `::text${'[]'.repeat(c.from.type.arrayDims)}` : '';
  if (c.noCast) s += ` USING ${NO_CAST_PLACEHOLDER}(${ident(c.column.name)})`;
  else if (c.using) s += ` USING ${ident(c.column.name)}${viaText}::${typeSql(c.column.type)}`;
  return [alterColumn(c, s)];
};
export const setDefault = (c: ChangeOf<'set_default'>) => [alterColumn(c, `SET DEFAULT ${exprSql(c.column.default!)}`)];
export const dropDefault = (c: ChangeOf<'drop_default'>) => [alterColumn(c, 'DROP DEFAULT')];
export const setNotNull = (c: ChangeOf<'set_not_null'>) => [alterColumn(c, 'SET NOT NULL')];
export const dropNotNull = (c: ChangeOf<'drop_not_null'>) => [alterColumn(c, 'DROP NOT NULL')];
export const addIdentity = (c: ChangeOf<'add_identity'>) => [alterColumn(c, `ADD ${identitySql(c.column, c.table)}`)];
export const dropIdentity = (c: ChangeOf<'drop_identity'>) => [alterColumn(c, 'DROP IDENTITY')];
export const setExpression = (c: ChangeOf<'set_expression'>) => [alterColumn(c, `SET EXPRESSION AS (${exprSql(c.column.generated!)})`)];
export const dropExpression = (c: ChangeOf<'drop_expression'>) => [alterColumn(c, 'DROP EXPRESSION')];
export const alterIdentity = (c: ChangeOf<'alter_identity'>) => {
  const to = c.column.identity!;
  const from = c.from.identity!;
  const parts: string[] = [];
  if (to.kind !== from.kind) parts.push(`SET GENERATED ${to.kind === 'always' ? 'ALWAYS' : 'BY DEFAULT'}`);
  parts.push(...sequenceOptionsSql(to.options, { base: from.options, identity: true }));
  return [alterColumn(c, parts.join(' '))];
};

/** ONLY: a target is set per table (PostgreSQL would pass it on to partitions and inheriting tables). */
export const setColumnStatistics = (c: ChangeOf<'set_column_statistics'>) =>
  [`ALTER TABLE ONLY ${tableName(c.table)} ALTER COLUMN ${ident(c.column.name)} SET STATISTICS ${c.column.statistics ?? -1}`];
export const setColumnStorage = (c: ChangeOf<'set_column_storage'>) =>
  [`ALTER TABLE ONLY ${tableName(c.table)} ALTER COLUMN ${ident(c.column.name)} SET STORAGE ${c.storage.toUpperCase()}`];
export const setColumnCompression = (c: ChangeOf<'set_column_compression'>) =>
  [`ALTER TABLE ONLY ${tableName(c.table)} ALTER COLUMN ${ident(c.column.name)} SET COMPRESSION ${c.column.compression ?? 'default'}`];
export const clusterOn = (c: ChangeOf<'cluster_on'>) => [`ALTER TABLE ONLY ${tableName(c.table)} CLUSTER ON ${ident(c.index.name)}`];
export const setWithoutCluster = (c: ChangeOf<'set_without_cluster'>) => [`ALTER TABLE ONLY ${tableName(c.table)} SET WITHOUT CLUSTER`];
export const setIndexStatistics = (c: ChangeOf<'set_index_statistics'>) =>
  [`ALTER INDEX ${qualified(c.index.schema, c.index.name)} ALTER COLUMN ${c.column} SET STATISTICS ${c.target ?? -1}`];
