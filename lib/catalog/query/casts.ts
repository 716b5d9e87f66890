/**
 * Casts between built-in types, for ALTER COLUMN … TYPE: which changes need a USING clause, and
 * which have no conversion at all (then a USING expression written as `col::type` would fail at
 * apply with "cannot cast type …", so pgshift prints a placeholder for the reviewer instead).
 *
 * CASTS is pg_cast of PostgreSQL 15 between base types of pg_catalog (context i = implicit,
 * a = assignment, e = explicit only), less the internal ones (oid, reg*, xid, …). On top of it,
 * PostgreSQL's automatic I/O conversion casts: every type converts to the string types
 * (assignment) and from them (explicit, parsing the text, which may fail on the data).
 */
import type { TypeRef } from '../model/catalog.js';

const CASTS: Record<string, string> = {
  'bigint': 'bit:e, double precision:i, integer:a, money:a, numeric:i, real:i, smallint:a',
  'bit varying': 'bit:i',
  'bit': 'bigint:e, bit varying:i, integer:e',
  'boolean': 'character varying:a, character:a, integer:e, text:a',
  'box': 'circle:e, lseg:e, point:e, polygon:a',
  'character varying': 'character:i, text:i, xml:e',
  'character': 'character varying:i, text:i, xml:e',
  'cidr': 'character varying:a, character:a, inet:i, text:a',
  'circle': 'box:e, point:e, polygon:e',
  'date': 'timestamp with time zone:i, timestamp without time zone:i',
  'double precision': 'bigint:a, integer:a, numeric:a, real:a, smallint:a',
  'inet': 'character varying:a, character:a, cidr:a, text:a',
  'integer': 'bigint:i, bit:e, boolean:e, double precision:i, money:a, numeric:i, real:i, smallint:a',
  'interval': 'time without time zone:a',
  'json': 'jsonb:a',
  'jsonb': 'bigint:e, boolean:e, double precision:e, integer:e, json:a, numeric:e, real:e, smallint:e',
  'lseg': 'point:e',
  'macaddr8': 'macaddr:i',
  'macaddr': 'macaddr8:i',
  'money': 'numeric:a',
  'numeric': 'bigint:a, double precision:i, integer:a, money:a, real:i, smallint:a',
  'path': 'polygon:a',
  'pg_dependencies': 'bytea:i, text:i',
  'pg_mcv_list': 'bytea:i, text:i',
  'pg_ndistinct': 'bytea:i, text:i',
  'pg_node_tree': 'text:i',
  'point': 'box:a',
  'polygon': 'box:e, circle:e, path:a, point:e',
  'real': 'bigint:a, double precision:i, integer:a, numeric:a, smallint:a',
  'smallint': 'bigint:i, double precision:i, integer:i, numeric:i, real:i',
  'text': 'character varying:i, character:i, xml:e',
  'time with time zone': 'time without time zone:a',
  'time without time zone': 'interval:i, time with time zone:i',
  'timestamp with time zone': 'date:a, time with time zone:a, time without time zone:a, timestamp without time zone:a',
  'timestamp without time zone': 'date:a, time without time zone:a, timestamp with time zone:i',
  'xml': 'character varying:a, character:a, text:a',};

/**
 * No cast exists between the two types: `col::type` would fail at apply with "cannot cast type".
 * The USING clause calls this function instead, which does not exist: the statement fails loudly,
 * naming it, until a reviewer replaces it with the conversion (e.g. to_timestamp(col)).
 */
export const NO_CAST_PLACEHOLDER = 'pgshift_write_conversion_here';

/** Casts PostgreSQL 18 added (integers ↔ bytea, explicit). */
const SINCE_18 = new Map<string, 'e'>(
  ['smallint', 'integer', 'bigint'].flatMap((i) => [[`${i}>bytea`, 'e'], [`bytea>${i}`, 'e']] as [string, 'e'][]),
);

const STRING_TYPES = new Set(['text', 'character varying', 'character', 'name']);

let table: Map<string, 'i' | 'a' | 'e'> | undefined;
function castTable(): Map<string, 'i' | 'a' | 'e'> {
  if (!table) {
    table = new Map();
    for (const [from, targets] of Object.entries(CASTS)) {
      for (const t of targets.split(', ')) {
        const i = t.lastIndexOf(':');
        table.set(`${from}>${t.slice(0, i)}`, t.slice(i + 1) as 'i' | 'a' | 'e');
      }
    }
  }
  return table;
}

/** How a built-in type converts to another: without USING, with an explicit cast, or not at all. */
export type CastKind = 'assignment' | 'explicit' | 'none';

/**
 * The cast ALTER COLUMN … TYPE can use between two built-in types on PostgreSQL `pgVersion` (user types, domains and enums
 * — with a schema — are left to the caller: they convert through text). Arrays convert element by
 * element; a change of array dimensions has no cast.
 */
export function castKind(from: TypeRef, to: TypeRef, pgVersion = 15): CastKind {
  const f = from.name;
  const t = to.name;
  if (from.arrayDims !== to.arrayDims) {
    // I/O conversion: an array prints as text and text parses as an array
    if (!to.arrayDims && STRING_TYPES.has(t)) return 'assignment';
    if (!from.arrayDims && STRING_TYPES.has(f)) return 'explicit';
    return 'none';
  }
  if (f === t) return 'assignment';
  const c = castTable().get(`${f}>${t}`) ?? (pgVersion >= 18 ? SINCE_18.get(`${f}>${t}`) : undefined);
  if (c === 'i' || c === 'a') return 'assignment';
  if (c === 'e') return 'explicit';
  if (STRING_TYPES.has(t)) return 'assignment'; // I/O conversion to a string type
  if (STRING_TYPES.has(f)) return 'explicit'; // I/O conversion from a string type: parses each value
  return 'none';
}
