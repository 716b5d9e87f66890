import type { Rule } from '../lib/lint/types.js';
import { eachWrittenType } from '../lib/lint/typerule.js';

const rule: Rule = {
  id: 'ban-char-field',
  defaultSeverity: 'warning',
  category: 'design',
  types: ['CreateStmt', 'AlterTableStmt'],
  docs: {
    summary: 'char(n) columns.',
    why: 'char(n) pads values with spaces to n characters, compares ignoring trailing spaces and is no faster than text: the padding leaks into applications and surprises comparisons.',
    fix: 'Use `text` (with a CHECK constraint if the length is fixed by the domain).',
  },
  examples: { bad: ['CREATE TABLE countries (code char(2));'], good: ['CREATE TABLE countries (code text CHECK (char_length(code) = 2));'] },
  check(ctx) {
    eachWrittenType(ctx, (t, node, column) => {
      if (t.schema || t.name !== 'character') return;
      ctx.report({ message: `Column ${column ?? ''} is char(${t.mods[0] ?? '1'}), which pads with spaces; prefer text.`, span: ctx.clauseAt(node.location) });
    });
  },
};
export default rule;
