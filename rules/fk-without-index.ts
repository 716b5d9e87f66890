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

/**
 * Index methods whose index serves the foreign key's lookup `fk_col = $1 [AND …]` as an index search:
 * btree (leading columns in any order, all compared with =), hash (one column, equality only). GiST,
 * GIN, SP-GiST and BRIN need extension operator classes for scalar equality, or only narrow the scan
 * to block ranges (BRIN): they are not counted.
 */
const LOOKUP_METHODS = new Set(['btree', 'hash']);

/**
 * Leading key columns of every index that can serve the lookup, and of every PK / UNIQUE constraint, by
 * table key (built once per file). A partial index (WHERE …) is left out: the lookup PostgreSQL runs
 * for a DELETE or key UPDATE of the referenced table is planned for any key value, and a predicate
 * only some values meet cannot be used for it.
 */
function indexKeysByTable(cat: Catalog): Map<string, (string | undefined)[][]> {
  const out = new Map<string, (string | undefined)[][]>();
  const add = (table: string, keys: (string | undefined)[]) => {
    const list = out.get(table);
    if (list) list.push(keys);
    else out.set(table, [keys]);
  };
  for (const i of cat.indexes.values()) if (!i.where && LOOKUP_METHODS.has(i.method)) add(`${i.schema}.${i.table}`, i.keys.map((k) => k.column));
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
    summary: 'A foreign key whose referencing columns have no full (non-partial) btree or hash index leading with them (checked against the catalogue at the end of the file).',
    why: 'Every DELETE or key UPDATE on the referenced table looks up referencing rows (`WHERE fk_col = $1 AND …` for any key value); without an index on the foreign key columns that is a sequential scan of the referencing table per row, and ON DELETE CASCADE becomes very slow while holding locks. An index covers the key when its leading key columns are exactly the foreign key columns, in any order (every one is compared with =): a btree index, the primary key or a UNIQUE constraint, or a hash index on a single-column key. A partial index (`WHERE …`) does not count: its predicate holds for some key values only, so the lookup cannot rely on it. Expression keys, INCLUDE columns and GiST / GIN / SP-GiST / BRIN indexes do not count either.',
    fix: 'Create an index whose leading columns are the foreign key columns, without a WHERE clause (`CREATE INDEX CONCURRENTLY orders_user_id_idx ON orders (user_id)`), in the same migration or before.',
  },
  examples: {
    bad: [
      'CREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint REFERENCES users (id));',
      // a partial index serves only the rows its predicate selects
      'CREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint);\nCREATE INDEX orders_user_id_idx ON orders (user_id) WHERE user_id IS NOT NULL;\n-- migration\nALTER TABLE orders ADD CONSTRAINT orders_user_fk FOREIGN KEY (user_id) REFERENCES users (id) NOT VALID;',
      // the key's columns are not the index's leading columns
      'CREATE TABLE orders (id bigint PRIMARY KEY, region int, user_id bigint);\nCREATE INDEX orders_region_user_idx ON orders (region, id, user_id);\n-- migration\nALTER TABLE orders ADD CONSTRAINT orders_user_fk FOREIGN KEY (region, user_id) REFERENCES users (region, id) NOT VALID;',
    ],
    good: [
      'CREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint REFERENCES users (id));\nCREATE INDEX orders_user_id_idx ON orders (user_id);',
      // leading columns in another order, more columns after them
      'CREATE TABLE orders (id bigint PRIMARY KEY, region int, user_id bigint);\nCREATE INDEX orders_user_region_idx ON orders (user_id, region, id);\n-- migration\nALTER TABLE orders ADD CONSTRAINT orders_user_fk FOREIGN KEY (region, user_id) REFERENCES users (region, id) NOT VALID;',
    ],
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
