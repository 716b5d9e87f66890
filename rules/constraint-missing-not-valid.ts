import type { Rule } from '../lib/lint/types.js';
import { alterCmds, cmdConstraint, qualifiedName, nameRe } from '../lib/lint/nodes.js';

const rule: Rule = {
  id: 'constraint-missing-not-valid',
  defaultSeverity: 'error',
  category: 'locking',
  sizeSensitive: true,
  types: ['AlterTableStmt'],
  docs: {
    summary: 'ADD CHECK / FOREIGN KEY on an existing table without NOT VALID, or VALIDATE in the same transaction.',
    why: 'Adding a CHECK or FOREIGN KEY constraint checks every existing row while holding the lock of ALTER TABLE (ACCESS EXCLUSIVE for CHECK, SHARE ROW EXCLUSIVE on both tables for a foreign key), so the table is blocked for the whole scan. Validating in the same transaction as the NOT VALID add keeps that lock through the scan too.',
    fix: 'Add the constraint with `NOT VALID` (a quick catalogue change), then `ALTER TABLE ... VALIDATE CONSTRAINT ...` in a later transaction: validation takes only SHARE UPDATE EXCLUSIVE and lets reads and writes continue.',
  },
  examples: {
    bad: [
      'ALTER TABLE orders ADD CONSTRAINT orders_total_check CHECK (total >= 0);',
      'BEGIN;\nALTER TABLE orders ADD CONSTRAINT orders_total_check CHECK (total >= 0) NOT VALID;\nALTER TABLE orders VALIDATE CONSTRAINT orders_total_check;\nCOMMIT;',
    ],
    good: [
      'ALTER TABLE orders ADD CONSTRAINT orders_total_check CHECK (total >= 0) NOT VALID;',
      'ALTER TABLE orders ADD CONSTRAINT orders_total_check CHECK (total >= 0) NOT VALID;\nALTER TABLE orders VALIDATE CONSTRAINT orders_total_check;',
    ],
  },
  check(ctx) {
    for (const { cmd, stmt } of alterCmds(ctx.node)) {
      const table = qualifiedName(stmt.relation);
      if (cmd.subtype === 'AT_ValidateConstraint' && ctx.tx.inTransaction && ctx.tx.notValidInTx.has(`${stmt.relation?.relname ?? ''}.${cmd.name}`)) {
        ctx.report({
          message: `Constraint ${cmd.name} is validated in the same transaction that added it NOT VALID: the ALTER TABLE lock is held during the scan.`,
          span: ctx.find(new RegExp(`validate\\s+constraint\\s+${nameRe(cmd.name ?? '')}`, 'i')),
          table: ctx.tableKey(stmt.relation),
          help: 'COMMIT after adding the constraint NOT VALID, and VALIDATE it in a separate transaction.',
        });
        continue;
      }
      const c = cmd.subtype === 'AT_AddConstraint' ? cmdConstraint(cmd) : undefined;
      if (!c || c.skip_validation || !ctx.isExistingTable(stmt.relation)) continue;
      if (c.contype !== 'CONSTR_CHECK' && c.contype !== 'CONSTR_FOREIGN') continue;
      const kind = c.contype === 'CONSTR_CHECK' ? 'CHECK' : 'FOREIGN KEY';
      ctx.report({
        message: `${kind} constraint ${c.conname ?? ''} on existing table ${table} is validated while the table is locked; add it NOT VALID and validate separately.`.replace('  ', ' '),
        span: ctx.clauseAt(c.location),
        table: ctx.tableKey(stmt.relation),
      });
    }
  },
};
export default rule;
