import { reindexConcurrently } from '../lib/plan/utility-options.js';
import type { Rule } from '../lib/lint/types.js';
import { alterCmds } from '../lib/lint/nodes.js';

const rule: Rule = {
  id: 'ban-concurrent-index-creation-in-transaction',
  defaultSeverity: 'error',
  category: 'locking',
  types: ['IndexStmt', 'DropStmt', 'ReindexStmt', 'AlterTableStmt'],
  docs: {
    summary: 'CONCURRENTLY inside a transaction block (fails at run time).',
    why: 'CREATE INDEX CONCURRENTLY, DROP INDEX CONCURRENTLY, REINDEX CONCURRENTLY and DETACH PARTITION CONCURRENTLY cannot run inside a transaction block: PostgreSQL rejects them with "cannot run inside a transaction block", so the migration fails half-way.',
    fix: 'Run the statement outside any transaction: in a pgshift revision mark the file with `-- pgshift:no-transaction` (or let `pgshift generate` place it), or COMMIT before it.',
  },
  examples: {
    bad: ['BEGIN;\nCREATE INDEX CONCURRENTLY users_email_idx ON users (email);\nCOMMIT;'],
    good: ['CREATE INDEX CONCURRENTLY users_email_idx ON users (email);'],
  },
  check(ctx) {
    if (!ctx.tx.inTransaction) return;
    const n = ctx.node;
    let concurrent = false;
    if ('IndexStmt' in n) concurrent = !!n.IndexStmt.concurrent;
    else if ('DropStmt' in n) concurrent = !!n.DropStmt.concurrent;
    else if ('ReindexStmt' in n) concurrent = reindexConcurrently(n.ReindexStmt);
    else concurrent = alterCmds(n).some(({ cmd }) => cmd.subtype === 'AT_DetachPartition' && !!cmd.def && 'PartitionCmd' in cmd.def && !!cmd.def.PartitionCmd.concurrent);
    if (!concurrent) return;
    ctx.report({
      message: ctx.tx.wrapped && !ctx.tx.explicitBegin
        ? 'CONCURRENTLY cannot run inside the transaction the runner wraps this revision in.'
        : 'CONCURRENTLY cannot run inside a transaction block.',
      span: ctx.find(/concurrently/i),
    });
  },
};
export default rule;
