import type { Rule } from '../lib/lint/types.js';

const rule: Rule = {
  id: 'require-concurrent-reindex',
  defaultSeverity: 'error',
  category: 'locking',
  sizeSensitive: true,
  types: ['ReindexStmt'],
  docs: {
    summary: 'REINDEX without CONCURRENTLY.',
    why: 'A plain REINDEX locks out writes to the table (SHARE lock) and reads that use the index (ACCESS EXCLUSIVE on the index) for the whole rebuild.',
    fix: 'Use `REINDEX ... CONCURRENTLY` (PostgreSQL 12+) outside a transaction block; before 12, build a new index concurrently and drop the old one concurrently.',
  },
  examples: {
    bad: ['REINDEX INDEX users_email_idx;'],
    good: ['REINDEX INDEX CONCURRENTLY users_email_idx;'],
  },
  check(ctx) {
    if (!('ReindexStmt' in ctx.node)) return;
    const s = ctx.node.ReindexStmt;
    if ((s.params ?? []).some((p) => 'DefElem' in p && p.DefElem.defname === 'concurrently')) return;
    if (s.relation && s.kind === 'REINDEX_OBJECT_TABLE' && !ctx.isExistingTable(s.relation)) return;
    ctx.report({
      message: 'REINDEX without CONCURRENTLY blocks writes to the table while the index is rebuilt.',
      span: ctx.find(/reindex/i),
      table: s.relation && s.kind === 'REINDEX_OBJECT_TABLE' ? ctx.tableKey(s.relation) : undefined,
      help: ctx.pgVersion < 12 ? 'PostgreSQL before 12 has no REINDEX CONCURRENTLY: create a new index CONCURRENTLY, then DROP INDEX CONCURRENTLY the old one.' : undefined,
    });
  },
};
export default rule;
