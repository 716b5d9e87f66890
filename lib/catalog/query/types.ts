/**
 * Canonical type references: `int` = `integer` = `int4`, `varchar(n)` = `character varying(n)`.
 * Builtin names are PostgreSQL's display names (what format_type prints); modifiers are those
 * pg_attribute.atttypmod keeps (`numeric(5)` = `numeric(5,0)`, `interval second` ≠ `interval second(6)`).
 * Interval modifiers are its fields and precision as format_type prints them: `interval day to second(3)`
 * is `{ name: 'interval', mods: ['day to second', '3'] }`, `interval(3)` is `mods: ['3']`.
 */
import type { TypeName } from '@pgsql/types';
import type { Catalog, TypeRef } from '../model/catalog.js';
import { intValue, strings } from '../../parse/ast.js';
import { resolveUserType } from './resolve.js';
import { qualified } from '../../source/quote.js';

/** Internal (pg_catalog) name → display name. */
const DISPLAY: Record<string, string> = {
  int2: 'smallint', int4: 'integer', int8: 'bigint', int: 'integer', integer: 'integer', smallint: 'smallint', bigint: 'bigint',
  float4: 'real', float8: 'double precision', real: 'real', 'double precision': 'double precision',
  bool: 'boolean', boolean: 'boolean',
  varchar: 'character varying', 'character varying': 'character varying',
  bpchar: 'character', character: 'character',
  // `"char"` (quoted, or pg_catalog.char) is the 1-byte internal type; unquoted CHAR reaches here as bpchar
  char: '"char"',
  numeric: 'numeric', decimal: 'numeric',
  timestamp: 'timestamp without time zone', timestamptz: 'timestamp with time zone',
  'timestamp without time zone': 'timestamp without time zone', 'timestamp with time zone': 'timestamp with time zone',
  time: 'time without time zone', timetz: 'time with time zone',
  'time without time zone': 'time without time zone', 'time with time zone': 'time with time zone',
  varbit: 'bit varying', 'bit varying': 'bit varying', bit: 'bit',
  interval: 'interval',
};

/** Names of DISPLAY that are SQL spellings, not pg_catalog type names: written quoted, they name a user type. */
const SPELLED_ONLY = new Set([
  'int', 'integer', 'smallint', 'bigint', 'real', 'double precision', 'boolean', 'character varying', 'character', 'decimal',
  'timestamp without time zone', 'timestamp with time zone', 'time without time zone', 'time with time zone', 'bit varying',
]);

/** Serial pseudo-types: the integer type they expand to. */
export const SERIAL_TYPES: Record<string, string> = {
  serial: 'integer', serial4: 'integer', bigserial: 'bigint', serial8: 'bigint', smallserial: 'smallint', serial2: 'smallint',
};

/** Types whose display puts the modifier inside the name: `timestamp(3) with time zone`. */
const MOD_INSIDE = /^(timestamp|time) (with|without) time zone$/;

export const BUILTIN_TYPES = new Set([
  ...Object.values(DISPLAY), 'text', 'uuid', 'json', 'jsonb', 'bytea', 'date', 'inet', 'cidr', 'macaddr', 'macaddr8', 'money',
  'xml', 'tsvector', 'tsquery', 'oid', 'regclass', 'regtype', 'regproc', 'name', '"char"', 'point', 'line', 'lseg', 'box',
  'path', 'polygon', 'circle', 'int4range', 'int8range', 'numrange', 'tsrange', 'tstzrange', 'daterange',
  'int4multirange', 'int8multirange', 'nummultirange', 'tsmultirange', 'tstzmultirange', 'datemultirange', 'pg_lsn',
  'txid_snapshot', 'pg_snapshot', 'jsonpath', 'record', 'void', 'trigger', 'anyelement', 'anyarray', 'cstring', 'xid',
]);

/** Is `name` (unqualified, lower case) a serial pseudo-type? */
export function serialBase(t: TypeName): string | undefined {
  const names = strings(t.names);
  if (names.length !== 1 || t.arrayBounds?.length) return undefined;
  return SERIAL_TYPES[names[0]!];
}

/**
 * Canonicalise a parse-tree type name. User types are resolved against the catalogue's
 * search path when a catalogue is given; unknown unqualified names are kept as builtins.
 */
