/** Hazards of narrowing column type changes (lib/plan/narrowing.ts); each verdict checked with ALTER COLUMN … TYPE on PostgreSQL 15. */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { TypeRef } from '../../lib/catalog/model/base.js';
import { narrowingHazards } from '../../lib/plan/narrowing.js';

const ty = (name: string, ...mods: (string | number)[]): TypeRef => ({ name, mods: mods.map(String), arrayDims: 0 });
const kinds = (from: TypeRef, to: TypeRef) => narrowingHazards(from, to, 'c').map((h) => h.kind).sort();

test('integers and numerics: out of range fails, a smaller scale rounds, widening is silent', () => {
  assert.equal(kinds(ty('bigint'), ty('integer')), ['may-fail']);
  assert.equal(kinds(ty('integer'), ty('smallint')), ['may-fail']);
  assert.equal(kinds(ty('smallint'), ty('bigint')), []);
  assert.equal(kinds(ty('numeric'), ty('numeric', 5)), ['changes-data', 'may-fail']); // 3.7 -> 4; 123456 fails
  assert.equal(kinds(ty('numeric', 7, 3), ty('numeric', 5, 1)), ['changes-data']); // 1234.567 -> 1234.6
  assert.equal(kinds(ty('numeric', 7, 3), ty('numeric', 5, 3)), ['may-fail']); // numeric field overflow
  assert.equal(kinds(ty('numeric', 5, 0), ty('numeric', 5)), []);
  assert.equal(kinds(ty('integer'), ty('numeric', 12, 2)), []);
  assert.equal(kinds(ty('integer'), ty('numeric', 6, 2)), ['may-fail']);
  assert.equal(kinds(ty('numeric', 10, 2), ty('integer')), ['changes-data']); // 8 integer digits fit, the decimals round
  assert.equal(kinds(ty('numeric'), ty('bigint')), ['changes-data', 'may-fail']);
});

test('floating point keeps 6 (real) or 15 (double precision) significant digits', () => {
  assert.equal(kinds(ty('double precision'), ty('real')), ['changes-data']);
  assert.equal(kinds(ty('integer'), ty('real')), ['changes-data']); // 16777217 -> 1.6777216e+07
  assert.equal(kinds(ty('integer'), ty('double precision')), []);
  assert.equal(kinds(ty('bigint'), ty('double precision')), ['changes-data']);
  assert.equal(kinds(ty('smallint'), ty('real')), []);
  assert.equal(kinds(ty('real'), ty('double precision')), []);
  assert.equal(kinds(ty('real'), ty('integer')), ['changes-data', 'may-fail']); // rounds to whole numbers; 1e20 is out of range
});

test('lengths: a shorter maximum fails on longer values; bit(n) needs the exact length', () => {
  assert.equal(kinds(ty('character varying', 10), ty('character varying', 3)), ['may-fail']);
  assert.equal(kinds(ty('text'), ty('character varying', 3)), ['may-fail']);
  assert.equal(kinds(ty('character', 5), ty('character', 3)), ['may-fail']); // value too long for type character(3)
  assert.equal(kinds(ty('character varying', 3), ty('character varying', 10)), []);
  assert.equal(kinds(ty('character varying', 3), ty('text')), []);
  assert.equal(kinds(ty('bit', 2), ty('bit', 3)), ['may-fail']); // bit string length 2 does not match type bit(3)
  assert.equal(kinds(ty('bit varying', 5), ty('bit varying', 2)), ['may-fail']);
  assert.equal(kinds(ty('bit varying', 2), ty('bit varying', 5)), []);
});

test('times: fewer fractional digits round, a time zone change converts, a date drops the time', () => {
  assert.equal(kinds(ty('timestamp without time zone', 6), ty('timestamp without time zone', 2)), ['changes-data']);
  assert.equal(kinds(ty('timestamp without time zone'), ty('timestamp without time zone', 3)), ['changes-data']);
  assert.equal(kinds(ty('timestamp without time zone', 3), ty('timestamp without time zone')), []);
  assert.equal(kinds(ty('timestamp without time zone'), ty('timestamp with time zone')), ['changes-data']);
  assert.equal(kinds(ty('timestamp with time zone'), ty('date')), ['changes-data']);
  assert.equal(kinds(ty('date'), ty('timestamp without time zone')), []);
  // interval fields: `interval '1 day 04:05:06'` as `interval day to hour` is `1 day 04:00:00`
  assert.equal(kinds(ty('interval'), ty('interval', 'day to hour')), ['changes-data']);
  assert.equal(kinds(ty('interval', 'day to hour'), ty('interval', 'day to minute')), []);
  assert.equal(kinds(ty('interval', 'year to month'), ty('interval')), []);
  assert.equal(kinds(ty('interval'), ty('interval', 'day to second', 3)), ['changes-data']);
  assert.equal(kinds(ty('interval', 2), ty('interval', 6)), []);
  assert.equal(kinds(ty('interval', 'second', 3), ty('interval', 'minute to second', 3)), []);
});

test('arrays and user types: compared only when both sides are the same kind of built-in', () => {
  assert.equal(kinds({ ...ty('bigint'), arrayDims: 1 }, ty('integer')), []);
  assert.equal(kinds({ ...ty('bigint'), arrayDims: 1 }, { ...ty('integer'), arrayDims: 1 }), ['may-fail']);
  assert.equal(kinds({ ...ty('mytype'), schema: 'public' }, ty('integer')), []);
  assert.equal(kinds(ty('text'), ty('integer')), []);
});

test.run();
