/** CREATE TABLE: columns, inline and table-level constraints, implicit names in PostgreSQL's order. */
import { createTableStorage } from './table-storage.js';
import type { ColumnDef, Constraint as PgConstraint, CreateStmt, TableLikeClause } from '@pgsql/types';
import type { Table } from '../model/catalog.js';
import { type ApplyContext, creationSchema, fail, failDuplicate, origin } from './context.js';
import { unmodelledRelation } from './unmodelled.js';
import { qualifiedFromRangeVar } from '../../parse/ast.js';
import { buildColumn, type ColumnConstraint } from './column.js';
import { addConstraint } from './constraint.js';
import { relationOrigin, truncateIdent } from '../query/names.js';
import { tableLike } from './table-like.js';
import { createTableAccessMethod } from './access-method.js';
import { beginChild, finishTable, inheritFromPartitionParent, mergeChildColumn } from './partition.js';
import { dropRedundantKeys } from './redundant-keys.js';

/** Order in which PostgreSQL creates (and therefore names) constraints: CHECKs, then PK, UNIQUE/EXCLUDE, then FKs. */
function phase(c: PgConstraint): number {
  switch (c.contype) {
    case 'CONSTR_CHECK':
      return 0;
    case 'CONSTR_PRIMARY':
      return 1;
    case 'CONSTR_UNIQUE':
    case 'CONSTR_EXCLUSION':
      return 2;
    default:
      return 3;
  }
}

export function createTable(ctx: ApplyContext, s: CreateStmt): void {
  const q = qualifiedFromRangeVar(s.relation!);
  const schema = creationSchema(ctx, q.schema);
  const name = truncateIdent(q.name);
  const k = `${schema}.${name}`;
  const cat = ctx.cat;
  if (!cat.schemas.has(schema) && ctx.mode === 'replay') return fail(ctx, 'missing-object', `schema "${schema}" does not exist`);
  if (cat.tables.has(k) || cat.sequences.has(k) || cat.indexes.has(k)) {
    if (!s.if_not_exists) failDuplicate(ctx, `relation ${k} already exists`, relationOrigin(cat, schema, name), 'Each table is defined once; use ALTER TABLE to change it.');
    return;
  }
  if (s.relation?.relpersistence === 't') return; // temporary tables are session objects, not schema
  if (s.ofTypename) {
    // its columns come from the composite type: not built from the elements (WITH OPTIONS has no type)
    fail(ctx, 'unmodelled-statement', `typed tables (${k} OF type) are not modelled yet`);
    return unmodelledRelation(ctx, schema, name);
  }
  const table: Table = { schema, name, columns: new Map(), constraints: new Map(), unlogged: s.relation?.relpersistence === 'u', origin: origin(ctx) };
  createTableStorage(table, s.options); // WITH (…)
  if (!beginChild(ctx, table, s)) return; // PARTITION OF / INHERITS: the parents' columns first
  const pending: ColumnConstraint[] = [];
  const likes: (() => void)[] = []; // LIKE copies: after the table's own keys, before its foreign keys
  for (const el of s.tableElts ?? []) {
    if ('ColumnDef' in el) {
      const def = (el as { ColumnDef: ColumnDef }).ColumnDef;
      if (mergeChildColumn(ctx, table, def, () => { const b = buildColumn(ctx, table, def); pending.push(...b.constraints); return b.column; }, (c) => pending.push(c))) continue;
      const { column, constraints } = buildColumn(ctx, table, def);
      if (table.columns.has(column.name)) return fail(ctx, 'duplicate-object', `column "${column.name}" specified more than once`);
      table.columns.set(column.name, column);
      pending.push(...constraints);
    } else if ('Constraint' in el) {
      pending.push({ node: (el as { Constraint: PgConstraint }).Constraint, column: '' });
    } else if ('TableLikeClause' in el) {
      const after = tableLike(ctx, table, (el as { TableLikeClause: TableLikeClause }).TableLikeClause);
      if (after) likes.push(after);
    } else {
      fail(ctx, 'unmodelled-statement', `table element ${Object.keys(el)[0]} is not modelled`);
    }
  }
  cat.tables.set(k, table);
  const chosen = new Set<string>();
  const ordered = dropRedundantKeys(pending).map((p, i) => ({ p, i })).sort((a, b) => phase(a.p.node) - phase(b.p.node) || a.i - b.i);
  let cloned = false;
  for (const { p } of ordered) {
    // a partition gets its copies of the parent's keys, indexes and foreign keys before its own keys
    if (phase(p.node) > 0 && !cloned) cloned = inheritFromPartitionParent(ctx, table);
    if (phase(p.node) === 3) likes.splice(0).forEach((f) => f());
    addConstraint(ctx, table, p.node, { column: p.column || undefined, chosen, inCreateTable: true });
  }
  likes.splice(0).forEach((f) => f());
  finishTable(ctx, table, s); // PARTITION BY; the parents' constraints and indexes
  createTableAccessMethod(ctx, table, s.accessMethod); // USING am, or the session's default
}
