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
    why: 'A statement that rewrites or scans a table while blocking writes runs as long as the table is big; without a statement_timeout a surprise (a bigger table than expected, a slow disk) keeps the table locked indefinitely. Reported once per migration. Scans follow the catalogue: ADD PRIMARY KEY USING INDEX scans only for a key column neither NOT NULL nor (PostgreSQL 12+) proven by a validated CHECK (col IS NOT NULL). `SET LOCAL` counts only inside a transaction and until it ends, as for require-lock-timeout.',
    fix: "Set a statement_timeout you can afford (`SET statement_timeout = '15min';`), or better, use the online form the other rules suggest so the statement does not block writes.",
  },
  examples: {
    bad: [
      'ALTER TABLE orders ADD CONSTRAINT orders_total_check CHECK (total >= 0);',
      // the primary key's SET NOT NULL reads every row of the nullable column
      'CREATE TABLE authors (name text);\nCREATE UNIQUE INDEX authors_name_key ON authors (name);\n-- migration\nALTER TABLE authors ADD CONSTRAINT authors_pkey PRIMARY KEY USING INDEX authors_name_key;',
    ],
    good: [
      "SET statement_timeout = '5min';\nALTER TABLE orders ADD CONSTRAINT orders_total_check CHECK (total >= 0);",
      "SET statement_timeout = '5min';\nALTER TABLE users ADD CONSTRAINT users_email_not_null CHECK (email IS NOT NULL) NOT VALID;\nALTER TABLE users VALIDATE CONSTRAINT users_email_not_null;\nRESET statement_timeout;\nALTER TABLE users ALTER COLUMN email SET NOT NULL;",
      // the key column is NOT NULL already: the index is attached, no row is read
      'CREATE TABLE authors (name text NOT NULL);\nCREATE UNIQUE INDEX authors_name_key ON authors (name);\n-- migration\nALTER TABLE authors ADD CONSTRAINT authors_pkey PRIMARY KEY USING INDEX authors_name_key;',
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
