import type { Rule } from '../lib/lint/types.js';
import { alterCmds, qualifiedName, nameRe } from '../lib/lint/nodes.js';

const rule: Rule = {
  id: 'ban-drop-not-null',
  defaultSeverity: 'warning',
  category: 'destructive',
  types: ['AlterTableStmt'],
  docs: {
    summary: 'DROP NOT NULL.',
    why: 'Making a column nullable is backward-incompatible for readers: deployed code that assumes a value (and the rollback) breaks on the first NULL written.',
    fix: 'Make readers handle NULL first, then drop the constraint; or keep NOT NULL with a default.',
  },
  examples: { bad: ['ALTER TABLE users ALTER COLUMN email DROP NOT NULL;'], good: ['ALTER TABLE users ALTER COLUMN email SET DEFAULT \'\';'] },
  check(ctx) {
    for (const { cmd, stmt } of alterCmds(ctx.node)) {
      if (cmd.subtype !== 'AT_DropNotNull' || !ctx.isExistingTable(stmt.relation)) continue;
      ctx.report({ message: `Dropping NOT NULL on ${qualifiedName(stmt.relation)}.${cmd.name} lets NULLs reach readers that do not expect them.`, span: ctx.find(new RegExp(`alter\\s+(column\\s+)?${nameRe(cmd.name ?? '')}\\s+drop\\s+not\\s+null`, 'i')) ?? ctx.find(/drop\s+not\s+null/i) });
    }
  },
};
export default rule;
