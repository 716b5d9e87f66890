/** SUPPORT of CREATE / ALTER FUNCTION and ordered-set aggregates in the catalogue, replayed as PostgreSQL does (checked on PG 15). */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { bindSql, replaySql } from '../helpers/golden.js';

const errors = (r: { diagnostics: { severity: string; code: string }[] }) => r.diagnostics.filter((d) => d.severity === 'error').map((d) => d.code);
const messages = (r: { diagnostics: { severity: string; message: string }[] }) => r.diagnostics.filter((d) => d.severity === 'error').map((d) => d.message);

const SUPPORT = `CREATE SCHEMA aid;
  CREATE FUNCTION aid.sup(internal) RETURNS internal LANGUAGE internal STRICT AS 'textlike_support';
  CREATE FUNCTION sup(internal) RETURNS internal LANGUAGE internal STRICT AS 'generate_series_int4_support';`;

test('SUPPORT is found as name(internal) through the search path; bind finds one written later; no warning', async () => {
  const r = await bindSql(`
    CREATE FUNCTION f(x text) RETURNS text LANGUAGE sql SUPPORT later AS 'SELECT x';
    CREATE FUNCTION g(x text) RETURNS text LANGUAGE sql SUPPORT aid.sup AS 'SELECT x';
    CREATE FUNCTION later(internal) RETURNS internal LANGUAGE internal AS 'textlike_support';
    ${SUPPORT}`);
  assert.equal(r.diagnostics, []);
  assert.equal(r.catalog.functions.get('public.f(text)')!.support, { schema: 'public', name: 'later' });
  assert.equal(r.catalog.functions.get('public.g(text)')!.support, { schema: 'aid', name: 'sup' });
});

test('SUPPORT naming no function, or one not returning internal, is refused as PostgreSQL refuses it', async () => {
  const r = await replaySql(SUPPORT, [{ path: 'm.sql', text: `
    CREATE FUNCTION bad(internal) RETURNS text LANGUAGE internal STRICT AS 'textout';
    CREATE FUNCTION f(x text) RETURNS text LANGUAGE sql SUPPORT nosuch AS 'SELECT x';
    CREATE FUNCTION g(x text) RETURNS text LANGUAGE sql SUPPORT bad AS 'SELECT x';` }]);
  assert.equal(messages(r), ['function nosuch(internal) does not exist', 'support function bad must return type internal']);
  const b = await bindSql(`CREATE FUNCTION f(x text) RETURNS text LANGUAGE sql SUPPORT nosuch AS 'SELECT x';`);
  assert.equal(errors(b), ['missing-object']);
});

test('ALTER FUNCTION … SUPPORT sets it, CREATE OR REPLACE without SUPPORT clears it; the support function cannot be dropped under it and a rename carries', async () => {
  const schema = `${SUPPORT} CREATE FUNCTION f(x text) RETURNS text LANGUAGE sql AS 'SELECT x';`;
  const altered = await replaySql(schema, [{ path: 'm.sql', text: 'ALTER FUNCTION f(text) SUPPORT aid.sup;' }]);
  assert.equal(altered.catalog.functions.get('public.f(text)')!.support, { schema: 'aid', name: 'sup' });
  const cleared = await replaySql(schema, [{ path: 'm.sql', text: `ALTER FUNCTION f(text) SUPPORT sup; CREATE OR REPLACE FUNCTION f(x text) RETURNS text LANGUAGE sql AS 'SELECT x';` }]);
  assert.is(cleared.catalog.functions.get('public.f(text)')!.support, undefined);
  const blocked = await replaySql(schema, [{ path: 'm.sql', text: 'ALTER FUNCTION f(text) SUPPORT sup; DROP FUNCTION sup(internal);' }]);
  assert.equal(errors(blocked), ['dependent-objects']);
  const renamed = await replaySql(schema, [{ path: 'm.sql', text: 'ALTER FUNCTION f(text) SUPPORT sup; ALTER FUNCTION sup(internal) RENAME TO sup2;' }]);
  assert.equal(renamed.catalog.functions.get('public.f(text)')!.support, { schema: 'public', name: 'sup2' });
});

