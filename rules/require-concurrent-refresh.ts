import type { Rule } from '../lib/lint/types.js';
import { qualifiedName } from '../lib/lint/nodes.js';

const rule: Rule = {
  id: 'require-concurrent-refresh',
  defaultSeverity: 'warning',
  category: 'locking',
  sizeSensitive: true,
  types: ['RefreshMatViewStmt'],
  docs: {
    summary: 'REFRESH MATERIALIZED VIEW without CONCURRENTLY on a view that exists before the migration.',
    why: 'A plain REFRESH MATERIALIZED VIEW takes an ACCESS EXCLUSIVE lock on the view for the whole time its query runs: every read of the view waits until the refresh is done.',
    fix: 'Use `REFRESH MATERIALIZED VIEW CONCURRENTLY` (it needs a unique index on the view covering all rows, and the view must be populated); it only blocks other refreshes. `WITH NO DATA` cannot be concurrent and is not reported.',
  },
  examples: {
    bad: ['CREATE TABLE orders (id bigint PRIMARY KEY, total numeric);\nCREATE MATERIALIZED VIEW order_totals AS SELECT sum(total) AS total FROM orders;\n-- migration\nREFRESH MATERIALIZED VIEW order_totals;'],
    good: [
      'REFRESH MATERIALIZED VIEW CONCURRENTLY order_totals;',
      'CREATE TABLE orders (id bigint PRIMARY KEY, total numeric);\nCREATE MATERIALIZED VIEW order_totals AS SELECT sum(total) AS total FROM orders WITH NO DATA;\nREFRESH MATERIALIZED VIEW order_totals;',
      'REFRESH MATERIALIZED VIEW order_totals WITH NO DATA;',
    ],
  },
  check(ctx) {
    if (!('RefreshMatViewStmt' in ctx.node)) return;
    const s = ctx.node.RefreshMatViewStmt;
    // a view created in this migration has no readers yet
    if (s.concurrent || s.skipData || !ctx.isExistingTable(s.relation)) return;
    ctx.report({
      message: `REFRESH MATERIALIZED VIEW ${qualifiedName(s.relation)} blocks every read of the view until its query finishes.`,
      span: ctx.find(/refresh\s+materialized\s+view/i),
      table: ctx.tableKey(s.relation),
    });
  },
};
export default rule;
