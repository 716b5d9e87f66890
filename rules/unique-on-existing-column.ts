import type { Rule } from '../lib/lint/types.js';
import { strings } from '../lib/parse/ast.js';
import { alterCmds, cmdConstraint, qualifiedName } from '../lib/lint/nodes.js';

const rule: Rule = {
  id: 'unique-on-existing-column',
  defaultSeverity: 'warning',
  category: 'destructive',
  types: ['IndexStmt', 'AlterTableStmt'],
  docs: {
    summary: 'A new unique index or constraint on existing columns (fails on duplicates).',
    why: 'The existing rows may already hold duplicates: the statement then fails mid-deploy (a CONCURRENTLY build leaves an INVALID index behind that must be dropped), and code that writes duplicates starts failing.',
    fix: 'Check for duplicates first (`SELECT col, count(*) FROM t GROUP BY col HAVING count(*) > 1`), clean them, deploy code that no longer writes them, then add the unique index concurrently; record the check in the suppression reason.',
  },
  examples: {
    bad: ['CREATE UNIQUE INDEX CONCURRENTLY users_email_key ON users (email);'],
    good: ['CREATE TABLE users (id bigint, email text);\nCREATE UNIQUE INDEX users_email_key ON users (email);'],
  },
  check(ctx) {
    const n = ctx.node;
    if ('IndexStmt' in n) {
      const s = n.IndexStmt;
      if (!s.unique || !ctx.isExistingTable(s.relation)) return;
      const cols = (s.indexParams ?? []).flatMap((p) => ('IndexElem' in p && p.IndexElem.name ? [p.IndexElem.name] : []));
      ctx.report({
        message: `Unique index on existing ${cols.length ? `column(s) ${cols.join(', ')} of ` : ''}${qualifiedName(s.relation)} fails if the table already holds duplicates.`,
        span: ctx.find(/create\s+unique\s+index/i),
      });
      return;
    }
    for (const { cmd, stmt } of alterCmds(n)) {
      const c = cmd.subtype === 'AT_AddConstraint' ? cmdConstraint(cmd) : undefined;
      if (!c || (c.contype !== 'CONSTR_UNIQUE' && c.contype !== 'CONSTR_PRIMARY') || !ctx.isExistingTable(stmt.relation)) continue;
      if (c.indexname) continue; // USING INDEX: the unique index already exists
      const cols = strings(c.keys);
      const t = ctx.table(stmt.relation);
      if (t && cols.length && cols.every((k) => !t.columns.has(k))) continue;
      ctx.report({
        message: `${c.contype === 'CONSTR_PRIMARY' ? 'Primary key' : 'Unique constraint'} on existing column(s) ${cols.join(', ')} of ${qualifiedName(stmt.relation)} fails if the table already holds duplicates.`,
        span: ctx.clauseAt(c.location),
      });
    }
  },
};
export default rule;
