import type { Rule } from '../lib/lint/types.js';
import { blocksWrites, lockSqlName } from '../lib/plan/locks.js';
import { relationKey } from '../lib/lint/context.js';
import { firstLineSpan } from '../lib/lint/nodes.js';

const rule: Rule = {
  id: 'require-lock-timeout',
  defaultSeverity: 'warning',
  category: 'locking',
  sizeSensitive: true,
  docs: {
    summary: 'Blocking DDL on an existing table with no `SET lock_timeout` before it.',
    why: 'A DDL statement that cannot get its lock at once waits in the lock queue, and every query that arrives after it queues behind it: one long-running SELECT turns a millisecond ALTER TABLE into an outage. Reported once per migration. `SET LOCAL` counts only inside a transaction (an explicit BEGIN, or a file the runner wraps: a pgshift revision, `--assume-in-transaction`) and only until it ends; outside one PostgreSQL ignores it with a warning. A plain `SET` lasts for the session (undone by a ROLLBACK of the transaction it was made in).',
    fix: "Start the migration with `SET lock_timeout = '2s';` (or SET LOCAL inside the transaction) and retry on timeout; pgshift generate emits it.",
  },
  examples: {
    bad: [
      'ALTER TABLE users ADD COLUMN nickname text;',
      // SET LOCAL outside a transaction block has no effect
      "SET LOCAL lock_timeout = '2s';\nALTER TABLE users ADD COLUMN nickname text;",
      // SET LOCAL ends with its transaction
      "BEGIN;\nSET LOCAL lock_timeout = '2s';\nALTER TABLE users ADD COLUMN nickname text;\nCOMMIT;\nALTER TABLE users ADD COLUMN bio text;",
    ],
    good: [
      "SET lock_timeout = '2s';\nALTER TABLE users ADD COLUMN nickname text;",
      "BEGIN;\nSET LOCAL lock_timeout = '2s';\nALTER TABLE users ADD COLUMN nickname text;\nCOMMIT;",
      // a SET LOCAL over a session value: the session value is back after COMMIT
      "SET lock_timeout = '5s';\nBEGIN;\nSET LOCAL lock_timeout = '2s';\nALTER TABLE users ADD COLUMN nickname text;\nCOMMIT;\nALTER TABLE users ADD COLUMN bio text;",
    ],
  },
  check(ctx) {
    if (ctx.tx.lockTimeout) return;
    const lock = ctx.lock();
    const held = lock.relations.find((r) => blocksWrites(r.level) && !ctx.tx.createdInMigration.has(relationKey(ctx.catalog, r.relation)));
    if (!held || !ctx.once(rule.id)) return;
    ctx.report({
      message: `This statement takes ${lockSqlName(held.level)} on ${held.relation.name} with no lock_timeout set: if it has to wait, every later query on the table waits behind it.`,
      span: firstLineSpan(ctx.stmt),
      table: relationKey(ctx.catalog, held.relation),
    });
  },
};
export default rule;