export function typeFromNode(t: TypeName, cat?: Catalog): TypeRef {
  let names = strings(t.names);
  const mods = (t.typmods ?? []).map((m) => {
    const v = intValue(m);
    if (v !== undefined) return String(v);
    const c = (m as { A_Const?: { sval?: { sval?: string }; fval?: { fval?: string } } }).A_Const;
    if (c) return c.sval?.sval ?? c.fval?.fval ?? '';
    // an identifier modifier, as extension types take them: geometry(Point,4326)
    const ref = (m as { ColumnRef?: { fields?: unknown[] } }).ColumnRef;
    return ref ? strings(ref.fields as never).join('.') : '';
  });
  const arrayDims = t.arrayBounds?.length ?? 0;
  if (names[0] === 'pg_catalog' && names.length === 2) names = [names[1]!];
  if (names.length === 1) {
    const n = names[0]!;
    const element = arrayElementName(n, cat);
    if (element) return typeFromNode({ ...t, names: [{ String: { sval: element } }], arrayBounds: [...(t.arrayBounds ?? []), { Integer: { ival: -1 } }] }, cat);
    // `"character"`, `"integer"` (quoted, as format_type prints a user type so named): pg_catalog has no
    // type of that name (the keywords parse to pg_catalog.bpchar, .int4), so the search path's user type
    const spelled = SPELLED_ONLY.has(n) && cat ? resolveUserType(cat, undefined, n) : undefined;
    if (spelled) return { schema: spelled.schema, name: spelled.name, mods, arrayDims };
    const display = DISPLAY[n];
    if (display) return canonicalMods({ name: display, mods, arrayDims }, n);
    // pg_catalog is searched first: a builtin name always means the builtin
    const user = cat && !BUILTIN_TYPES.has(n) ? resolveUserType(cat, undefined, n) : undefined;
    if (user) return { schema: user.schema, name: user.name, mods, arrayDims };
    return { name: n, mods, arrayDims };
  }
  const schema = names[names.length - 2]!;
  const name = names[names.length - 1]!;
  if (schema === 'pg_catalog' || (BUILTIN_TYPES.has(name) && schema === 'pg_catalog')) return { name, mods, arrayDims };
  // an extension's type (pg_dump's public.citext) is kept as an unqualified name when written
  // unqualified would find it: it is not one of the catalogue's types, and its schema is searched
  if (cat && cat.searchPath.includes(schema) && !BUILTIN_TYPES.has(name) && !resolveUserType(cat, schema, name) && !cat.tables.has(`${schema}.${name}`)) {
    return { name, mods, arrayDims };
  }
  return { schema, name, mods, arrayDims };
}

/**
 * `_int8`, `_text`, `_mood`: the internal name of an array type (PostgreSQL names it `_` and its
 * element's name), the element's name when the element is a builtin or a type of the catalogue and no
 * type of the catalogue is itself called so.
 */
function arrayElementName(n: string, cat: Catalog | undefined): string | undefined {
  if (n.length < 2 || !n.startsWith('_') || (cat && resolveUserType(cat, undefined, n))) return undefined;
  const element = n.slice(1);
  if (DISPLAY[element] || BUILTIN_TYPES.has(element) || (cat && resolveUserType(cat, undefined, element))) return element;
  return undefined;
}

/** Interval field bits (PostgreSQL's INTERVAL_MASK) → the fields as format_type prints them. */
const INTERVAL_FIELDS: Record<number, string> = {
  4: 'year', 2: 'month', 8: 'day', 1024: 'hour', 2048: 'minute', 4096: 'second',
  6: 'year to month', 1032: 'day to hour', 3080: 'day to minute', 7176: 'day to second',
  3072: 'hour to minute', 7168: 'hour to second', 6144: 'minute to second',
};
/** The field restrictions an interval type may carry (`year to month`, `second`, …). */
export const INTERVAL_FIELD_FORMS = new Set(Object.values(INTERVAL_FIELDS));
const INTERVAL_FULL_RANGE = 0x7fff;
/** The largest fractional-second precision of time, timestamp and interval; larger ones are reduced to it (with a warning). */
const MAX_SECOND_PRECISION = 6;

function clampPrecision(p: string): string {
  return /^\d+$/.test(p) && Number(p) > MAX_SECOND_PRECISION ? String(MAX_SECOND_PRECISION) : p;
}

/**
 * The modifiers pg_attribute stores, as format_type prints them: `char` = `character(1)` (bare
 * `bpchar` is unlimited: no modifier), `numeric(p)` = `numeric(p,0)`, precisions above 6 of
 * time, timestamp and interval reduced to 6, the interval typmod list of the grammar
 * (`[fields bits]`, `[fields bits, precision]`, `[0x7FFF, precision]` for `interval(p)`) as fields and precision.
 */
