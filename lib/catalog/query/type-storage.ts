/**
 * A type's default column storage (pg_type.typstorage), which a column gets at CREATE TABLE, ADD COLUMN
 * and ALTER COLUMN … TYPE. Builtins as PostgreSQL 15 and 18 declare them; arrays, composites, ranges
 * and multiranges are EXTENDED, enums PLAIN, a domain its base type's. A type pgshift does not know
 * (an extension's) is taken as EXTENDED, the varlena default.
 */
import type { Catalog, ColumnStorage, TypeRef } from '../model/catalog.js';
import { resolveUserType } from './resolve.js';

const EXTENDED = new Set([
  'text', 'character varying', 'character', 'bytea', 'json', 'jsonb', 'jsonpath', 'xml', 'tsvector', 'bit', 'bit varying',
  'path', 'polygon', 'refcursor', 'txid_snapshot', 'pg_snapshot', 'int4range', 'int8range', 'numrange', 'tsrange', 'tstzrange',
  'daterange', 'int4multirange', 'int8multirange', 'nummultirange', 'tsmultirange', 'tstzmultirange', 'datemultirange',
]);
const MAIN = new Set(['numeric', 'inet', 'cidr']);
const PLAIN = new Set([
  'smallint', 'integer', 'bigint', 'real', 'double precision', 'boolean', '"char"', 'name', 'oid', 'date', 'interval', 'money',
  'uuid', 'macaddr', 'macaddr8', 'pg_lsn', 'point', 'line', 'lseg', 'box', 'circle', 'tsquery', 'xid', 'xid8', 'cid', 'tid',
  'regclass', 'regtype', 'regproc', 'regprocedure', 'regoper', 'regoperator', 'regconfig', 'regdictionary', 'regnamespace',
  'regrole', 'regcollation', 'time without time zone', 'time with time zone', 'timestamp without time zone', 'timestamp with time zone',
]);

export function typeStorage(cat: Catalog, t: TypeRef): ColumnStorage {
  if (t.arrayDims > 0) return 'extended';
  if (!t.schema || t.schema === 'pg_catalog') {
    if (PLAIN.has(t.name)) return 'plain';
    if (MAIN.has(t.name)) return 'main';
    if (EXTENDED.has(t.name) || !t.schema) return 'extended';
  }
  const u = resolveUserType(cat, t.schema, t.name);
  if (u?.kind === 'enum') return 'plain';
  if (u?.kind === 'domain') {
    const d = cat.domains.get(`${u.schema}.${u.name}`);
    if (d) return typeStorage(cat, d.baseType);
  }
  return 'extended';
}
