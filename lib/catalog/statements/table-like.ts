/**
 * CREATE TABLE t (…, LIKE source [INCLUDING …]): the source's columns are copied where the LIKE
 * stands (names, types, collations, NOT NULL always; defaults, generation expressions, identity and
 * comments when included); CHECK constraints keep their names; with INDEXES, primary keys, unique and
 * exclusion constraints and plain indexes are copied under new names PostgreSQL chooses, after the
 * table's own keys and before its foreign keys.
 *
 * In bind (schema files in any order) the source's indexes and comments are only known once every
 * statement ran: those copies wait for `runDeferredLikeCopies`, which bind calls at the end.
 */
import type { TableLikeClause } from '@pgsql/types';
import type { Catalog, Column, Constraint, Index, Table } from '../model/catalog.js';
import { type ApplyContext, fail } from './context.js';
import { missingRelation } from './unmodelled.js';
import { qualifiedFromRangeVar } from '../../parse/ast.js';
import { chooseName, indexNameTaken, nameAddition, noteConstraintName, relationNameTaken } from '../query/names.js';
import { resolveTable } from '../query/resolve.js';

/** CREATE_TABLE_LIKE_* bits of TableLikeClause.options (PostgreSQL's parsenodes.h). */
const LIKE = { COMMENTS: 1 << 0, CONSTRAINTS: 1 << 2, DEFAULTS: 1 << 3, GENERATED: 1 << 4, IDENTITY: 1 << 5, INDEXES: 1 << 6 };

const deferred = new WeakMap<Catalog, (() => void)[]>();

/** Runs the index and comment copies of LIKE clauses that waited for the whole schema (bind). */
export function runDeferredLikeCopies(cat: Catalog): void {
  const list = deferred.get(cat) ?? [];
  deferred.delete(cat);
  for (const f of list) f();
}

/**
 * Copies the source's columns into `table` now; returns what must run after the table's own
 * PRIMARY KEY / UNIQUE constraints (CHECKs, keys, indexes, comments), or undefined on error.
 */
export function tableLike(ctx: ApplyContext, table: Table, clause: TableLikeClause): (() => void) | undefined {
  const q = qualifiedFromRangeVar(clause.relation!);
  const src = resolveTable(ctx.cat, q);
  if (!src) {
    missingRelation(ctx, q, `relation "${q.schema ? `${q.schema}.` : ''}${q.name}" does not exist`);
    return undefined;
  }
  const opts = clause.options ?? 0;
  const has = (bit: number) => (opts & bit) !== 0;
  const copied: [Column, Column][] = [];
  for (const c of src.columns.values()) {
    if (table.columns.has(c.name)) {
      fail(ctx, 'duplicate-object', `column "${c.name}" specified more than once`);
      return undefined;
    }
    const col: Column = { name: c.name, type: structuredClone(c.type), notNull: c.notNull };
    if (c.collation) col.collation = c.collation;
    if (has(LIKE.DEFAULTS) && c.default && !c.generated) col.default = structuredClone(c.default);
    if (has(LIKE.GENERATED) && c.generated) {
      col.generated = structuredClone(c.generated);
      if (c.virtual) col.virtual = true;
    }
    if (has(LIKE.IDENTITY) && c.identity) {
      const seq = chooseName(table.name, col.name, 'seq', (n) => relationNameTaken(ctx.cat, table.schema, n));
      col.identity = { ...structuredClone(c.identity), sequenceName: seq };
    }
    table.columns.set(col.name, col);
    copied.push([c, col]);
  }
  return () => {
    if (has(LIKE.CONSTRAINTS)) {
      for (const con of src.constraints.values()) {
        if (con.kind !== 'check' || table.constraints.has(con.name)) continue;
        const copy = structuredClone(con);
        if (!has(LIKE.COMMENTS)) delete copy.comment;
        table.constraints.set(copy.name, copy);
        noteConstraintName(ctx.cat, table.schema, copy.name);
      }
    }
    const later = () => {
      if (has(LIKE.INDEXES)) copyIndexes(ctx, src, table, has(LIKE.COMMENTS));
      if (has(LIKE.COMMENTS)) for (const [from, to] of copied) if (from.comment !== undefined) to.comment = from.comment;
    };
    if (ctx.mode === 'bind') {
      const list = deferred.get(ctx.cat) ?? [];
      list.push(later);
      deferred.set(ctx.cat, list);
    } else {
      later();
    }
  };
}

/** The source's indexes in creation order, each under the name PostgreSQL chooses for the copy. */
function copyIndexes(ctx: ApplyContext, src: Table, table: Table, comments: boolean): void {
  const cat = ctx.cat;
  const taken = (n: string) => relationNameTaken(cat, table.schema, n);
  const constraintTaken = (n: string) => indexNameTaken(cat, table.schema, n, true);
  for (const idx of [...cat.indexes.values()]) {
    if (idx.schema !== src.schema || idx.table !== src.name) continue;
    const con = idx.constraint ? src.constraints.get(idx.constraint) : undefined;
    const cols = idx.keys.map((k) => k.column ?? 'expr');
    let name: string;
    if (con?.kind === 'primary') {
      if ([...table.constraints.values()].some((c) => c.kind === 'primary')) {
        fail(ctx, 'duplicate-object', `multiple primary keys for table ${table.schema}.${table.name} are not allowed`);
        continue;
      }
      name = chooseName(table.name, undefined, 'pkey', constraintTaken);
    } else if (con?.kind === 'unique') {
      name = chooseName(table.name, nameAddition([...cols, ...idx.include]), 'key', constraintTaken);
    } else if (con?.kind === 'exclude') {
      name = chooseName(table.name, nameAddition(cols), 'excl', constraintTaken);
    } else if (!con) {
      name = chooseName(table.name, nameAddition([...cols, ...idx.include]), 'idx', taken);
    } else {
      continue;
    }
    const copy: Index = { ...structuredClone(idx), name, table: table.name, schema: table.schema };
    delete copy.origin;
    for (const k of copy.keys) delete k.statistics;
    delete copy.parent;
    delete copy.clustered;
    if (!comments) delete copy.comment;
    if (con) {
      copy.constraint = name;
      const c: Constraint = { ...structuredClone(con), name };
      if (!comments) delete c.comment;
      table.constraints.set(name, c);
      noteConstraintName(cat, table.schema, name);
    }
    cat.indexes.set(`${table.schema}.${name}`, copy);
  }
}
