import type { Rule } from '../lib/lint/types.js';
import { alterCmds, qualifiedName, nameRe } from '../lib/lint/nodes.js';
import { primaryKeyImplicitNotNull, setNotNullScanFree } from '../lib/lint/not-null-proof.js';

const rule: Rule = {
  id: 'adding-not-nullable-field',
  defaultSeverity: 'error',
  category: 'locking',
  sizeSensitive: true,
  types: ['AlterTableStmt'],
  docs: {
    summary: 'SET NOT NULL on an existing column without a validated CHECK (col IS NOT NULL) first, written or implied by ADD PRIMARY KEY.',
    why: 'SET NOT NULL scans the whole table for NULLs while holding an ACCESS EXCLUSIVE lock: no reads or writes until the scan ends. Since PostgreSQL 12 the scan is skipped when a valid CHECK (col IS NOT NULL) constraint already proves it. ADD PRIMARY KEY, USING INDEX included, runs that SET NOT NULL on each key column the catalogue knows as nullable: the "fast" USING INDEX form then scans under ACCESS EXCLUSIVE too.',
    fix: 'Add `CHECK (col IS NOT NULL) NOT VALID`, `VALIDATE CONSTRAINT` it in a separate transaction, then `SET NOT NULL` (instant) and drop the helper CHECK.',
  },
  examples: {
    bad: [
      'ALTER TABLE users ALTER COLUMN email SET NOT NULL;',
      // NOT VALID and never validated: the scan still happens
      "ALTER TABLE users ADD CONSTRAINT users_email_not_null CHECK (email IS NOT NULL) NOT VALID;\nALTER TABLE users ALTER COLUMN email SET NOT NULL;",
      // the index exists, but its column is nullable: the primary key's SET NOT NULL scans
      'CREATE TABLE users (id bigint, email text);\nCREATE UNIQUE INDEX users_id_key ON users (id);\n-- migration\nALTER TABLE users ADD CONSTRAINT users_pkey PRIMARY KEY USING INDEX users_id_key;',
    ],
    good: [
      // the table is not in the catalogue: the CHECK validated earlier in the file is enough
      "ALTER TABLE users ADD CONSTRAINT users_email_not_null CHECK (email IS NOT NULL) NOT VALID;\nALTER TABLE users VALIDATE CONSTRAINT users_email_not_null;\nALTER TABLE users ALTER COLUMN email SET NOT NULL;",
      'CREATE TABLE users (id bigint PRIMARY KEY, email text);\nALTER TABLE users ADD CONSTRAINT users_email_not_null CHECK (email IS NOT NULL) NOT VALID;\nALTER TABLE users VALIDATE CONSTRAINT users_email_not_null;\n-- migration\nALTER TABLE users ALTER COLUMN email SET NOT NULL;',
      // USING INDEX on a column that is NOT NULL already, or proven by a validated CHECK (PostgreSQL 12+): no scan
      'CREATE TABLE users (id bigint NOT NULL, email text);\nCREATE UNIQUE INDEX users_id_key ON users (id);\n-- migration\nALTER TABLE users ADD CONSTRAINT users_pkey PRIMARY KEY USING INDEX users_id_key;',
      'CREATE TABLE users (id bigint, email text);\nCREATE UNIQUE INDEX users_id_key ON users (id);\nALTER TABLE users ADD CONSTRAINT users_id_nn CHECK (id IS NOT NULL);\n-- migration\nALTER TABLE users ADD CONSTRAINT users_pkey PRIMARY KEY USING INDEX users_id_key;',
    ],
  },
  check(ctx) {
    for (const { cmd, stmt } of alterCmds(ctx.node)) {
      if (cmd.subtype !== 'AT_SetNotNull' || !cmd.name || !ctx.isExistingTable(stmt.relation)) continue;
      if (setNotNullScanFree(ctx, stmt.relation, cmd.name)) continue;
      ctx.report({
        message: `SET NOT NULL on ${qualifiedName(stmt.relation)}.${cmd.name} scans the table under an ACCESS EXCLUSIVE lock.`,
        span: ctx.find(new RegExp(`alter\\s+(column\\s+)?${nameRe(cmd.name)}\\s+set\\s+not\\s+null`, 'i')) ?? ctx.find(/set\s+not\s+null/i),
        table: ctx.tableKey(stmt.relation),
        help: ctx.pgVersion < 12 ? 'Before PostgreSQL 12 SET NOT NULL always scans; run it when the table is quiet, with a short lock_timeout.' : undefined,
      });
    }
    for (const { column, relation, constraint } of primaryKeyImplicitNotNull(ctx)) {
      if (setNotNullScanFree(ctx, relation, column)) continue;
      ctx.report({
        message: `ADD PRIMARY KEY makes ${qualifiedName(relation)}.${column} NOT NULL: that SET NOT NULL scans the table under an ACCESS EXCLUSIVE lock.`,
        span: ctx.clauseAt(constraint.location),
        table: ctx.tableKey(relation),
        help: ctx.pgVersion < 12 ? 'Before PostgreSQL 12 SET NOT NULL always scans; run it when the table is quiet, with a short lock_timeout.' : 'Prove the column first (`CHECK (col IS NOT NULL) NOT VALID`, then VALIDATE in its own transaction) or SET NOT NULL the same way, then add the primary key.',
      });
    }
  },
};
export default rule;
