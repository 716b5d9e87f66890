import type { Rule } from '../lib/lint/types.js';
import { alterCmds, qualifiedName, nameRe } from '../lib/lint/nodes.js';
import { primaryKeyImplicitNotNull, provenNoNulls } from '../lib/lint/not-null-proof.js';

const rule: Rule = {
  id: 'nullable-to-not-null',
  defaultSeverity: 'warning',
  category: 'destructive',
  types: ['AlterTableStmt'],
  docs: {
    summary: 'A nullable column made NOT NULL (fails on NULLs): SET NOT NULL, or ADD PRIMARY KEY on nullable columns.',
    why: 'Existing rows may hold NULLs: SET NOT NULL then fails mid-deploy, and deployed code that writes NULL starts failing the moment it commits. ADD PRIMARY KEY (with or without USING INDEX) runs SET NOT NULL on its key columns that are not NOT NULL yet, so it fails the same way; it is reported when the catalogue knows the column as nullable (a key column of a table or index pgshift does not know is not assumed nullable). A backfill credits the column when it fills every row (`UPDATE t SET col = <constant, now(), gen_random_uuid(), COALESCE(…, constant)>` with no WHERE or `WHERE col IS NULL`) while the same transaction already holds a lock that blocks writes on t (an earlier ALTER TABLE, or LOCK TABLE … IN SHARE MODE or stronger): no session can write a NULL before the SET NOT NULL. Outside a transaction the lock is gone after each statement, and nothing is credited.',
    fix: 'Backfill the NULLs, deploy code that always writes a value, prove it with a validated CHECK (col IS NOT NULL), then SET NOT NULL.',
  },
  examples: {
    bad: [
      'CREATE TABLE users (id bigint, email text);\n-- migration\nALTER TABLE users ALTER COLUMN email SET NOT NULL;',
      // the primary key makes its nullable column NOT NULL
      'CREATE TABLE users (id bigint, email text);\n-- migration\nALTER TABLE users ADD PRIMARY KEY (email);',
      'CREATE SCHEMA app;\nCREATE TABLE app.users (id bigint NOT NULL, "Email" text);\nCREATE UNIQUE INDEX users_key ON app.users (id, "Email");\n-- migration\nALTER TABLE app.users ADD CONSTRAINT users_pkey PRIMARY KEY USING INDEX users_key;',
      // a backfill outside a transaction: the lock is gone, deployed code may write NULLs before SET NOT NULL
      "CREATE TABLE users (id bigint);\n-- migration\nALTER TABLE users ADD COLUMN email text;\nUPDATE users SET email = '';\nALTER TABLE users ALTER COLUMN email SET NOT NULL;",
      // only some rows are filled
      "CREATE TABLE users (id bigint, email text);\n-- migration\nBEGIN;\nLOCK TABLE users IN SHARE MODE;\nUPDATE users SET email = '' WHERE id > 10;\nALTER TABLE users ALTER COLUMN email SET NOT NULL;\nCOMMIT;",
    ],
    good: [
      // the table is not in the catalogue: the CHECK validated earlier in the file proves there is no NULL
      "ALTER TABLE users ADD CONSTRAINT users_email_not_null CHECK (email IS NOT NULL) NOT VALID;\nALTER TABLE users VALIDATE CONSTRAINT users_email_not_null;\nALTER TABLE users ALTER COLUMN email SET NOT NULL;",
      'CREATE TABLE users (id bigint, email text);\nALTER TABLE users ADD CONSTRAINT users_email_not_null CHECK (email IS NOT NULL) NOT VALID;\nALTER TABLE users VALIDATE CONSTRAINT users_email_not_null;\n-- migration\nALTER TABLE users ALTER COLUMN email SET NOT NULL;',
      // the key columns are NOT NULL already
      'CREATE TABLE users (id bigint NOT NULL, email text);\nCREATE UNIQUE INDEX users_id_key ON users (id);\n-- migration\nALTER TABLE users ADD CONSTRAINT users_pkey PRIMARY KEY USING INDEX users_id_key;',
      // every row filled while the transaction blocks writes (ADD COLUMN's ACCESS EXCLUSIVE is held until COMMIT)
      "CREATE TABLE users (id bigint);\n-- migration\nBEGIN;\nALTER TABLE users ADD COLUMN email text;\nUPDATE users SET email = '' WHERE email IS NULL;\nALTER TABLE users ALTER COLUMN email SET NOT NULL;\nCOMMIT;",
      // proven by a validated CHECK: no NULL to fail on
      'CREATE TABLE users (id bigint, email text, CONSTRAINT users_id_nn CHECK (id IS NOT NULL));\n-- migration\nALTER TABLE users ADD PRIMARY KEY (id);',
    ],
  },
  check(ctx) {
    for (const { cmd, stmt } of alterCmds(ctx.node)) {
      if (cmd.subtype !== 'AT_SetNotNull' || !cmd.name || !ctx.isExistingTable(stmt.relation)) continue;
      if (provenNoNulls(ctx, stmt.relation, cmd.name)) continue;
      const t = ctx.table(stmt.relation);
      ctx.report({
        message: `${qualifiedName(stmt.relation)}.${cmd.name} is nullable${t ? '' : ' (as far as pgshift knows)'}: SET NOT NULL fails if any row holds NULL.`,
        span: ctx.find(new RegExp(`alter\\s+(column\\s+)?${nameRe(cmd.name)}\\s+set\\s+not\\s+null`, 'i')) ?? ctx.find(/set\s+not\s+null/i),
      });
    }
    for (const { column, relation, constraint } of primaryKeyImplicitNotNull(ctx)) {
      if (provenNoNulls(ctx, relation, column)) continue;
      ctx.report({
        message: `${qualifiedName(relation)}.${column} is nullable: ADD PRIMARY KEY makes it NOT NULL and fails if any row holds NULL.`,
        span: ctx.clauseAt(constraint.location),
      });
    }
  },
};
export default rule;
