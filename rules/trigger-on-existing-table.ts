import type { Rule } from '../lib/lint/types.js';
import { qualifiedName } from '../lib/lint/nodes.js';

const rule: Rule = {
  id: 'trigger-on-existing-table',
  defaultSeverity: 'warning',
  category: 'locking',
  sizeSensitive: true,
  types: ['CreateTrigStmt'],
  docs: {
    summary: 'CREATE TRIGGER on an existing table.',
    why: 'CREATE TRIGGER takes a SHARE ROW EXCLUSIVE lock (writes wait while it queues), and the trigger then runs on every write: a slow or failing trigger function becomes a production incident for code that never changed.',
    fix: 'Set a short lock_timeout, keep the trigger function small and tested, and prefer doing the work in the application or a background job when it can wait.',
  },
  examples: {
    bad: ['CREATE TRIGGER users_audit AFTER UPDATE ON users FOR EACH ROW EXECUTE FUNCTION audit();'],
    good: ['CREATE TABLE users (id bigint PRIMARY KEY);\nCREATE TRIGGER users_audit AFTER UPDATE ON users FOR EACH ROW EXECUTE FUNCTION audit();'],
  },
  check(ctx) {
    if (!('CreateTrigStmt' in ctx.node)) return;
    const s = ctx.node.CreateTrigStmt;
    if (!ctx.isExistingTable(s.relation)) return;
    ctx.report({
      message: `Trigger ${s.trigname ?? ''} on existing table ${qualifiedName(s.relation)} runs on every write from now on and takes SHARE ROW EXCLUSIVE to install.`,
      span: ctx.find(/create\s+(or\s+replace\s+)?(constraint\s+)?trigger/i),
      table: ctx.tableKey(s.relation),
    });
  },
};
export default rule;
