import type { Node } from '@pgsql/types';
import type { Rule } from '../lib/lint/types.js';
import { firstLineSpan } from '../lib/lint/nodes.js';

const IGNORED = new Set(['TransactionStmt', 'VariableSetStmt', 'VariableShowStmt', 'CommentStmt']);

/** Version tables migration runners write just before COMMIT: recording the revision is not "more work". */
const VERSION_TABLES = new Set(['pgshift_revisions', 'alembic_version', 'schema_migrations', 'flyway_schema_history', 'goose_db_version', '__diesel_schema_migrations', 'schema_version', 'knex_migrations', 'typeorm_migrations', 'django_migrations']);

function recordsRevision(node: Node): boolean {
  const body = ('InsertStmt' in node ? node.InsertStmt : 'UpdateStmt' in node ? node.UpdateStmt : 'DeleteStmt' in node ? node.DeleteStmt : undefined) as { relation?: { relname?: string } } | undefined;
  return !!body?.relation?.relname && VERSION_TABLES.has(body.relation.relname);
}

const rule: Rule = {
  id: 'statements-after-access-exclusive',
  defaultSeverity: 'warning',
  category: 'hygiene',
  docs: {
    summary: 'More statements after an ACCESS EXCLUSIVE lock in the same transaction (the lock is held until commit).',
    why: 'Locks are held until the transaction ends: every statement that runs after one that took ACCESS EXCLUSIVE on an existing table extends the time that table is unreadable, even if the later statements are fast on their own. Reported once per transaction.',
    fix: 'Put the statement that takes ACCESS EXCLUSIVE last in its transaction, or in a transaction of its own; move slow work (backfills, index builds, validations) to separate transactions.',
  },
  examples: {
    bad: ['BEGIN;\nALTER TABLE users ADD COLUMN nickname text;\nUPDATE users SET nickname = name;\nCOMMIT;'],
    good: ['BEGIN;\nALTER TABLE users ADD COLUMN nickname text;\nCOMMIT;\nUPDATE users SET nickname = name;'],
  },
  check(ctx) {
    const held = ctx.tx.accessExclusive;
    if (!held || !ctx.tx.inTransaction || IGNORED.has(ctx.stmt.type) || recordsRevision(ctx.node)) return;
    if (!ctx.once(`${rule.id}@${held.span.start}`)) return;
    ctx.report({ message: `This statement runs while ${held.table} is still locked ACCESS EXCLUSIVE by an earlier statement of the transaction.`, span: firstLineSpan(ctx.stmt) });
  },
};
export default rule;
