import type { Rule } from '../lib/lint/types.js';

/** Renames with their own rules: tables, columns (renaming-table, renaming-column); constraints and indexes do not break queries. */
const OWN_RULE = new Set(['OBJECT_TABLE', 'OBJECT_COLUMN', 'OBJECT_TABCONSTRAINT', 'OBJECT_DOMCONSTRAINT', 'OBJECT_INDEX']);

const rule: Rule = {
  id: 'renaming-object',
  defaultSeverity: 'off',
  category: 'destructive',
  types: ['RenameStmt', 'AlterObjectSchemaStmt'],
  docs: {
    summary: 'RENAME of a view, type, function, sequence, schema, … or SET SCHEMA of any object (opt-in).',
    why: 'Queries of deployed code name objects: after a rename or a move to another schema they fail with "does not exist" until new code is out, and a rollback of the application fails the same way. Objects created earlier in the same migration are not reported when the catalogue knows them (tables). Off by default (squawk\'s renaming-object and ban-set-schema).',
    fix: 'Create the new object beside the old one (or a view / wrapper function with the old name) for the transition, and drop the old name in a later migration.',
  },
  examples: {
    bad: ['ALTER VIEW active_users RENAME TO current_users;', 'ALTER FUNCTION normalize_email(text) RENAME TO clean_email;', 'ALTER TABLE users SET SCHEMA archive;', 'ALTER SCHEMA app RENAME TO core;'],
    good: ['ALTER INDEX users_email_idx RENAME TO users_email_key;', 'CREATE TABLE users (id bigint);\nALTER TABLE users SET SCHEMA archive;'],
  },
  check(ctx) {
    const n = ctx.node;
    if ('RenameStmt' in n) {
      const s = n.RenameStmt;
      const kind = s.renameType ?? '';
      if (OWN_RULE.has(kind)) return;
      if (s.relation && !ctx.isExistingTable(s.relation)) return;
      ctx.report({ message: `Renaming this ${kind.replace(/^OBJECT_/, '').toLowerCase().replace(/_/g, ' ')} to ${s.newname} breaks deployed code that uses the old name.`, span: ctx.find(/rename/i) });
    } else if ('AlterObjectSchemaStmt' in n) {
      const s = n.AlterObjectSchemaStmt;
      if (s.relation && !ctx.isExistingTable(s.relation)) return;
      ctx.report({ message: `SET SCHEMA ${s.newschema} moves the object: deployed code that names it with the old schema (or finds it through search_path) fails.`, span: ctx.find(/set\s+schema/i) });
    }
  },
};
export default rule;
