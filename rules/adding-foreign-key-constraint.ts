import type { Rule } from '../lib/lint/types.js';
import { alterCmds, cmdColumnDef, cmdConstraint, columnConstraints, qualifiedName } from '../lib/lint/nodes.js';

const rule: Rule = {
  id: 'adding-foreign-key-constraint',
  defaultSeverity: 'error',
  category: 'locking',
  sizeSensitive: true,
  types: ['AlterTableStmt'],
  docs: {
    summary: 'A foreign key added in one step to an existing table (locks both tables).',
    why: 'ADD FOREIGN KEY takes SHARE ROW EXCLUSIVE locks on the table and on the referenced table and checks every existing row before releasing them: writes to both tables are blocked for the whole scan.',
    fix: 'Add the foreign key `NOT VALID`, commit, then `VALIDATE CONSTRAINT` in its own transaction (SHARE UPDATE EXCLUSIVE on the table, ROW SHARE on the referenced one).',
  },
  examples: {
    bad: ['ALTER TABLE orders ADD CONSTRAINT orders_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id);'],
    good: [
      'ALTER TABLE orders ADD CONSTRAINT orders_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) NOT VALID;',
      'CREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint);\nALTER TABLE orders ADD CONSTRAINT orders_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id);',
    ],
  },
  check(ctx) {
    for (const { cmd, stmt } of alterCmds(ctx.node)) {
      if (!ctx.isExistingTable(stmt.relation)) continue;
      const cons = cmd.subtype === 'AT_AddConstraint' ? [cmdConstraint(cmd)] : cmd.subtype === 'AT_AddColumn' ? columnConstraints(cmdColumnDef(cmd) ?? {}) : [];
      for (const c of cons) {
        if (!c || c.contype !== 'CONSTR_FOREIGN' || c.skip_validation) continue;
        ctx.report({
          message: `Foreign key on existing table ${qualifiedName(stmt.relation)} blocks writes to it and to ${qualifiedName(c.pktable)} while every row is checked.`,
          span: ctx.clauseAt(c.location),
          table: ctx.tableKey(stmt.relation),
        });
      }
    }
  },
};
export default rule;
