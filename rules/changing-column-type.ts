import type { Rule } from '../lib/lint/types.js';
import { alterCmds, cmdColumnDef, nameRe, qualifiedName } from '../lib/lint/nodes.js';
import { typeFromNode, typeToSql } from '../lib/catalog/query/types.js';
import { alterTableCmdLock, catalogLockOptions, relOf } from '../lib/plan/locks.js';

const rule: Rule = {
  id: 'changing-column-type',
  defaultSeverity: 'error',
  category: 'locking',
  sizeSensitive: true,
  types: ['AlterTableStmt'],
  docs: {
    summary: 'ALTER COLUMN TYPE that rewrites the table (judged from the column\'s current type in the catalogue).',
    why: 'Unless the new type is binary-compatible with the old one, ALTER COLUMN TYPE rewrites the whole table and rebuilds its indexes under an ACCESS EXCLUSIVE lock. int → bigint rewrites; varchar(n) → varchar(m > n), varchar → text and a larger numeric precision (same scale) do not.',
    fix: 'Expand and contract: add a new column of the new type, backfill it in batches (and keep it in sync with a trigger), switch readers and writers, then drop the old column.',
  },
  examples: {
    bad: ['CREATE TABLE users (id integer PRIMARY KEY);\n-- migration\nALTER TABLE users ALTER COLUMN id TYPE bigint;'],
    good: [
      'CREATE TABLE users (id bigint PRIMARY KEY, name varchar(50));\n-- migration\nALTER TABLE users ALTER COLUMN name TYPE varchar(100);',
      'CREATE TABLE users (id bigint PRIMARY KEY, name varchar(50));\n-- migration\nALTER TABLE users ALTER COLUMN name TYPE text;',
    ],
  },
  check(ctx) {
    for (const { cmd, stmt } of alterCmds(ctx.node)) {
      if (cmd.subtype !== 'AT_AlterColumnType' || !cmd.name || !ctx.isExistingTable(stmt.relation)) continue;
      const tn = cmdColumnDef(cmd)?.typeName;
      if (!tn) continue;
      const to = typeFromNode(tn, ctx.catalog);
      const from = ctx.table(stmt.relation)?.columns.get(cmd.name)?.type;
      const span = ctx.find(new RegExp(`(alter\\s+(column\\s+)?)?${nameRe(cmd.name)}\\s+(set\\s+data\\s+)?type\\b`, 'i'));
      if (!from) {
        ctx.report({
          message: `Changing the type of ${qualifiedName(stmt.relation)}.${cmd.name} to ${typeToSql(to)} may rewrite the table (its current type is unknown: pass --chain).`,
          span,
          table: ctx.tableKey(stmt.relation),
        });
        continue;
      }
      const lock = alterTableCmdLock(cmd, relOf(stmt.relation), catalogLockOptions(ctx.catalog, ctx.pgVersion));
      if (!lock.rewrite) continue;
      const using = lock.note?.startsWith('USING') ? ' (the USING expression recomputes every row)' : '';
      ctx.report({
        message: `Changing ${qualifiedName(stmt.relation)}.${cmd.name} from ${typeToSql(from)} to ${typeToSql(to)} rewrites the table under an ACCESS EXCLUSIVE lock${using}.`,
        span,
        table: ctx.tableKey(stmt.relation),
      });
    }
  },
};
export default rule;
