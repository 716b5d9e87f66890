/** Extended statistics objects: CREATE / DROP STATISTICS and ALTER STATISTICS … SET STATISTICS. */
import type { ChangeOf } from '../../diff/change.js';
import type { StatisticsObject } from '../../catalog/model/catalog.js';
import { exprSql } from '../expr.js';
import { ident, qualified } from '../../source/quote.js';

const ALL_KINDS = 3;

function definitionSql(s: StatisticsObject): string {
  const elems = [...s.columns.map(ident), ...s.exprs.map((e) => `(${exprSql(e)})`)];
  // no kinds written = all of them; a single expression has none to name
  const kinds = s.kinds.length && s.kinds.length < ALL_KINDS ? ` (${s.kinds.join(', ')})` : '';
  return `CREATE STATISTICS ${qualified(s.schema, s.name)}${kinds} ON ${elems.join(', ')} FROM ${qualified(s.table.schema, s.table.name)}`;
}

export const createStatistics = (c: ChangeOf<'create_statistics'>) => [definitionSql(c.statistics)];
export const dropStatistics = (c: ChangeOf<'drop_statistics'>) => [`DROP STATISTICS ${qualified(c.statistics.schema, c.statistics.name)}`];
export const alterStatisticsTarget = (c: ChangeOf<'alter_statistics_target'>) =>
  [`ALTER STATISTICS ${qualified(c.statistics.schema, c.statistics.name)} SET STATISTICS ${c.statistics.target ?? -1}`];
