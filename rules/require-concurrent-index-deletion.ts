import type { Rule } from '../lib/lint/types.js';
import { strings } from '../lib/parse/ast.js';
import { resolveIndex } from '../lib/catalog/query/resolve.js';

const rule: Rule = {
  id: 'require-concurrent-index-deletion',
  defaultSeverity: 'error',
  category: 'locking',
  sizeSensitive: true,
  types: ['DropStmt'],
  docs: {
    summary: 'DROP INDEX without CONCURRENTLY.',
    why: 'A plain DROP INDEX takes an ACCESS EXCLUSIVE lock on the index\'s table: while it waits for running queries, every later query on the table queues behind it.',
    fix: 'Use `DROP INDEX CONCURRENTLY` outside a transaction block.',
  },
  examples: {
    bad: ['DROP INDEX users_email_idx;'],
    good: ['DROP INDEX CONCURRENTLY users_email_idx;'],
  },
  check(ctx) {
    if (!('DropStmt' in ctx.node)) return;
    const s = ctx.node.DropStmt;
    if (s.removeType !== 'OBJECT_INDEX' || s.concurrent) return;
    for (const o of s.objects ?? []) {
      const parts = strings('List' in o ? o.List.items : []);
      const name = parts[parts.length - 1] ?? '';
      const idx = resolveIndex(ctx.catalog, parts.length > 1 ? parts[parts.length - 2] : undefined, name);
      const tableKey = idx ? `${idx.schema}.${idx.table}` : undefined;
      if (tableKey && ctx.tx.createdInMigration.has(tableKey)) continue;
      ctx.report({
        message: `DROP INDEX ${parts.join('.')} takes an ACCESS EXCLUSIVE lock on ${idx ? idx.table : 'its table'}.`,
        span: ctx.find(/drop\s+index/i),
        table: tableKey,
      });
    }
  },
};
export default rule;
