import type { Rule } from '../lib/lint/types.js';
import { alterCmds, qualifiedName, nameRe } from '../lib/lint/nodes.js';

const KIND: Record<string, string> = { primary: 'primary key', foreign: 'foreign key', check: 'check', unique: 'unique' };

const rule: Rule = {
  id: 'drop-constraint',
  defaultSeverity: 'warning',
  category: 'destructive',
  types: ['AlterTableStmt'],
  docs: {
    summary: 'Dropping a PRIMARY KEY, FOREIGN KEY, CHECK or UNIQUE constraint that exists (needs the catalogue).',
    why: 'Once the constraint is gone, bad data (duplicates, orphans, out-of-range values) can be written immediately and cannot be re-constrained without cleaning it; dropping a primary key or unique constraint also drops its index, and queries relying on it slow down.',
    fix: 'Make sure nothing relies on the guarantee; to replace a constraint, add the new one (NOT VALID, validated) before dropping the old one.',
  },
  examples: {
    bad: ['CREATE TABLE orders (id bigint PRIMARY KEY, total numeric CONSTRAINT orders_total_check CHECK (total >= 0));\n-- migration\nALTER TABLE orders DROP CONSTRAINT orders_total_check;'],
    good: ['CREATE TABLE orders (id bigint PRIMARY KEY, total numeric);\nALTER TABLE orders ADD CONSTRAINT orders_total_check CHECK (total >= 0);\nALTER TABLE orders DROP CONSTRAINT orders_total_check;'],
  },
  check(ctx) {
    for (const { cmd, stmt } of alterCmds(ctx.node)) {
      if (cmd.subtype !== 'AT_DropConstraint' || !cmd.name || !ctx.isExistingTable(stmt.relation)) continue;
      const c = ctx.table(stmt.relation)?.constraints.get(cmd.name);
      if (!c || !KIND[c.kind]) continue;
      ctx.report({
        message: `Dropping ${KIND[c.kind]} constraint ${cmd.name} of ${qualifiedName(stmt.relation)} lets data it rejected be written from now on.`,
        span: ctx.find(new RegExp(`drop\\s+constraint\\s+(if\\s+exists\\s+)?${nameRe(cmd.name)}`, 'i')),
      });
    }
  },
};
export default rule;
