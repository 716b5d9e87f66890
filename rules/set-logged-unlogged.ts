import type { Rule } from '../lib/lint/types.js';
import { alterCmds, qualifiedName } from '../lib/lint/nodes.js';

const rule: Rule = {
  id: 'set-logged-unlogged',
  defaultSeverity: 'error',
  category: 'locking',
  sizeSensitive: true,
  types: ['AlterTableStmt'],
  docs: {
    summary: 'SET LOGGED / SET UNLOGGED (rewrite).',
    why: 'Switching a table between logged and unlogged rewrites it (and, for SET LOGGED, writes all of it to the WAL) under an ACCESS EXCLUSIVE lock.',
    fix: 'Create the table with the persistence it needs; to change it on a large table, build a new table and swap it in during a maintenance window.',
  },
  examples: {
    bad: ['ALTER TABLE events SET LOGGED;'],
    good: ['CREATE UNLOGGED TABLE events_staging (id bigint);'],
  },
  check(ctx) {
    for (const { cmd, stmt } of alterCmds(ctx.node)) {
      if ((cmd.subtype !== 'AT_SetLogged' && cmd.subtype !== 'AT_SetUnLogged') || !ctx.isExistingTable(stmt.relation)) continue;
      ctx.report({
        message: `${cmd.subtype === 'AT_SetLogged' ? 'SET LOGGED' : 'SET UNLOGGED'} rewrites ${qualifiedName(stmt.relation)} under an ACCESS EXCLUSIVE lock.`,
        span: ctx.find(cmd.subtype === 'AT_SetLogged' ? /set\s+logged/i : /set\s+unlogged/i),
        table: ctx.tableKey(stmt.relation),
      });
    }
  },
};
export default rule;
