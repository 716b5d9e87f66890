import type { Rule } from '../lib/lint/types.js';
import { eachWrittenType } from '../lib/lint/typerule.js';

const rule: Rule = {
  id: 'prefer-timestamptz',
  defaultSeverity: 'warning',
  category: 'design',
  types: ['CreateStmt', 'AlterTableStmt'],
  docs: {
    summary: 'timestamp without time zone columns.',
    why: '`timestamp` stores a wall-clock reading with no zone: the same value means different instants depending on the server or session time zone, and daylight-saving changes make arithmetic wrong.',
    fix: 'Use `timestamptz` (timestamp with time zone): it stores an instant and converts on display. Changing later is a rewrite unless the session time zone is UTC.',
  },
  examples: { bad: ['CREATE TABLE events (created_at timestamp);'], good: ['CREATE TABLE events (created_at timestamptz);'] },
  check(ctx) {
    eachWrittenType(ctx, (t, node, column) => {
      if (t.schema || t.name !== 'timestamp without time zone') return;
      ctx.report({ message: `Column ${column ?? ''} is timestamp without time zone; prefer timestamptz.`, span: ctx.clauseAt(node.location) });
    });
  },
};
export default rule;
