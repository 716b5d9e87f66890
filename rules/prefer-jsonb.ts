import type { Rule } from '../lib/lint/types.js';
import { eachWrittenType } from '../lib/lint/typerule.js';

const rule: Rule = {
  id: 'prefer-jsonb',
  defaultSeverity: 'warning',
  category: 'design',
  types: ['CreateStmt', 'AlterTableStmt'],
  docs: {
    summary: 'json columns.',
    why: '`json` stores the raw text and re-parses it on every access; it cannot be indexed with GIN, has no equality operator (so DISTINCT, GROUP BY and UNIQUE fail) and keeps duplicate keys.',
    fix: 'Use `jsonb`. Converting an existing column later rewrites the table.',
  },
  examples: { bad: ['CREATE TABLE events (payload json);'], good: ['CREATE TABLE events (payload jsonb);'] },
  check(ctx) {
    eachWrittenType(ctx, (t, node, column) => {
      if (t.schema || t.name !== 'json') return;
      ctx.report({ message: `Column ${column ?? ''} is json; prefer jsonb.`, span: ctx.clauseAt(node.location) });
    });
  },
};
export default rule;
