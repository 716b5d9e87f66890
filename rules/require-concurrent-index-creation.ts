import type { Rule } from '../lib/lint/types.js';
import { qualifiedName } from '../lib/lint/nodes.js';

const rule: Rule = {
  id: 'require-concurrent-index-creation',
  defaultSeverity: 'error',
  category: 'locking',
  sizeSensitive: true,
  types: ['IndexStmt'],
  docs: {
    summary: 'CREATE INDEX without CONCURRENTLY on an existing table.',
    why: 'A plain CREATE INDEX takes a SHARE lock on the table for the whole index build: every INSERT, UPDATE and DELETE waits until the index is built, which on a large table means minutes of blocked writes.',
    fix: 'Use `CREATE INDEX CONCURRENTLY` outside a transaction block (it takes SHARE UPDATE EXCLUSIVE, which lets reads and writes continue). On a table created in the same migration a plain CREATE INDEX is fine.',
  },
  examples: {
    bad: ['CREATE INDEX users_email_idx ON users (email);'],
    good: [
      'CREATE INDEX CONCURRENTLY users_email_idx ON users (email);',
      'CREATE TABLE users (id bigint PRIMARY KEY, email text);\nCREATE INDEX users_email_idx ON users (email);',
    ],
  },
  check(ctx) {
    if (!('IndexStmt' in ctx.node)) return;
    const s = ctx.node.IndexStmt;
    if (s.concurrent || !ctx.isExistingTable(s.relation) || ctx.isPartitioned(s.relation)) return;
    ctx.report({
      message: `CREATE INDEX on existing table ${qualifiedName(s.relation)} blocks writes while the index is built.`,
      span: ctx.find(/create\s+(unique\s+)?index/i),
      table: ctx.tableKey(s.relation),
    });
  },
};
export default rule;
