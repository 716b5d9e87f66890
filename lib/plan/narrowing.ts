/**
 * What a column type change does to values that do not fit the new type. ALTER COLUMN … TYPE
 * converts every row with the assignment cast (PostgreSQL 15): a narrower integer, a shorter
 * length or a smaller numeric precision fails on a value that does not fit (22003, 22001); a
 * smaller scale, fewer fractional-second digits or a floating-point type round silently; a time
 * zone change converts with the session's TimeZone. These are hazards of the change, next to its
 * table rewrite: the reviewer learns that the migration can fail on data, or change it.
 */
import type { TypeRef } from '../catalog/model/base.js';
import type { Hazard } from '../diff/change.js';
import { typeToSql } from '../catalog/query/types.js';

const INTEGER_RANK: Record<string, number> = { smallint: 1, integer: 2, bigint: 3 };
const FLOAT_DIGITS: Record<string, number> = { real: 6, 'double precision': 15 };
/** Types whose modifier is a maximum length in characters (bits for bit varying). */
const MAX_LENGTH = new Set(['character varying', 'character', 'bit varying']);
const UNLIMITED_TEXT = new Set(['text', 'character varying', 'character']);
const FRACTIONAL_SECONDS = new Set(['timestamp without time zone', 'timestamp with time zone', 'time without time zone', 'time with time zone', 'interval']);
const TIMESTAMPS = new Set(['timestamp without time zone', 'timestamp with time zone']);

/** A numeric's precision and scale, undefined when unconstrained (`numeric(p)` is scale 0). */
function numericMods(t: TypeRef): { precision: number; scale: number } | undefined {
  if (t.name !== 'numeric' || !t.mods.length) return undefined;
  return { precision: Number(t.mods[0]), scale: Number(t.mods[1] ?? 0) };
}

/** Digits before the decimal point the type can hold (Infinity when unlimited). */
function integerDigits(t: TypeRef): number {
  if (t.name in INTEGER_RANK) return [0, 4, 9, 18][INTEGER_RANK[t.name]!]!;
  const n = numericMods(t);
  return n ? n.precision - n.scale : Infinity;
}

/** Decimal digits a value of the type can carry (Infinity for an unconstrained numeric). */
function significantDigits(t: TypeRef): number {
  if (t.name in INTEGER_RANK) return [0, 5, 10, 19][INTEGER_RANK[t.name]!]!;
  if (t.name in FLOAT_DIGITS) return FLOAT_DIGITS[t.name]!;
  return numericMods(t)?.precision ?? Infinity;
}

/** An interval's fields, coarsest first: a restriction keeps them down to its last field. */
const INTERVAL_UNITS = ['year', 'month', 'day', 'hour', 'minute', 'second'];

/** The finest field an interval type keeps and its fractional-second digits (`interval(3)`: second, 3). */
function intervalFinest(t: TypeRef): [string, number] {
  const fields = t.mods.find((m) => !/^\d+$/.test(m));
  const precision = t.mods.find((m) => /^\d+$/.test(m));
  return [fields ? fields.split(' ').pop()! : 'second', precision === undefined ? 6 : Number(precision)];
}

const plural = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

const length = (t: TypeRef): number | undefined => (t.mods.length ? Number(t.mods[0]) : undefined);

/** may-fail / changes-data hazards of changing `column` from `from` to `to` (none for a widening change). */
export function narrowingHazards(from: TypeRef, to: TypeRef, column: string): Hazard[] {
  if (from.arrayDims !== to.arrayDims || from.schema || to.schema) return [];
  const out: Hazard[] = [];
  const fails = (why: string) => out.push({ kind: 'may-fail', message: `values of ${column} ${why} make the type change fail` });
  const changes = (what: string) => out.push({ kind: 'changes-data', message: `the type change ${what}` });
  const f = from.name;
  const t = to.name;
  const numericLike = (n: string) => n in INTEGER_RANK || n === 'numeric' || n in FLOAT_DIGITS;

  if (numericLike(f) && numericLike(t)) {
    // integer digits: an integer type, numeric(p, s) or a float (unbounded here: a float's range is checked by the cast)
    const fromDigits = f in FLOAT_DIGITS ? Infinity : integerDigits(from);
    const toDigits = t in FLOAT_DIGITS ? Infinity : integerDigits(to);
    if (toDigits < fromDigits) fails(`outside the range of ${typeToSql(to)}`);
    const fromScale = f in INTEGER_RANK ? 0 : f === 'numeric' ? (numericMods(from)?.scale ?? Infinity) : Infinity;
    const toScale = t in INTEGER_RANK ? 0 : t === 'numeric' ? (numericMods(to)?.scale ?? Infinity) : Infinity;
    if (toScale < fromScale) changes(`rounds ${column} to ${toScale === 0 ? 'whole numbers' : `${toScale} decimal places`}`);
    const toFloat = FLOAT_DIGITS[t];
    if (toFloat !== undefined && significantDigits(from) > toFloat) {
      changes(`keeps about ${toFloat} significant digits of ${column} (${typeToSql(to)}): longer values are rounded`);
    }
    return out;
  }
  if (UNLIMITED_TEXT.has(f) && MAX_LENGTH.has(t) && t !== 'bit varying') {
    const max = length(to);
    const had = f === 'text' ? undefined : length(from);
    if (max !== undefined && (had === undefined || max < had)) fails(`longer than ${plural(max, 'character')}`);
    return out;
  }
  if ((f === 'bit' || f === 'bit varying') && (t === 'bit' || t === 'bit varying')) {
    const had = length(from);
    const max = length(to) ?? (t === 'bit' ? 1 : undefined);
    if (t === 'bit' && max !== had) fails(`whose length is not ${plural(max!, 'bit')}`);
    else if (max !== undefined && (had === undefined || max < had)) fails(`longer than ${plural(max, 'bit')}`);
    return out;
  }
  if (f === 'interval' && t === 'interval') {
    // a field restriction keeps the fields down to its last one (`day to hour` zeroes minutes and seconds)
    const [fromField, had] = intervalFinest(from);
    const [toField, digits] = intervalFinest(to);
    if (INTERVAL_UNITS.indexOf(toField) < INTERVAL_UNITS.indexOf(fromField)) changes(`truncates ${column} to whole ${toField}s`);
    else if (toField === 'second' && digits < had) changes(`rounds the fractional seconds of ${column} to ${plural(digits, 'digit')}`);
    return out;
  }
  if (FRACTIONAL_SECONDS.has(f) && FRACTIONAL_SECONDS.has(t)) {
    const had = length(from) ?? 6;
    const digits = length(to) ?? 6;
    if (TIMESTAMPS.has(f) && TIMESTAMPS.has(t) && f !== t) changes(`converts the values of ${column} through the session's TimeZone setting`);
    if (f === t || (TIMESTAMPS.has(f) && TIMESTAMPS.has(t))) {
      if (digits < had) changes(`rounds the fractional seconds of ${column} to ${plural(digits, 'digit')}`);
    }
    return out;
  }
  if (TIMESTAMPS.has(f) && t === 'date') changes(`drops the time of day of ${column}`);
  return out;
}
