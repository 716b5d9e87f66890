/** CREATE INDEX: keys (columns or expressions), opclass and its parameters, order, NULLS, INCLUDE, partial WHERE, implicit names. */
import { isDefaultUserClass } from './operator-class.js';
import type { IndexElem, IndexStmt } from '@pgsql/types';
import type { Index, IndexKey, TypeRef } from '../model/catalog.js';
import { type ApplyContext, fail, failDuplicate, origin } from './context.js';
import { missingRelation } from './unmodelled.js';
import { qualifiedFromRangeVar, strings } from '../../parse/ast.js';
import { makeExpr } from '../query/expr.js';
import { isDefaultOpclass, storageParameters } from './index-options.js';
import { chooseName, exprColumnName, nameAddition, relationNameTaken, relationOrigin, truncateIdent } from '../query/names.js';
import { resolveTable } from '../query/resolve.js';
import { collationFromNames } from './collation.js';
import { propagateIndex, takeOverClone } from './inheritance.js';
import { matviewForIndex } from './view.js';
import { adoptionAt, attachedAfter } from './partition.js';

export function indexKey(ctx: ApplyContext, el: IndexElem, table?: { columns: ReadonlyMap<string, unknown> }, method = 'btree'): IndexKey {
  const desc = el.ordering === 'SORTBY_DESC';
  const nullsFirst = el.nulls_ordering === 'SORTBY_NULLS_FIRST' ? true : el.nulls_ordering === 'SORTBY_NULLS_LAST' ? false : desc;
  const key: IndexKey = { desc, nullsFirst };
  if (el.name) key.column = el.name;
  else if (el.expr) {
    // a parenthesised plain column is a column key
    const cr = (el.expr as any).ColumnRef;
    if (cr && cr.fields?.length === 1) key.column = strings(cr.fields)[0];
    else key.expr = makeExpr(el.expr, { catalog: ctx.cat, columns: table?.columns });
  }
  if (el.opclass?.length) {
    // pg_dump qualifies an extension's operator class (public.gin_trgm_ops): unqualified when its schema is searched
    const parts = strings(el.opclass);
    // pg_catalog is always searched: pg_catalog.text_pattern_ops is text_pattern_ops
    const opclass = parts.length === 2 && (parts[0] === 'pg_catalog' || ctx.cat.searchPath.includes(parts[0]!)) ? parts[1]! : parts.join('.');
    const columnType = key.column ? (table?.columns.get(key.column) as { type?: TypeRef } | undefined)?.type : undefined;
    // with parameters (`tsvector_ops (siglen=9)`) the class is named, default or not, as pg_get_indexdef does
    const options = storageParameters(el.opclassopts);
    if (options) key.opclassOptions = options;
    if (options || (!isDefaultOpclass(method, opclass) && !isDefaultUserClass(ctx.cat, method, parts, columnType))) key.opclass = opclass;
  }
  if (el.collation?.length) key.collation = collationFromNames(ctx.cat, el.collation);
  return key;
}

export function createIndex(ctx: ApplyContext, s: IndexStmt): void {
  const q = qualifiedFromRangeVar(s.relation!);
  const table = resolveTable(ctx.cat, q) ?? matviewForIndex(ctx.cat, q); // materialized views have indexes too
  if (!table) return missingRelation(ctx, q, `relation "${q.name}" does not exist`);
  const elems = (s.indexParams ?? []).map((n) => (n as { IndexElem: IndexElem }).IndexElem);
  const keys = elems.map((e) => indexKey(ctx, e, table, s.accessMethod ?? 'btree'));
  for (const k of keys) {
    if (k.column && !table.columns.has(k.column)) return fail(ctx, 'missing-object', `column "${k.column}" does not exist in ${table.name}`);
  }
  const include = (s.indexIncludingParams ?? []).map((n) => (n as { IndexElem: IndexElem }).IndexElem.name ?? '');
  let name: string;
  if (s.idxname) {
    name = truncateIdent(s.idxname);
    if (relationNameTaken(ctx.cat, table.schema, name)) {
      if (!s.if_not_exists) failDuplicate(ctx, `relation "${name}" already exists`, relationOrigin(ctx.cat, table.schema, name));
      return;
    }
  } else {
    const cols = elems.map((e) => e.indexcolname ?? e.name ?? exprColumnName(e.expr));
    name = chooseName(table.name, nameAddition([...cols, ...include]), 'idx', (n) => relationNameTaken(ctx.cat, table.schema, n));
  }
  const idx: Index = {
    schema: table.schema,
    name,
    table: table.name,
    unique: !!s.unique,
    method: s.accessMethod ?? 'btree',
    keys,
    include,
    nullsNotDistinct: !!s.nulls_not_distinct,
    origin: origin(ctx),
  };
  const options = storageParameters(s.options);
  if (options) idx.options = options;
  if (s.whereClause) idx.where = makeExpr(s.whereClause, { catalog: ctx.cat, columns: table.columns });
  ctx.cat.indexes.set(`${table.schema}.${name}`, idx);
  // written before the ATTACH PARTITION that bind applied first: PostgreSQL's ATTACH adopts it
  if (ctx.mode === 'bind' && 'partitionOf' in table && table.partitionOf && attachedAfter(table, idx.origin!)) takeOverClone(ctx.cat, idx);
  // without ONLY, a partitioned table's partitions get the index too
  if (s.relation?.inh && 'partitionBy' in table) propagateIndex(ctx.cat, table, idx, adoptionAt(ctx));
}
