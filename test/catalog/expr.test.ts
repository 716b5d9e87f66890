/**
 * Expression normalisation: a hand-written expression and the form pg_dump prints for it
 * (PostgreSQL 15's pg_get_expr / pg_get_constraintdef output) compare equal; expressions PostgreSQL
 * stores differently do not. Each pair is checked in the position it occurs in (a column default,
 * a CHECK constraint, an index), so column types are known as they are in the catalogue.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { initParser, parseFile } from '../../lib/parse/parse.js';
import { bind } from '../../lib/catalog/bind.js';
import { diff } from '../../lib/diff/diff.js';

const COLUMNS = `n numeric, i int, b bigint, r real, d double precision, v varchar(10), t text, bo boolean,
  ts timestamptz, iv interval, arr text[], j jsonb, c char(3), vl varchar(255)`;

async function changes(a: string, b: string): Promise<string[]> {
  await initParser();
  const cat = (sql: string) => {
    const r = bind([parseFile({ path: 'x.sql', text: sql })]);
    const errors = r.diagnostics.filter((d) => d.severity === 'error');
    assert.equal(errors.map((e) => e.message), [], sql);
    return r.catalog;
  };
  return diff(cat(a), cat(b)).map((c) => c.kind);
}

const check = (e: string) => `CREATE TABLE e (${COLUMNS}, CONSTRAINT k CHECK (${e}));`;
const dflt = (col: string, type: string, e: string) => `CREATE TABLE e (${col} ${type} DEFAULT ${e});`;
const index = (e: string) => `CREATE TABLE e (${COLUMNS});\nCREATE INDEX ix ON e ${e};`;

// [hand-written, pg_dump]
const SAME_CHECK: [string, string][] = [
  ['n > 0', '(n > (0)::numeric)'],
  ['d > 0', '(d > (0)::double precision)'],
  ['r > 0', '(r > (0)::double precision)'],
  ['b > 3000000000', "(b > '3000000000'::bigint)"],
  ['i > -1', "(i > '-1'::integer)"],
  ["v IN ('a', 'b')", "((v)::text = ANY ((ARRAY['a'::character varying, 'b'::character varying])::text[]))"],
  ["t IN ('a', 'b')", "(t = ANY (ARRAY['a'::text, 'b'::text]))"],
  ["t NOT IN ('a', 'b')", "(t <> ALL (ARRAY['a'::text, 'b'::text]))"],
  ["v = 'x'", "((v)::text = 'x'::text)"],
  ['n BETWEEN 1 AND 2', '((n >= (1)::numeric) AND (n <= (2)::numeric))'],
  ["t LIKE 'a%'", "(t ~~ 'a%'::text)"],
  ["v LIKE 'a%'", "((v)::text ~~ 'a%'::text)"],
  ['length(v) > 1', '(length((v)::text) > 1)'],
  ["upper(v) = 'A'", "(upper((v)::text) = 'A'::text)"],
  ["coalesce(v, '') <> ''", "((COALESCE(v, ''::character varying))::text <> ''::text)"],
  ['n IN (1, 2)', 'n = ANY (ARRAY[(1)::numeric, (2)::numeric])'],
  ["n > '1'", "(n > '1'::numeric)"],
  ["n = numeric '1'", "(n = '1'::numeric)"],
  ['n > 1.5', '(n > 1.5)'],
  ['bo = true', '(bo = true)'],
  ['(i > 0 AND i < 10) AND b > 0', '((i > 0) AND (i < 10) AND (b > 0))'],
  ["ts > now() - interval '1 day'", "(ts > (now() - '1 day'::interval))"],
  ['n * 2 > 1', '((n * (2)::numeric) > (1)::numeric)'],
  // no integer-with-numeric operator: PostgreSQL casts the integer column too
  ['i / 2::numeric > 1', '(((i)::numeric / (2)::numeric) > (1)::numeric)'],
  ['i / 2::numeric > 1', 'i::numeric / 2 > 1'],
  ['i * 1.5::double precision > d', '(((i)::double precision * (1.5)::double precision) > d)'],
  ['i + 2::bigint > 1', '((i + (2)::bigint) > 1)'],
  ['b + 2::bigint > 1', '((b + 2) > 1)'],
];

for (const [a, b] of SAME_CHECK) {
  test(`CHECK ${a} ≡ ${b}`, async () => {
    assert.equal(await changes(check(a), check(b)), []);
  });
}

// PostgreSQL stores these differently (pg_get_constraintdef prints them differently)
const DIFFERENT_CHECK: [string, string][] = [
  ['n > 1', 'n > 2'],
  ["t IN ('a', 'b')", "t IN ('a', 'c')"],
  ["t IN ('a', 'b')", "t NOT IN ('a', 'b')"],
  ["now() AT TIME ZONE 'utc' > ts", "timezone('utc', now()) > ts"],
  ['i > 1', 'i >= 1'],
  // integer division against numeric division
  ['i / 2 > 1', 'i / 2::numeric > 1'],
  ['i / 2 > 1', '(((i)::numeric / (2)::numeric) > (1)::numeric)'],
  // integer arithmetic against bigint arithmetic (int4 + int8 has an operator of its own)
  ['i + 2 > 1', 'i + 2::bigint > 1'],
];

for (const [a, b] of DIFFERENT_CHECK) {
  test(`CHECK ${a} ≠ ${b}`, async () => {
    assert.equal(await changes(check(a), check(b)), ['drop_constraint', 'add_constraint']);
  });
}

// [column, type, hand-written default, pg_dump default]
const SAME_DEFAULT: [string, string, string][] = [
  ['integer', '-1', "'-1'::integer"],
  ['integer', "'5'", '5'],
  ['bigint', "'2'", "'2'::bigint"],
  ['bigint', '3000000000', "'3000000000'::bigint"],
  ['numeric', '1.5', "'1.5'::numeric"],
  ['numeric', '.5', '0.5'],
  ['boolean', "'t'", 'true'],
  ['varchar(10)', "'x'", "'x'::character varying"],
  ['text', "'x'", "'x'::text"],
  ['text[]', "'{}'", "'{}'::text[]"],
  ['jsonb', "'{}'", "'{}'::jsonb"],
  ['char(3)', "'ab'", "'ab'::bpchar"],
  ['varchar(255)', 'NULL', 'NULL::character varying'],
  ['interval', "'1 day'", "'1 day'::interval"],
  ['timestamptz', 'pg_catalog.now()', 'now()'],
  ['timestamp', "(now() AT TIME ZONE 'utc')", "(now() AT TIME ZONE 'utc'::text)"],
];

for (const [type, a, b] of SAME_DEFAULT) {
  test(`${type} DEFAULT ${a} ≡ ${b}`, async () => {
    assert.equal(await changes(dflt('c', type, a), dflt('c', type, b)), []);
  });
}

// stored differently: '2'::bigint is an int8 constant, 2 an int4 constant cast implicitly
const DIFFERENT_DEFAULT: [string, string, string][] = [
  ['bigint', '2', "'2'::bigint"],
  ['numeric', '1', "'1'::numeric"],
  ['interval', "'1'", "interval '1' day"],
  ['timestamp', "(now() AT TIME ZONE 'utc')", "timezone('utc', now())"],
  ['text', "'a'", "'b'"],
];

for (const [type, a, b] of DIFFERENT_DEFAULT) {
  test(`${type} DEFAULT ${a} ≠ ${b}`, async () => {
    assert.equal(await changes(dflt('c', type, a), dflt('c', type, b)), ['set_default']);
  });
}

test('DEFAULT NULL is no default unless the type has a modifier', async () => {
  assert.equal(await changes(dflt('c', 'text', 'NULL'), 'CREATE TABLE e (c text);'), []);
  assert.equal(await changes(dflt('c', 'varchar', 'NULL::varchar'), 'CREATE TABLE e (c varchar);'), []);
  assert.equal(await changes(dflt('c', 'varchar(255)', 'NULL'), 'CREATE TABLE e (c varchar(255));'), ['drop_default']);
  assert.equal(await changes(dflt('c', 'integer', 'NULL::bigint'), 'CREATE TABLE e (c integer);'), ['drop_default']);
});

const SAME_INDEX: [string, string][] = [
  ['(lower(v))', 'USING btree (lower((v)::text))'],
  ['(i int4_ops)', 'USING btree (i)'],
  ['USING gin (j jsonb_ops)', 'USING gin (j)'],
  ["(i) WHERE v IN ('a', 'b')", "USING btree (i) WHERE ((v)::text = ANY ((ARRAY['a'::character varying, 'b'::character varying])::text[]))"],
  ['(i) WITH (fillfactor = 70)', "USING btree (i) WITH (fillfactor='70')"],
];

for (const [a, b] of SAME_INDEX) {
  test(`INDEX ${a} ≡ ${b}`, async () => {
    assert.equal(await changes(index(a), index(b)), []);
  });
}

test('index storage parameters and non-default opclasses count', async () => {
  assert.equal(await changes(index('(i) WITH (fillfactor = 70)'), index('(i) WITH (fillfactor = 80)')), ['drop_index', 'create_index']);
  assert.equal(await changes(index('(i)'), index('(i) WITH (fillfactor = 80)')), ['drop_index', 'create_index']);
  assert.equal(await changes(index('(t)'), index('(t text_pattern_ops)')), ['drop_index', 'create_index']);
});

test.run();
