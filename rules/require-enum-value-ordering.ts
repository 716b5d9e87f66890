import type { Rule } from '../lib/lint/types.js';
import { strings } from '../lib/parse/ast.js';

const rule: Rule = {
  id: 'require-enum-value-ordering',
  defaultSeverity: 'warning',
  category: 'destructive',
  types: ['AlterEnumStmt'],
  docs: {
    summary: 'ALTER TYPE ... ADD VALUE without BEFORE / AFTER.',
    why: 'Enum values sort in declaration order, and ORDER BY, comparisons and range checks on the column follow that order; appending by default puts the new value last, which is rarely what the domain means and is hard to change later.',
    fix: "Say where the value goes: `ALTER TYPE status ADD VALUE 'paused' AFTER 'active';` (append explicitly with AFTER the current last value).",
  },
  examples: { bad: ["ALTER TYPE status ADD VALUE 'paused';"], good: ["ALTER TYPE status ADD VALUE 'paused' AFTER 'active';"] },
  check(ctx) {
    if (!('AlterEnumStmt' in ctx.node)) return;
    const s = ctx.node.AlterEnumStmt;
    if (s.oldVal || !s.newVal || s.newValNeighbor) return;
    ctx.report({ message: `Value '${s.newVal}' is appended to enum ${strings(s.typeName).join('.')} without saying where it sorts.`, span: ctx.find(/add\s+value/i) });
  },
};
export default rule;
