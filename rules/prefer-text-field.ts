import type { Rule } from '../lib/lint/types.js';
import { eachWrittenType } from '../lib/lint/typerule.js';

const rule: Rule = {
  id: 'prefer-text-field',
  defaultSeverity: 'warning',
  category: 'design',
  types: ['CreateStmt', 'AlterTableStmt'],
  docs: {
    summary: 'varchar(n) columns.',
    why: 'varchar(n) is stored exactly like text; the limit only adds a failure mode, and raising it later is easy but lowering it rewrites the table. Limits belong to the domain, where a CHECK constraint can say so and be changed without a rewrite.',
    fix: 'Use `text`, with `CHECK (char_length(col) <= n)` added NOT VALID when a limit is really needed.',
  },
  examples: { bad: ['CREATE TABLE users (name varchar(100));'], good: ['CREATE TABLE users (name text CHECK (char_length(name) <= 100));'] },
  check(ctx) {
    eachWrittenType(ctx, (t, node, column) => {
      if (t.schema || t.name !== 'character varying' || t.mods.length === 0) return;
      ctx.report({ message: `Column ${column ?? ''} is varchar(${t.mods[0]}); prefer text with a CHECK constraint.`, span: ctx.clauseAt(node.location) });
    });
  },
};
export default rule;
