/** Partitions (ATTACH / DETACH, of tables and of indexes) and table inheritance (INHERIT / NO INHERIT). */
import type { ChangeOf } from '../../diff/change.js';
import { tableName } from '../ddl.js';
import { qualified } from '../../source/quote.js';
import { partitionBoundSql } from '../partition-ddl.js';

export const attachPartition = (c: ChangeOf<'attach_partition'>) => [`ALTER TABLE ${tableName(c.parent)} ATTACH PARTITION ${tableName(c.table)} ${partitionBoundSql(c.bound)}`];
export const detachPartition = (c: ChangeOf<'detach_partition'>) => [`ALTER TABLE ${tableName(c.parent)} DETACH PARTITION ${tableName(c.table)}`];
export const addInherit = (c: ChangeOf<'add_inherit'>) => [`ALTER TABLE ${tableName(c.table)} INHERIT ${tableName(c.parent)}`];
export const dropInherit = (c: ChangeOf<'drop_inherit'>) => [`ALTER TABLE ${tableName(c.table)} NO INHERIT ${tableName(c.parent)}`];
export const attachIndex = (c: ChangeOf<'attach_index'>) => [`ALTER INDEX ${qualified(c.index.schema, c.index.name)} ATTACH PARTITION ${qualified(c.partition.schema, c.partition.name)}`];
