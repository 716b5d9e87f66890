import type { Rule } from '../lib/lint/types.js';
import { alterCmds, qualifiedName, nameRe } from '../lib/lint/nodes.js';
import { provenNoNulls } from '../lib/lint/not-null-proof.js';

const rule: Rule = {
  id: 'nullable-to-not-null',
  defaultSeverity: 'warning',
  category: 'destructive',
  types: ['AlterTableStmt'],
  docs: {
    summary: 'A nullable column made NOT NULL (fails on NULLs).',
    why: 'Existing rows may hold NULLs: SET NOT NULL then fails mid-deploy, and deployed code that writes NULL starts failing the moment it commits.',
    fix: 'Backfill the NULLs, deploy code that always writes a value, prove it with a validated CHECK (col IS NOT NULL), then SET NOT NULL.',
  },
  examples: {
    bad: ['CREATE TABLE users (id bigint, email text);\n-- migration\nALTER TABLE users ALTER COLUMN email SET NOT NULL;'],
    good: [
      // the table is not in the catalogue: the CHECK validated earlier in the file proves there is no NULL
      "ALTER TABLE users ADD CONSTRAINT users_email_not_null CHECK (email IS NOT NULL) NOT VALID;\nALTER TABLE users VALIDATE CONSTRAINT users_email_not_null;\nALTER TABLE users ALTER COLUMN email SET NOT NULL;",
      'CREATE TABLE users (id bigint, email text);\nALTER TABLE users ADD CONSTRAINT users_email_not_null CHECK (email IS NOT NULL) NOT VALID;\nALTER TABLE users VALIDATE CONSTRAINT users_email_not_null;\n-- migration\nALTER TABLE users ALTER COLUMN email SET NOT NULL;',
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
  },
};
export default rule;
