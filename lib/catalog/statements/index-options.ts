/**
 * What pg_dump prints differently from a hand-written CREATE INDEX: storage parameters
 * (`WITH (fillfactor='70')` and `WITH (fillfactor=70)` are one reloption `fillfactor=70`), and
 * operator classes that are the default for the column type (pg_dump leaves them out).
 */
import type { AlterTableCmd, AlterTableStmt, DefElem, Node } from '@pgsql/types';
import type { Index } from '../model/catalog.js';
import { defElems, listItems, qualifiedFromRangeVar } from '../../parse/ast.js';
import { type ApplyContext, fail } from './context.js';
import { resolveIndex } from '../query/resolve.js';

/** Storage parameters as PostgreSQL stores them: `name=value`, names lower case, in written order. */
export function storageParameters(list: readonly Node[] | undefined): string[] | undefined {
  const out = defElems(list).map((d: DefElem) => {
    const name = (d.defnamespace ? `${d.defnamespace}.` : '') + (d.defname ?? '').toLowerCase();
    const a = d.arg as Record<string, any> | undefined;
    let value: string;
    if (!a) value = 'true';
    else if (a.Integer) value = String(a.Integer.ival ?? 0);
    else if (a.Float) value = String(a.Float.fval);
    else if (a.Boolean) value = a.Boolean.boolval ? 'true' : 'false';
    else if (a.String) value = String(a.String.sval ?? '');
    else if (a.TypeName) value = (a.TypeName.names ?? []).map((n: any) => n.String?.sval).join('.');
    else value = '';
    return `${name}=${value}`;
  });
  return out.length ? out : undefined;
}

/** Default operator classes of the builtin types, by index method. */
const DEFAULT_OPCLASSES: Record<string, Set<string>> = {
  btree: new Set([
    'array_ops', 'bit_ops', 'bool_ops', 'bpchar_ops', 'bytea_ops', 'char_ops', 'date_ops', 'enum_ops', 'float4_ops', 'float8_ops',
    'inet_ops', 'int2_ops', 'int4_ops', 'int8_ops', 'interval_ops', 'jsonb_ops', 'macaddr_ops', 'macaddr8_ops', 'money_ops',
    'multirange_ops', 'name_ops', 'numeric_ops', 'oid_ops', 'oidvector_ops', 'pg_lsn_ops', 'range_ops', 'record_ops', 'text_ops',
    'tid_ops', 'time_ops', 'timestamp_ops', 'timestamptz_ops', 'timetz_ops', 'tsquery_ops', 'tsvector_ops', 'uuid_ops', 'varbit_ops',
    'xid8_ops',
  ]),
  hash: new Set([
    'array_ops', 'bool_ops', 'bpchar_ops', 'bytea_ops', 'char_ops', 'date_ops', 'enum_ops', 'float4_ops', 'float8_ops', 'inet_ops',
    'int2_ops', 'int4_ops', 'int8_ops', 'interval_ops', 'jsonb_ops', 'macaddr_ops', 'macaddr8_ops', 'multirange_ops', 'name_ops',
    'numeric_ops', 'oid_ops', 'pg_lsn_ops', 'range_ops', 'record_ops', 'text_ops', 'time_ops', 'timestamp_ops', 'timestamptz_ops',
    'timetz_ops', 'uuid_ops', 'xid8_ops', 'xid_ops', 'cid_ops', 'aclitem_ops',
  ]),
  gin: new Set(['array_ops', 'jsonb_ops', 'tsvector_ops']),
  gist: new Set(['box_ops', 'circle_ops', 'multirange_ops', 'point_ops', 'poly_ops', 'range_ops', 'tsquery_ops', 'tsvector_ops']),
  spgist: new Set(['box_ops', 'inet_ops', 'kd_point_ops', 'poly_ops', 'range_ops', 'text_ops']),
};

/** Is `opclass` (as written, possibly `pg_catalog.`-qualified) the default one for its type under `method`? */
export function isDefaultOpclass(method: string, opclass: string): boolean {
  const name = opclass.startsWith('pg_catalog.') ? opclass.slice('pg_catalog.'.length) : opclass;
  if (name.includes('.')) return false;
  return DEFAULT_OPCLASSES[method]?.has(name) ?? false;
}

/** The index an ALTER INDEX names; undefined (reported unless IF EXISTS) when there is none. */
export function alteredIndex(ctx: ApplyContext, s: AlterTableStmt): Index | undefined {
  const q = qualifiedFromRangeVar(s.relation!);
  const index = resolveIndex(ctx.cat, q.schema, q.name);
  if (!index && !s.missing_ok) fail(ctx, 'missing-object', `relation "${q.schema ? q.schema + '.' : ''}${q.name}" does not exist`);
  return index;
}

/**
 * ALTER INDEX i SET (…) / RESET (…): the index's storage parameters change in place (PostgreSQL
 * stores them in pg_class.reloptions, as CREATE INDEX … WITH (…) does), those of a PRIMARY KEY /
 * UNIQUE / EXCLUDE constraint's index too (the constraint follows). A partitioned table's index
 * refuses both. Other subcommands: not this one.
 */
export function alterIndexOptions(ctx: ApplyContext, s: AlterTableStmt, cmds: AlterTableCmd[]): boolean {
  if (s.objtype !== 'OBJECT_INDEX' || !cmds.length || !cmds.every((c) => c.subtype === 'AT_SetRelOptions' || c.subtype === 'AT_ResetRelOptions')) return false;
  const index = alteredIndex(ctx, s);
  if (!index) return true;
  const table = ctx.cat.tables.get(`${index.schema}.${index.table}`);
  if (table?.partitionBy) {
    const action = cmds[0]!.subtype === 'AT_SetRelOptions' ? 'SET' : 'RESET';
    fail(ctx, 'invalid-definition', `ALTER action ${action} cannot be performed on relation "${index.name}"`, 'This operation is not supported for partitioned indexes.');
    return true;
  }
  for (const cmd of cmds) {
    const given = storageParameters(listItems(cmd.def!)) ?? [];
    const names = new Set(given.map((o) => o.split('=')[0]));
    const kept = (index.options ?? []).filter((o) => !names.has(o.split('=')[0]));
    const options = cmd.subtype === 'AT_SetRelOptions' ? [...kept, ...given] : kept;
    if (options.length) index.options = options;
    else delete index.options;
  }
  const con = index.constraint ? table?.constraints.get(index.constraint) : undefined;
  if (con && (con.kind === 'primary' || con.kind === 'unique' || con.kind === 'exclude')) {
    if (index.options) con.options = [...index.options];
    else delete con.options;
  }
  return true;
}
