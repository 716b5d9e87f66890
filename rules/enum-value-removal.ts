import type { Rule } from '../lib/lint/types.js';
import { strings, qualifiedFromList } from '../lib/parse/ast.js';
import { resolveEnum } from '../lib/catalog/query/resolve.js';

const KEY = 'enum-value-removal:previous';

/** Enum values seen before the enum was dropped or renamed away in this migration, by enum name. */
function previous(scratch: Map<string, unknown>): Map<string, string[]> {
  let m = scratch.get(KEY) as Map<string, string[]> | undefined;
  if (!m) scratch.set(KEY, (m = new Map()));
  return m;
}

const rule: Rule = {
  id: 'enum-value-removal',
  defaultSeverity: 'error',
  category: 'destructive',
  types: ['DropStmt', 'RenameStmt', 'CreateEnumStmt', 'AlterEnumStmt'],
  docs: {
    summary: 'Recreating an enum without a value that was there, or renaming an enum value.',
    why: 'Rows and deployed code may still use the removed or renamed value: recreating the enum fails on such rows (or silently requires a USING mapping), and code writing the old value starts failing.',
    fix: 'Migrate rows off the value first and deploy code that no longer writes it; add new values with ALTER TYPE ... ADD VALUE instead of recreating the type.',
  },
  examples: {
    bad: [
      "CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');\n-- migration\nALTER TYPE mood RENAME TO mood_old;\nCREATE TYPE mood AS ENUM ('sad', 'happy');",
      "CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');\n-- migration\nALTER TYPE mood RENAME VALUE 'ok' TO 'fine';",
    ],
    good: ["CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');\n-- migration\nALTER TYPE mood ADD VALUE 'ecstatic' AFTER 'happy';"],
  },
  check(ctx) {
    const n = ctx.node;
    const prev = previous(ctx.scratch);
    if ('DropStmt' in n && n.DropStmt.removeType === 'OBJECT_TYPE') {
      for (const o of n.DropStmt.objects ?? []) {
        const tn = 'TypeName' in o ? strings(o.TypeName.names) : strings('List' in o ? o.List.items : []);
        const q = qualifiedFromList(tn);
        const e = resolveEnum(ctx.catalog, q.schema, q.name);
        if (e && !prev.has(e.name)) prev.set(e.name, e.values);
      }
      return;
    }
    if ('RenameStmt' in n && n.RenameStmt.renameType === 'OBJECT_TYPE') {
      const obj = n.RenameStmt.object;
      const q = qualifiedFromList(strings(obj && 'List' in obj ? obj.List.items : []));
      const e = resolveEnum(ctx.catalog, q.schema, q.name);
      if (e) prev.set(e.name, e.values);
      return;
    }
    if ('AlterEnumStmt' in n) {
      const a = n.AlterEnumStmt;
      if (!a.oldVal) return;
      ctx.report({
        message: `Renaming enum value '${a.oldVal}' to '${a.newVal}' breaks deployed code that writes or compares the old value.`,
        span: ctx.find(/rename\s+value/i),
      });
      return;
    }
    if ('CreateEnumStmt' in n) {
      const q = qualifiedFromList(strings(n.CreateEnumStmt.typeName));
      const old = prev.get(q.name);
      if (!old) return;
      const now = strings(n.CreateEnumStmt.vals);
      const missing = old.filter((v) => !now.includes(v));
      if (missing.length === 0) return;
      ctx.report({ message: `Enum ${q.name} is recreated without ${missing.map((v) => `'${v}'`).join(', ')}: rows and code using ${missing.length > 1 ? 'these values' : 'this value'} break.`, span: ctx.find(/create\s+type/i) });
    }
  },
};

export default rule;
