import type { Rule } from '../lib/lint/types.js';
import type { Span } from '../lib/source/diagnostic.js';
import { qualifiedName } from '../lib/lint/nodes.js';

/** Renames of existing tables in this file, judged at its end: a view under the old name is the transition shim. */
interface PendingRename {
  /** Catalogue key (`schema.name`) of the old name. */
  old: string;
  message: string;
  span: Span | undefined;
}

const KEY = 'renaming-table:pending';

const rule: Rule = {
  id: 'renaming-table',
  defaultSeverity: 'error',
  category: 'destructive',
  types: ['RenameStmt'],
  docs: {
    summary: 'RENAME TABLE, unless the same file creates a view under the old name (checked at the end of the file).',
    why: 'Renaming a table breaks every deployed query that uses the old name, from the moment the migration commits until new code is out. A view created under the old name in the same file (`CREATE VIEW old AS SELECT * FROM new`, simple enough to be updatable) keeps those queries working during the transition, so the rename is not reported then.',
    fix: 'Rename, then create a view with the old name (`CREATE VIEW old AS SELECT * FROM new`) for the transition, or expand and contract with a new table.',
  },
  examples: {
    bad: [
      'ALTER TABLE users RENAME TO accounts;',
      // a view under another name is no shim
      'CREATE SCHEMA app;\nCREATE TABLE app.users (id bigint);\nCREATE VIEW public.users AS SELECT 1 AS id;\n-- migration\nALTER TABLE app.users RENAME TO accounts;',
    ],
    good: [
      'CREATE TABLE users (id bigint);\nALTER TABLE users RENAME TO accounts;',
      // the old name stays readable and writable through a view
      'CREATE SCHEMA app;\nCREATE TABLE app.users (id bigint);\n-- migration\nALTER TABLE app.users RENAME TO accounts;\nCREATE VIEW app.users AS SELECT * FROM app.accounts;',
    ],
  },
  check(ctx) {
    if (!('RenameStmt' in ctx.node)) return;
    const s = ctx.node.RenameStmt;
    if (s.renameType !== 'OBJECT_TABLE' || !ctx.isExistingTable(s.relation)) return;
    let pending = ctx.fileScratch.get(KEY) as PendingRename[] | undefined;
    if (!pending) ctx.fileScratch.set(KEY, (pending = []));
    pending.push({
      old: ctx.tableKey(s.relation),
      message: `Renaming ${qualifiedName(s.relation)} to ${s.newname} breaks deployed code that uses the old name.`,
      span: ctx.find(/rename/i),
    });
  },
  finish(ctx) {
    for (const r of (ctx.fileScratch.get(KEY) as PendingRename[] | undefined) ?? []) {
      if (!ctx.catalog.views.has(r.old)) ctx.report({ message: r.message, span: r.span });
    }
  },
};
export default rule;
