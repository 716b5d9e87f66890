/** CREATE AGGREGATE's old syntax and its option checks, array types by their internal `_name`, a polymorphic parameter's NULL default (checked on PG 15). */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { diff } from '../../lib/diff/diff.js';
import { bindSql } from '../helpers/golden.js';

const found = (r: { diagnostics: { severity: string; message: string }[] }, severity: string) => r.diagnostics.filter((d) => d.severity === severity).map((d) => d.message);

test('old syntax: BASETYPE is the one argument, ANY (any case, quoted or not) none; SFUNC1 / STYPE1 / INITCOND1 are SFUNC / STYPE / INITCOND', async () => {
  const r = await bindSql(`
    CREATE AGGREGATE a1 (basetype = 'ANY', sfunc1 = int8inc, stype1 = int8, initcond1 = '0');
    CREATE AGGREGATE a2 (basetype = any, sfunc = int8inc, stype = int8, initcond = 0);
    CREATE AGGREGATE a3 (basetype = 'int4', sfunc = 'int4pl', stype = _int8, sspace = 0);
    CREATE AGGREGATE a4 (basetype = int4[], sfunc = array_cat, stype = int4[]);`);
  assert.equal(r.diagnostics, []);
  const agg = (k: string) => r.catalog.functions.get(k)?.aggregate?.options;
  assert.equal(agg('public.a1()'), [['initcond', '0'], ['sfunc', 'int8inc'], ['stype', 'bigint']]);
  assert.equal(agg('public.a2()'), agg('public.a1()'));
  assert.equal(agg('public.a3(integer)'), [['sfunc', 'int4pl'], ['stype', 'bigint[]']]);
  assert.ok(agg('public.a4(integer[])'));
});

test('old and new syntax of the same aggregate are equal; SORTOP = > is OPERATOR(pg_catalog.>), a user operator is found in its schema', async () => {
  const ops = `CREATE FUNCTION gt(integer, integer) RETURNS boolean LANGUAGE sql AS 'SELECT $1 > $2';
    CREATE OPERATOR >>> (LEFTARG = integer, RIGHTARG = integer, FUNCTION = gt);`;
  const old = await bindSql(`${ops}
    CREATE AGGREGATE m (basetype = int4, sfunc = int4larger, stype = int4, sortop = >);
    CREATE AGGREGATE u (basetype = int4, sfunc = int4larger, stype = int4, sortop = >>>);`);
  const dumped = await bindSql(`${ops}
    CREATE AGGREGATE public.m(integer) (SFUNC = int4larger, STYPE = integer, SORTOP = OPERATOR(pg_catalog.>), PARALLEL = UNSAFE);
    CREATE AGGREGATE public.u(integer) (SFUNC = pg_catalog.int4larger, STYPE = integer, SORTOP = OPERATOR(public.>>>));`);
  assert.equal([...old.diagnostics, ...dumped.diagnostics], []);
  assert.equal(old.catalog.functions.get('public.u(integer)')!.aggregate!.options.find(([k]) => k === 'sortop'), ['sortop', 'public.>>>']);
  assert.equal(diff(old.catalog, dumped.catalog).map((c) => c.kind), []);
});

test('refused as PostgreSQL refuses them: BASETYPE with an argument list, no BASETYPE in the old syntax, no SFUNC or STYPE; an unknown (or quoted upper-case) option is ignored with a warning', async () => {
  const r = await bindSql(`
    CREATE AGGREGATE b1 (int4) (basetype = int4, sfunc = int4pl, stype = int4);
    CREATE AGGREGATE b2 (sfunc = int4pl, stype = int4);
    CREATE AGGREGATE b3 (basetype = int4, "SFUNC" = int4pl, stype = int4);
    CREATE AGGREGATE b4 (int4) (sfunc = int4pl);
    CREATE AGGREGATE b5 (basetype = int4, sfunc = int4pl, stype = int4, bogus = 1);`);
  assert.equal(found(r, 'error'), [
    'basetype is redundant with aggregate input type specification',
    'aggregate input type must be specified',
    'aggregate sfunc must be specified',
    'aggregate stype must be specified',
  ]);
  assert.equal(found(r, 'warning'), ['aggregate attribute "SFUNC" not recognized (PostgreSQL ignores it)', 'aggregate attribute "bogus" not recognized (PostgreSQL ignores it)']);
  assert.ok(r.catalog.functions.get('public.b5(integer)'));
});

test('`_name` is the array type of name: builtins and the catalogue\'s types, unless a type is itself called so', async () => {
  const a = await bindSql(`CREATE TYPE mood AS ENUM ('a'); CREATE TYPE _own AS ENUM ('x');
    CREATE TABLE t (a _int8, b _text, c _mood, d "_int4", e _own, f _varchar(3));`);
  const b = await bindSql(`CREATE TYPE mood AS ENUM ('a'); CREATE TYPE _own AS ENUM ('x');
    CREATE TABLE t (a bigint[], b text[], c mood[], d integer[], e _own, f varchar(3)[]);`);
  assert.equal([...a.diagnostics, ...b.diagnostics], []);
  assert.equal(diff(a.catalog, b.catalog).map((c) => c.kind), []);
});

test('a polymorphic parameter\'s DEFAULT NULL is pg_dump\'s NULL::unknown; a coerced one keeps its type', async () => {
  const a = await bindSql(`CREATE FUNCTION f(a anyelement, b anyelement = NULL, c anyarray = NULL) RETURNS int LANGUAGE sql AS 'SELECT 1';`);
  const b = await bindSql(`CREATE FUNCTION public.f(a anyelement, b anyelement DEFAULT NULL::unknown, c anyarray DEFAULT NULL::anyarray) RETURNS integer LANGUAGE sql AS $$SELECT 1$$;`);
  const c = await bindSql(`CREATE FUNCTION public.f(a anyelement, b anyelement DEFAULT NULL::integer, c anyarray DEFAULT NULL::anyarray) RETURNS integer LANGUAGE sql AS $$SELECT 1$$;`);
  assert.equal(diff(a.catalog, b.catalog).map((x) => x.kind), []);
  assert.equal(diff(a.catalog, c.catalog).map((x) => x.kind), ['replace_function']);
});

test.run();
