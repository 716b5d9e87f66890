import type { Rule } from '../lib/lint/types.js';
import { reindexConcurrently } from '../lib/plan/utility-options.js';

const rule: Rule = {
  id: 'require-concurrent-reindex',
  defaultSeverity: 'error',
  category: 'locking',
  sizeSensitive: true,
  types: ['ReindexStmt'],
  docs: {
    summary: 'REINDEX without CONCURRENTLY (or with `CONCURRENTLY false`).',
    why: 'A plain REINDEX locks out writes to the table (SHARE lock) and reads that use the index (ACCESS EXCLUSIVE on the index) for the whole rebuild.',
    fix: 'Use `REINDEX ... CONCURRENTLY` (PostgreSQL 12+) outside a transaction block; before 12, build a new index concurrently and drop the old one concurrently. `REINDEX SYSTEM` cannot run concurrently and is not reported.',
  },
  examples: {
    bad: ['REINDEX INDEX users_email_idx;', 'REINDEX (CONCURRENTLY false) TABLE users;', 'REINDEX (VERBOSE, CONCURRENTLY off) INDEX users_email_idx;'],
    good: [
      'REINDEX INDEX CONCURRENTLY users_email_idx;',
      'REINDEX (CONCURRENTLY) TABLE users;',
      'REINDEX (CONCURRENTLY true) TABLE users;',
      // PostgreSQL refuses CONCURRENTLY for system catalogues: nothing to advise
      'REINDEX SYSTEM app;',
    ],
  },
  check(ctx) {
    if (!('ReindexStmt' in ctx.node)) return;
    const s = ctx.node.ReindexStmt;
    if (reindexConcurrently(s)) return;
    // REINDEX SYSTEM cannot be concurrent ("cannot reindex system catalogs concurrently")
    if (s.kind === 'REINDEX_OBJECT_SYSTEM') return;
    if (s.relation && s.kind === 'REINDEX_OBJECT_TABLE' && !ctx.isExistingTable(s.relation)) return;
    ctx.report({
      message: `REINDEX without CONCURRENTLY blocks writes to ${s.kind === 'REINDEX_OBJECT_DATABASE' || s.kind === 'REINDEX_OBJECT_SCHEMA' ? 'each table' : 'the table'} while ${s.kind === 'REINDEX_OBJECT_INDEX' ? 'the index is' : 'its indexes are'} rebuilt.`,
      span: ctx.find(/reindex/i),
      table: s.relation && s.kind === 'REINDEX_OBJECT_TABLE' ? ctx.tableKey(s.relation) : undefined,
      help:
        ctx.pgVersion < 12
          ? 'PostgreSQL before 12 has no REINDEX CONCURRENTLY: create a new index CONCURRENTLY, then DROP INDEX CONCURRENTLY the old one.'
          : s.kind === 'REINDEX_OBJECT_DATABASE'
            ? 'Use `REINDEX DATABASE CONCURRENTLY` (it skips the system catalogues, which cannot be rebuilt concurrently), outside a transaction block.'
            : 'Use `REINDEX … CONCURRENTLY` (or `(CONCURRENTLY true)`) outside a transaction block.',
    });
  },
};
export default rule;
