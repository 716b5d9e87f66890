import type { Rule } from '../lib/lint/types.js';

/** File scratch key: an explicit BEGIN … COMMIT/ROLLBACK of this file has ended. */
const CLOSED = 'transaction-nesting:closed';

const rule: Rule = {
  id: 'transaction-nesting',
  defaultSeverity: 'error',
  category: 'hygiene',
  types: ['TransactionStmt'],
  docs: {
    summary: 'BEGIN inside a transaction, a repeated COMMIT/ROLLBACK, or explicit transaction control in a file the runner wraps.',
    why: 'PostgreSQL has no nested transactions: a second BEGIN only warns, and the first COMMIT ends the outer transaction, so statements after it run outside it and a later failure leaves the migration half-applied. A COMMIT inside a runner-wrapped revision ends the runner\'s transaction early.',
    fix: 'Let the runner own the transaction (no BEGIN/COMMIT in revision files); mark a revision `-- pgshift:no-transaction` when it must control transactions itself.',
  },
  examples: {
    bad: [
      'BEGIN;\nBEGIN;\nCREATE TABLE t (id bigint);\nCOMMIT;',
      '-- squawk-enable-assume-in-transaction\nCREATE TABLE t (id bigint);\nCOMMIT;',
      '-- squawk-enable-assume-in-transaction\nBEGIN;\nCREATE TABLE t (id bigint);\nCOMMIT;\nROLLBACK;',
      'BEGIN;\nCREATE TABLE t (id bigint);\nCOMMIT;\nCOMMIT;',
    ],
    good: [
      'BEGIN;\nCREATE TABLE t (id bigint);\nCOMMIT;',
      'BEGIN;\nCREATE TABLE t (id bigint);\nCOMMIT;\nBEGIN;\nCREATE TABLE u (id bigint);\nCOMMIT;',
      '-- squawk-disable-assume-in-transaction\nBEGIN;\nCREATE TABLE t (id bigint);\nCOMMIT;',
    ],
  },
  check(ctx) {
    if (!('TransactionStmt' in ctx.node)) return;
    const kind = ctx.node.TransactionStmt.kind;
    const begin = kind === 'TRANS_STMT_BEGIN' || kind === 'TRANS_STMT_START';
    const end = kind === 'TRANS_STMT_COMMIT' || kind === 'TRANS_STMT_ROLLBACK';
    if (begin && ctx.tx.inTransaction) {
      ctx.report({
        message: ctx.tx.explicitBegin ? 'BEGIN inside a transaction that is already open: PostgreSQL does not nest transactions.' : 'BEGIN in a file the runner (or migration tool) already runs inside a transaction.',
      });
    } else if (end && ctx.tx.explicitBegin && ctx.tx.inTransaction) {
      ctx.fileScratch.set(CLOSED, true);
    } else if (end && !ctx.tx.wrapped && !ctx.tx.inTransaction && ctx.fileScratch.get(CLOSED)) {
      // a second COMMIT after BEGIN … COMMIT: PostgreSQL only warns ("there is no transaction in progress"),
      // and the statements between the two were meant to be in the closed transaction
      const what = kind === 'TRANS_STMT_COMMIT' ? 'COMMIT' : 'ROLLBACK';
      ctx.report({ message: `${what} with no transaction open: the transaction this file began was already ended above.` });
    } else if (end && ctx.tx.wrapped && !ctx.tx.explicitBegin) {
      const what = kind === 'TRANS_STMT_COMMIT' ? 'COMMIT' : 'ROLLBACK';
      ctx.report({
        message: ctx.tx.inTransaction
          ? `${what} in a file the runner wraps in a transaction ends the runner's transaction early.`
          : `${what} with no transaction open: the runner's transaction already ended earlier in this file.`,
      });
    }
  },
};
export default rule;