const STEPS = `
  CREATE FUNCTION tr(internal, VARIADIC "any") RETURNS internal LANGUAGE internal AS 'ordered_set_transition_multi';
  CREATE FUNCTION fin(internal, VARIADIC "any") RETURNS bigint LANGUAGE internal AS 'hypothetical_rank_final';
  CREATE FUNCTION tr1(internal, float8) RETURNS internal LANGUAGE internal AS 'ordered_set_transition';
  CREATE FUNCTION fin1(internal, float8) RETURNS float8 LANGUAGE internal AS 'percentile_disc_final';`;

test('ordered-set aggregates: pg_proc identity (a VARIADIC direct argument is one with the ORDER BY one), direct count, defaults left out', async () => {
  const r = await bindSql(`${STEPS}
    CREATE AGGREGATE a(ORDER BY VARIADIC "any") (SFUNC = tr, STYPE = internal, FINALFUNC = fin, FINALFUNC_EXTRA);
    CREATE AGGREGATE h(VARIADIC "any" ORDER BY VARIADIC "any") (SFUNC = tr, STYPE = internal, FINALFUNC = fin, FINALFUNC_EXTRA = true, HYPOTHETICAL);
    CREATE AGGREGATE p(float8 ORDER BY float8) (SFUNC = tr1, STYPE = internal, FINALFUNC = fin1, FINALFUNC_MODIFY = READ_WRITE, HYPOTHETICAL = false);`);
  assert.equal(r.diagnostics, []);
  const agg = (k: string) => r.catalog.functions.get(k)!.aggregate;
  assert.equal(agg('public.a("any")'), { direct: 0, options: [['finalfunc', 'public.fin'], ['finalfunc_extra', 'true'], ['sfunc', 'public.tr'], ['stype', 'internal']] });
  assert.equal(agg('public.h("any")')!.direct, 1);
  assert.equal(agg('public.h("any")')!.options.find(([k]) => k === 'hypothetical'), ['hypothetical', 'true']);
  assert.equal(agg('public.p(double precision, double precision)'), { direct: 1, options: [['finalfunc', 'public.fin1'], ['sfunc', 'public.tr1'], ['stype', 'internal']] });
});

test('ordered-set aggregates: COMMENT and DROP in the ORDER BY form find them; a plain one with the same argument types is the same pg_proc entry; HYPOTHETICAL needs ORDER BY', async () => {
  const schema = `${STEPS} CREATE AGGREGATE p(float8 ORDER BY float8) (SFUNC = tr1, STYPE = internal, FINALFUNC = fin1);`;
  const r = await replaySql(schema, [{ path: 'm.sql', text: `
    COMMENT ON AGGREGATE p(double precision ORDER BY double precision) IS 'pct';
    CREATE FUNCTION tr2(internal, float8, float8) RETURNS internal LANGUAGE internal AS 'ordered_set_transition';
    CREATE FUNCTION fin2(internal) RETURNS float8 LANGUAGE internal AS 'percentile_disc_final';
    CREATE AGGREGATE p(float8, float8) (SFUNC = tr2, STYPE = internal, FINALFUNC = fin2);
    CREATE AGGREGATE x(float8) (SFUNC = tr1, STYPE = internal, FINALFUNC = fin1, HYPOTHETICAL);` }]);
  assert.equal(errors(r), ['duplicate-object', 'invalid-definition']);
  assert.is(r.catalog.functions.get('public.p(double precision, double precision)')!.comment, 'pct');
  const dropped = await replaySql(schema, [{ path: 'm.sql', text: 'DROP AGGREGATE p(float8 ORDER BY float8);' }]);
  assert.equal(errors(dropped), []);
  assert.is(dropped.catalog.functions.has('public.p(double precision, double precision)'), false);
});

test.run();
