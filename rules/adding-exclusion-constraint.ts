import type { Rule } from '../lib/lint/types.js';
import { alterCmds, cmdConstraint, qualifiedName } from '../lib/lint/nodes.js';

const rule: Rule = {
  id: 'adding-exclusion-constraint',
  defaultSeverity: 'error',
  category: 'locking',
  sizeSensitive: true,
  types: ['AlterTableStmt'],
  docs: {
    summary: 'ADD EXCLUDE on an existing table.',
    why: 'An exclusion constraint builds its index and checks every row under an ACCESS EXCLUSIVE lock, and unlike CHECK or FOREIGN KEY it cannot be added NOT VALID nor attached from a concurrently built index.',
    fix: 'Add exclusion constraints when the table is created, or during a maintenance window with a short lock_timeout; enforce the rule in the application (or with a trigger) meanwhile.',
  },
  examples: {
    bad: ['ALTER TABLE bookings ADD CONSTRAINT bookings_no_overlap EXCLUDE USING gist (room WITH =, during WITH &&);'],
    good: ['CREATE TABLE bookings (room int, during tsrange, EXCLUDE USING gist (room WITH =, during WITH &&));'],
  },
  check(ctx) {
    for (const { cmd, stmt } of alterCmds(ctx.node)) {
      const c = cmd.subtype === 'AT_AddConstraint' ? cmdConstraint(cmd) : undefined;
      if (!c || c.contype !== 'CONSTR_EXCLUSION' || !ctx.isExistingTable(stmt.relation)) continue;
      ctx.report({
        message: `Adding an exclusion constraint to existing table ${qualifiedName(stmt.relation)} builds and checks it under an ACCESS EXCLUSIVE lock.`,
        span: ctx.clauseAt(c.location),
        table: ctx.tableKey(stmt.relation),
      });
    }
  },
};
export default rule;
