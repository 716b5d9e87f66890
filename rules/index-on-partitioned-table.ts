import type { Rule } from '../lib/lint/types.js';
import { qualifiedName } from '../lib/lint/nodes.js';

const rule: Rule = {
  id: 'index-on-partitioned-table',
  defaultSeverity: 'error',
  category: 'locking',
  sizeSensitive: true,
  types: ['IndexStmt'],
  docs: {
    summary: 'A non-concurrent index on a partitioned parent.',
    why: 'CREATE INDEX on a partitioned table builds the index on every partition while blocking writes to all of them, and CONCURRENTLY is not supported on a partitioned parent.',
    fix: 'Create the index `ON ONLY` the parent (invalid, instant), build it on each partition with `CREATE INDEX CONCURRENTLY`, then `ALTER INDEX parent_idx ATTACH PARTITION partition_idx` for each; the parent index becomes valid when all are attached.',
  },
  examples: {
    bad: ['CREATE TABLE events (id bigint, created_at timestamptz) PARTITION BY RANGE (created_at);\n-- migration\nCREATE INDEX events_created_at_idx ON events (created_at);'],
    good: ['CREATE TABLE events (id bigint, created_at timestamptz) PARTITION BY RANGE (created_at);\n-- migration\nCREATE INDEX events_created_at_idx ON ONLY events (created_at);'],
  },
  check(ctx) {
    if (!('IndexStmt' in ctx.node)) return;
    const s = ctx.node.IndexStmt;
    if (!ctx.isPartitioned(s.relation) || !s.relation?.inh || !ctx.isExistingTable(s.relation)) return;
    ctx.report({
      message: `CREATE INDEX on partitioned table ${qualifiedName(s.relation)} builds it on every partition while blocking their writes.`,
      span: ctx.find(/create\s+(unique\s+)?index/i),
      table: ctx.tableKey(s.relation),
    });
  },
};
export default rule;
