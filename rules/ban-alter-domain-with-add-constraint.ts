import type { Rule } from '../lib/lint/types.js';
import { strings } from '../lib/parse/ast.js';

const rule: Rule = {
  id: 'ban-alter-domain-with-add-constraint',
  defaultSeverity: 'error',
  category: 'locking',
  types: ['AlterDomainStmt'],
  docs: {
    summary: 'ALTER DOMAIN ... ADD CONSTRAINT (revalidates every column of the domain).',
    why: 'Adding a constraint to a domain checks every column of every table that uses the domain, locking those tables while it scans them; pgshift cannot see which tables those are from the statement.',
    fix: 'Add the constraint `NOT VALID` and `VALIDATE CONSTRAINT` it separately, or put a CHECK constraint on the table columns themselves (which can be added NOT VALID per table).',
  },
  examples: {
    bad: ['ALTER DOMAIN positive_int ADD CONSTRAINT positive_int_check CHECK (VALUE > 0);'],
    good: ['ALTER DOMAIN positive_int ADD CONSTRAINT positive_int_check CHECK (VALUE > 0) NOT VALID;'],
  },
  check(ctx) {
    if (!('AlterDomainStmt' in ctx.node)) return;
    const s = ctx.node.AlterDomainStmt;
    if (s.subtype !== 'C') return;
    const c = s.def && 'Constraint' in s.def ? s.def.Constraint : undefined;
    if (c?.skip_validation) return;
    ctx.report({
      message: `ALTER DOMAIN ${strings(s.typeName).join('.')} ADD CONSTRAINT checks every column that uses the domain, on every table.`,
      span: ctx.clauseAt(c?.location),
    });
  },
};
export default rule;