function canonicalMods(t: TypeRef, written: string): TypeRef {
  if (t.name === 'character' && t.mods.length === 0 && written !== 'bpchar') return { ...t, mods: ['1'] };
  if (t.name === 'numeric' && t.mods.length === 1) return { ...t, mods: [t.mods[0]!, '0'] };
  if (MOD_INSIDE.test(t.name) && t.mods.length === 1) return { ...t, mods: [clampPrecision(t.mods[0]!)] };
  if (t.name === 'interval' && t.mods.length) return { ...t, mods: intervalMods(t.mods) };
  return t;
}

function intervalMods(raw: string[]): string[] {
  // already canonical (a TypeRef's mods fed back), or not the grammar's numbers: keep
  if (!raw.every((m) => /^\d+$/.test(m))) return raw;
  const range = Number(raw[0]);
  const fields = range === INTERVAL_FULL_RANGE ? undefined : INTERVAL_FIELDS[range];
  if (range !== INTERVAL_FULL_RANGE && !fields) return raw;
  const precision = raw.length > 1 ? clampPrecision(raw[1]!) : undefined;
  return [...(fields ? [fields] : []), ...(precision !== undefined ? [precision] : [])];
}

/** `interval` with its modifiers: `interval(3)`, `interval year to month`, `interval day to second(3)`. */
function intervalSql(mods: string[]): string {
  const [first, second] = mods;
  if (first === undefined) return 'interval';
  if (INTERVAL_FIELD_FORMS.has(first)) return `interval ${first}${second !== undefined ? `(${second})` : ''}`;
  return `interval(${mods.join(',')})`;
}

/** SQL text of a canonical type, as format_type prints it. */
export function typeToSql(t: TypeRef, quoteName: (schema: string | undefined, name: string) => string = qualified): string {
  const mods = t.mods.length ? `(${t.mods.join(',')})` : '';
  let base: string;
  if (!t.schema && (DISPLAY[t.name] || BUILTIN_TYPES.has(t.name))) {
    const m = MOD_INSIDE.exec(t.name);
    if (m && mods) base = `${m[1]}${mods} ${m[2]} time zone`;
    else if (t.name === 'interval') base = intervalSql(t.mods);
    // without a length, `character` and `bit` mean length 1: the unlimited types print as format_type prints them
    else if (t.name === 'character' && !mods) base = 'bpchar';
    else if (t.name === 'bit' && !mods) base = '"bit"';
    else base = `${t.name}${mods}`;
  } else {
    base = `${quoteName(t.schema, t.name)}${mods}`;
  }
  return base + '[]'.repeat(t.arrayDims);
}

/** A comparison key: equal keys mean the same type. Array dimensions collapse (PostgreSQL ignores them). */
export function typeKey(t: TypeRef): string {
  return `${t.schema ?? ''}.${t.name}(${t.mods.join(',')})${t.arrayDims > 0 ? '[]' : ''}`;
}

export function sameType(a: TypeRef, b: TypeRef): boolean {
  return typeKey(a) === typeKey(b);
}

const STRINGISH = new Set(['text', 'character varying', 'character', 'name']);
const INTS = ['smallint', 'integer', 'bigint'];

/**
 * Can `from` be assigned to `to` in ALTER COLUMN TYPE without a USING clause?
 * (PostgreSQL needs an assignment cast; e.g. text → integer needs USING.)
 */
export function assignableWithoutUsing(from: TypeRef, to: TypeRef): boolean {
  if (from.arrayDims !== to.arrayDims) return false;
  if (from.schema || to.schema) return typeKey({ ...from, mods: [] }) === typeKey({ ...to, mods: [] });
  const f = from.name;
  const t = to.name;
  if (f === t) return true;
  if (STRINGISH.has(t)) return true; // everything has an assignment cast to text types
  if (STRINGISH.has(f) && STRINGISH.has(t)) return true;
  const numeric = [...INTS, 'numeric', 'real', 'double precision'];
  if (numeric.includes(f) && numeric.includes(t)) return true;
  if (f.startsWith('timestamp') && t.startsWith('timestamp')) return true;
  if (f === 'date' && t.startsWith('timestamp')) return true;
  if (f.startsWith('time ') && t.startsWith('time ')) return true;
  if (f === 'json' && t === 'jsonb') return false;
  if ((f === 'bit' || f === 'bit varying') && (t === 'bit' || t === 'bit varying')) return true;
  return false;
}
