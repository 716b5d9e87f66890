import type { Node } from '@pgsql/types';
import type { Rule, RuleContext } from '../lib/lint/types.js';
import { strings, visitNodes } from '../lib/parse/ast.js';

interface Added {
  label: string;
  type: string;
  txSerial: number;
}

interface Store {
  added: Added[];
  /** Enum types created in a transaction (name → txSerial): their new values are usable at once. */
  created: Map<string, number>;
}

function store(ctx: RuleContext): Store {
  let s = ctx.fileScratch.get('enum-value-in-same-transaction') as Store | undefined;
  if (!s) ctx.fileScratch.set('enum-value-in-same-transaction', (s = { added: [], created: new Map() }));
  return s;
}

/** Calls `fn` on every object node of a parse tree. */
/** String constants, type names and relations a statement mentions. */
function mentions(node: Node): { literals: Map<string, number | undefined>; types: Set<string>; relations: { relname?: string; schemaname?: string }[] } {
  const literals = new Map<string, number | undefined>();
  const types = new Set<string>();
  const relations: { relname?: string; schemaname?: string }[] = [];
  visitNodes(node, (v, k) => {
    if (k === 'A_Const' && v.sval && typeof (v.sval as { sval?: unknown }).sval === 'string') literals.set((v.sval as { sval: string }).sval, v.location as number | undefined);
    else if (k === 'TypeName' || k === 'typeName') {
      const last = strings(v.names as Node[] | undefined).pop();
      if (last) types.add(last);
    } else if (k === 'RangeVar' || k === 'relation') relations.push(v as { relname?: string });
  });
  return { literals, types, relations };
}

const rule: Rule = {
  id: 'enum-value-in-same-transaction',
  defaultSeverity: 'error',
  category: 'hygiene',
  types: ['AlterEnumStmt', 'CreateEnumStmt', 'InsertStmt', 'UpdateStmt', 'DeleteStmt', 'MergeStmt', 'SelectStmt', 'AlterTableStmt', 'CreateStmt', 'IndexStmt', 'ViewStmt', 'CreateTableAsStmt'],
  docs: {
    summary: 'A new enum value used in the transaction that adds it (and, before PostgreSQL 12, ALTER TYPE … ADD VALUE inside any transaction block).',
    why: 'A value added by `ALTER TYPE … ADD VALUE` cannot be used until the transaction commits: PostgreSQL fails with "unsafe use of new value" (from 12). Before 12, ADD VALUE cannot run inside a transaction block at all. Either way the migration fails half-way. An enum created in the same transaction is exempt.',
    fix: 'Commit between adding the value and using it: put the ALTER TYPE in its own revision, or split the revision with a `-- pgshift:commit` line (pgshift generate does this); before PostgreSQL 12 run ADD VALUE outside a transaction (`-- pgshift:no-transaction`).',
  },
  examples: {
    bad: [
      "CREATE TYPE mood AS ENUM ('sad', 'ok');\nCREATE TABLE people (id bigint, current_mood mood);\n-- migration\nBEGIN;\nALTER TYPE mood ADD VALUE 'happy';\nUPDATE people SET current_mood = 'happy' WHERE current_mood = 'ok';\nCOMMIT;",
      "CREATE TYPE mood AS ENUM ('sad', 'ok');\n-- migration\n-- squawk-enable-assume-in-transaction\nALTER TYPE mood ADD VALUE 'happy';\nALTER TABLE people ADD COLUMN m mood DEFAULT 'happy'::mood;",
    ],
    good: [
      "CREATE TYPE mood AS ENUM ('sad', 'ok');\nCREATE TABLE people (id bigint, current_mood mood);\n-- migration\nBEGIN;\nALTER TYPE mood ADD VALUE 'happy';\nCOMMIT;\nUPDATE people SET current_mood = 'happy' WHERE current_mood = 'ok';",
      "CREATE TYPE mood AS ENUM ('sad', 'ok');\nCREATE TABLE people (id bigint, current_mood mood);\n-- migration\nALTER TYPE mood ADD VALUE 'happy';\nUPDATE people SET current_mood = 'happy' WHERE current_mood = 'ok';",
      "BEGIN;\nCREATE TYPE mood AS ENUM ('sad', 'ok');\nALTER TYPE mood ADD VALUE 'happy';\nCREATE TABLE people (id bigint, current_mood mood DEFAULT 'happy');\nCOMMIT;",
      "CREATE TYPE mood AS ENUM ('sad', 'ok');\nCREATE TABLE notes (id bigint, body text);\n-- migration\nBEGIN;\nALTER TYPE mood ADD VALUE 'happy';\nUPDATE notes SET body = 'happy' WHERE id = 1;\nCOMMIT;",
    ],
  },
  check(ctx) {
    const n = ctx.node;
    const s = store(ctx);
    const serial = ctx.tx.txSerial;
    if ('CreateEnumStmt' in n) {
      const name = strings(n.CreateEnumStmt.typeName).pop();
      if (name && ctx.tx.inTransaction) s.created.set(name, serial);
      return;
    }
    if ('AlterEnumStmt' in n) {
      const e = n.AlterEnumStmt;
      const type = strings(e.typeName).pop() ?? '';
      if (!e.newVal || e.oldVal) return; // RENAME VALUE is transactional
      if (!ctx.tx.inTransaction || s.created.get(type) === serial) return;
      if (ctx.pgVersion < 12) {
        ctx.report({ message: `ALTER TYPE ${type} ADD VALUE cannot run inside a transaction block before PostgreSQL 12.`, span: ctx.find(/add\s+value/i) });
        return;
      }
      s.added.push({ label: e.newVal, type, txSerial: serial });
      return;
    }
    const live = s.added.filter((a) => a.txSerial === serial && ctx.tx.inTransaction);
    if (live.length === 0) return;
    const m = mentions(n);
    for (const a of live) {
      if (!m.literals.has(a.label)) continue;
      // the literal is the enum's when the statement names the type, or touches a table with a column of that type
      const typed = m.types.has(a.type) || m.relations.some((rv) => [...(ctx.table(rv)?.columns.values() ?? [])].some((c) => c.type.name === a.type));
      if (!typed) continue;
      const loc = m.literals.get(a.label);
      ctx.report({
        message: `'${a.label}' was added to ${a.type} in this transaction: PostgreSQL refuses to use it before COMMIT ("unsafe use of new value").`,
        span: loc !== undefined ? ctx.clauseAt(loc) : undefined,
      });
    }
  },
};
export default rule;
