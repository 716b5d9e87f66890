import type { Rule } from '../lib/lint/types.js';
import { alterCmds, qualifiedName } from '../lib/lint/nodes.js';

const rule: Rule = {
  id: 'require-concurrent-partition-detach',
  defaultSeverity: 'error',
  category: 'locking',
  sizeSensitive: true,
  types: ['AlterTableStmt'],
  docs: {
    summary: 'DETACH PARTITION without CONCURRENTLY.',
    why: 'A plain DETACH PARTITION takes an ACCESS EXCLUSIVE lock on the partitioned parent: every query on the whole partitioned table waits.',
    fix: 'Use `ALTER TABLE parent DETACH PARTITION child CONCURRENTLY` (PostgreSQL 14+), outside a transaction block; it takes SHARE UPDATE EXCLUSIVE.',
  },
  examples: {
    bad: ['ALTER TABLE events DETACH PARTITION events_2020;'],
    good: ['ALTER TABLE events DETACH PARTITION events_2020 CONCURRENTLY;'],
  },
  check(ctx) {
    for (const { cmd, stmt } of alterCmds(ctx.node)) {
      if (cmd.subtype !== 'AT_DetachPartition') continue;
      const pc = cmd.def && 'PartitionCmd' in cmd.def ? cmd.def.PartitionCmd : undefined;
      if (pc?.concurrent || !ctx.isExistingTable(stmt.relation)) continue;
      ctx.report({
        message: `DETACH PARTITION ${qualifiedName(pc?.name)} locks all of ${qualifiedName(stmt.relation)} with ACCESS EXCLUSIVE.`,
        span: ctx.find(/detach\s+partition/i),
        table: ctx.tableKey(stmt.relation),
        help: ctx.pgVersion < 14 ? 'DETACH PARTITION CONCURRENTLY needs PostgreSQL 14; schedule the detach for a quiet period with a short lock_timeout.' : undefined,
      });
    }
  },
};
export default rule;
