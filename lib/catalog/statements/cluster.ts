/**
 * The index a table is clustered on (pg_index.indisclustered): ALTER TABLE … CLUSTER ON idx and CLUSTER t USING idx
 * mark it and unmark the table's others; SET WITHOUT CLUSTER unmarks them all. Seen on PostgreSQL 15: a
 * partitioned table cannot be marked (its partitions can), ALTER COLUMN … TYPE keeps the mark on the rebuilt
 * index, a renamed index keeps it; neither reaches partitions or inheriting tables.
 */
import type { AlterTableCmd, ClusterStmt } from '@pgsql/types';
import type { Table } from '../model/catalog.js';
import { type ApplyContext, fail } from './context.js';
import { qualifiedFromRangeVar } from '../../parse/ast.js';
import { resolveTable } from '../query/resolve.js';
import { truncateIdent } from '../query/names.js';

function markClustered(ctx: ApplyContext, table: Table, name: string): void {
  const index = ctx.cat.indexes.get(`${table.schema}.${truncateIdent(name)}`);
  if (!index || index.table !== table.name) return fail(ctx, 'missing-object', `index "${name}" for table "${table.name}" does not exist`);
  if (table.partitionBy) return fail(ctx, 'invalid-definition', 'cannot mark index clustered in partitioned table');
  unmark(ctx, table);
  index.clustered = true;
}

function unmark(ctx: ApplyContext, table: Table): void {
  for (const i of ctx.cat.indexes.values()) if (i.clustered && i.schema === table.schema && i.table === table.name) delete i.clustered;
}

/** ALTER TABLE … CLUSTER ON / SET WITHOUT CLUSTER; true when the subcommand was one of them. */
export function clusterCmd(ctx: ApplyContext, table: Table, cmd: AlterTableCmd): boolean {
  if (cmd.subtype === 'AT_ClusterOn') markClustered(ctx, table, cmd.name ?? '');
  else if (cmd.subtype === 'AT_DropCluster') unmark(ctx, table);
  else return false;
  return true;
}

/** CLUSTER t USING idx marks idx (CLUSTER t, and CLUSTER alone, use the mark and leave it). */
export function cluster(ctx: ApplyContext, s: ClusterStmt): void {
  if (!s.relation || !s.indexname) return;
  const table = resolveTable(ctx.cat, qualifiedFromRangeVar(s.relation));
  if (!table) return fail(ctx, 'missing-object', `relation "${s.relation.relname}" does not exist`);
  if (table.partitionBy) return; // PostgreSQL 17+ clusters each partition, marking none
  markClustered(ctx, table, s.indexname);
}
