import type { Rule } from '../lib/lint/types.js';
import { blocksWrites } from '../lib/plan/locks.js';
import { relationKey } from '../lib/lint/context.js';
import { firstLineSpan } from '../lib/lint/nodes.js';
import { scanOnlyFromProvenNotNull } from '../lib/lint/not-null-proof.js';

const rule: Rule = {
  id: 'require-statement-timeout',
  defaultSeverity: 'warning',
  category: 'locking',
  sizeSensitive: true,
  docs: {
    summary: 'Long-running DDL (a table rewrite or scan under a blocking lock) with no `SET statement_timeout` before it.',
    why: 'A statement that rewrites or scans a table while blocking writes runs as long as the table is big; without a statement_timeout a surprise (a bigger table than expected, a slow disk) keeps the table locked indefinitely. Reported once per migration.',
    fix: "Set a statement_timeout you can afford (`SET statement_timeout = '15min';`), or better, use the online form the other rules suggest so the statement does not block writes.",
  },
  examples: {
    bad: ['ALTER TABLE orders ADD CONSTRAINT orders_total_check CHECK (total >= 0);'],
    good: [
      "SET statement_timeout = '5min';\nALTER TABLE orders ADD CONSTRAINT orders_total_check CHECK (total >= 0);",
      "SET statement_timeout = '5min';\nALTER TABLE users ADD CONSTRAINT users_email_not_null CHECK (email IS NOT NULL) NOT VALID;\nALTER TABLE users VALIDATE CONSTRAINT users_email_not_null;\nRESET statement_timeout;\nALTER TABLE users ALTER COLUMN email SET NOT NULL;",
    ],
  },
  check(ctx) {
    if (ctx.tx.statementTimeout) return;
    const lock = ctx.lock();
    if (!lock.rewrite && !lock.scan) return;
    // SET NOT NULL proven by a validated CHECK (catalogue or earlier in the file) does not scan
    if (!lock.rewrite && scanOnlyFromProvenNotNull(ctx)) return;
    // The statement's own table is the one rewritten or scanned (a foreign key's target is only probed).
    const own = lock.relations[0];
    const held = own && blocksWrites(own.level) && !ctx.tx.createdInMigration.has(relationKey(ctx.catalog, own.relation)) ? own : undefined;
    if (!held || !ctx.once(rule.id)) return;
    ctx.report({
      message: `This statement ${lock.rewrite ? 'rewrites' : 'scans'} ${held.relation.name} while blocking writes, with no statement_timeout set.`,
      span: firstLineSpan(ctx.stmt),
      table: relationKey(ctx.catalog, held.relation),
    });
  },
};
export default rule;
