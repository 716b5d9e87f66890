import type { Rule } from '../lib/lint/types.js';

const rule: Rule = {
  id: 'transaction-nesting',
  defaultSeverity: 'error',
  category: 'hygiene',
  types: ['TransactionStmt'],
  docs: {
    summary: 'BEGIN inside a transaction, or explicit transaction control in a file the runner wraps.',
    why: 'PostgreSQL has no nested transactions: a second BEGIN only warns, and the first COMMIT ends the outer transaction, so statements after it run outside it and a later failure leaves the migration half-applied. A COMMIT inside a runner-wrapped revision ends the runner\'s transaction early.',
    fix: 'Let the runner own the transaction (no BEGIN/COMMIT in revision files); mark a revision `-- pgshift:no-transaction` when it must control transactions itself.',
  },
  examples: {
    bad: ['BEGIN;\nBEGIN;\nCREATE TABLE t (id bigint);\nCOMMIT;'],
    good: ['BEGIN;\nCREATE TABLE t (id bigint);\nCOMMIT;'],
  },
  check(ctx) {
    if (!('TransactionStmt' in ctx.node)) return;
    const kind = ctx.node.TransactionStmt.kind;
    const begin = kind === 'TRANS_STMT_BEGIN' || kind === 'TRANS_STMT_START';
    const end = kind === 'TRANS_STMT_COMMIT' || kind === 'TRANS_STMT_ROLLBACK';
    if (begin && ctx.tx.inTransaction) {
      ctx.report({
        message: ctx.tx.explicitBegin ? 'BEGIN inside a transaction that is already open: PostgreSQL does not nest transactions.' : 'BEGIN in a file the runner already runs inside a transaction.',
      });
    } else if (end && ctx.tx.wrapped && !ctx.tx.explicitBegin) {
      ctx.report({ message: 'COMMIT/ROLLBACK in a file the runner wraps in a transaction ends the runner\'s transaction early.' });
    }
  },
};
export default rule;
