import type { Rule } from '../lib/lint/types.js';
import { strings } from '../lib/parse/ast.js';

const rule: Rule = {
  id: 'ban-create-domain-with-constraint',
  defaultSeverity: 'warning',
  category: 'locking',
  types: ['CreateDomainStmt'],
  docs: {
    summary: 'A domain with a CHECK constraint.',
    why: 'Changing a domain\'s constraints later revalidates every column of every table using it (ALTER DOMAIN locks and scans them all), and a domain CHECK cannot be changed per table: the constraint is hard to evolve safely.',
    fix: 'Use a plain domain (or the base type) and put CHECK constraints on the table columns, where they can be added NOT VALID and validated table by table.',
  },
  examples: {
    bad: ['CREATE DOMAIN positive_int AS integer CHECK (VALUE > 0);'],
    good: ['CREATE DOMAIN user_id AS bigint;'],
  },
  check(ctx) {
    if (!('CreateDomainStmt' in ctx.node)) return;
    const s = ctx.node.CreateDomainStmt;
    for (const c of s.constraints ?? []) {
      if (!('Constraint' in c) || c.Constraint.contype !== 'CONSTR_CHECK') continue;
      ctx.report({ message: `Domain ${strings(s.domainname).join('.')} has a CHECK constraint: changing it later revalidates every column using the domain.`, span: ctx.clauseAt(c.Constraint.location) });
    }
  },
};
export default rule;
