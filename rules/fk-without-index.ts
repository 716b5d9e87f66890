import type { Constraint, Node, RangeVar } from '@pgsql/types';
import type { Catalog } from '../lib/catalog/model/catalog.js';
import type { Span } from '../lib/source/diagnostic.js';
import type { Rule } from '../lib/lint/types.js';
import { strings } from '../lib/parse/ast.js';
import { addedColumns, alterCmds, cmdConstraint, columnConstraints } from '../lib/lint/nodes.js';
import { relationKey, rangeVarRef } from '../lib/lint/context.js';

interface PendingFk {
  table: string;
  columns: string[];
  span: Span;
  name: string;
}

const KEY = 'fk-without-index:pending';

function foreignKeys(node: Node): { c: Constraint; columns: string[]; rv?: RangeVar }[] {
  const out: { c: Constraint; columns: string[]; rv?: RangeVar }[] = [];
  for (const { def, relation } of addedColumns(node)) {
    for (const c of columnConstraints(def)) if (c.contype === 'CONSTR_FOREIGN' && def.colname) out.push({ c, columns: [def.colname], rv: relation });
  }
  if ('CreateStmt' in node) {
    for (const e of node.CreateStmt.tableElts ?? []) {
      if ('Constraint' in e && e.Constraint.contype === 'CONSTR_FOREIGN') out.push({ c: e.Constraint, columns: strings(e.Constraint.fk_attrs), rv: node.CreateStmt.relation });
    }
  }
  for (const { cmd, stmt } of alterCmds(node)) {
    const c = cmd.subtype === 'AT_AddConstraint' ? cmdConstraint(cmd) : undefined;
    if (c?.contype === 'CONSTR_FOREIGN') out.push({ c, columns: strings(c.fk_attrs), rv: stmt.relation });
  }
  return out;
}

/** Leading key columns of every index and PK / UNIQUE constraint, by table key (built once per file). */
function indexKeysByTable(cat: Catalog): Map<string, (string | undefined)[][]> {
  const out = new Map<string, (string | undefined)[][]>();
  const add = (table: string, keys: (string | undefined)[]) => {
    const list = out.get(table);
    if (list) list.push(keys);
    else out.set(table, [keys]);
  };
  for (const i of cat.indexes.values()) add(`${i.schema}.${i.table}`, i.keys.map((k) => k.column));
  for (const [key, t] of cat.tables) for (const c of t.constraints.values()) if (c.kind === 'primary' || c.kind === 'unique') add(key, c.columns);
  return out;
}

/** An index whose leading columns are exactly the FK columns, in any order. */
function hasLeadingIndex(keysByTable: Map<string, (string | undefined)[][]>, table: string, columns: string[]): boolean {
  const want = new Set(columns);
  return (keysByTable.get(table) ?? []).some((keys) => keys.length >= want.size && keys.slice(0, want.size).every((k) => k !== undefined && want.has(k)));
}

const rule: Rule = {
  id: 'fk-without-index',
  defaultSeverity: 'warning',
  category: 'design',
  types: ['CreateStmt', 'AlterTableStmt'],
  docs: {
    summary: 'A foreign key whose referencing columns have no index leading with them (checked against the catalogue at the end of the file).',
    why: 'Every DELETE or key UPDATE on the referenced table looks up referencing rows; without an index on the foreign key columns that is a sequential scan of the referencing table per row, and ON DELETE CASCADE becomes very slow while holding locks.',
    fix: 'Create an index whose leading columns are the foreign key columns (`CREATE INDEX CONCURRENTLY orders_user_id_idx ON orders (user_id)`), in the same migration or before.',
  },
  examples: {
    bad: ['CREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint REFERENCES users (id));'],
    good: ['CREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint REFERENCES users (id));\nCREATE INDEX orders_user_id_idx ON orders (user_id);'],
  },
  check(ctx) {
    let pending = ctx.fileScratch.get(KEY) as PendingFk[] | undefined;
    for (const { c, columns, rv } of foreignKeys(ctx.node)) {
      if (!pending) ctx.fileScratch.set(KEY, (pending = []));
      const table = 'CreateStmt' in ctx.node ? relationKey(ctx.catalog, rangeVarRef(rv)) : ctx.tableKey(rv);
      pending.push({ table, columns, span: ctx.clauseAt(c.location), name: c.conname ?? `(${columns.join(', ')})` });
    }
  },
  finish(ctx) {
    const pending = ctx.fileScratch.get(KEY) as PendingFk[] | undefined;
    if (!pending?.length) return;
    const keysByTable = indexKeysByTable(ctx.catalog);
    for (const fk of pending) {
      if (!ctx.catalog.tables.has(fk.table) || hasLeadingIndex(keysByTable, fk.table, fk.columns)) continue;
      ctx.report({ message: `Foreign key ${fk.name} on ${fk.table} (${fk.columns.join(', ')}) has no index leading with its columns.`, span: fk.span });
    }
  },
};
export default rule;
