/** Views, functions and triggers in the catalogue: replaying DDL on them as PostgreSQL would. */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { bindSql, replaySql } from '../helpers/golden.js';

const errors = (r: { diagnostics: { severity: string; code: string }[] }) => r.diagnostics.filter((d) => d.severity === 'error').map((d) => d.code);

test('function identity is name and argument types: overloads coexist, OUT arguments do not count', async () => {
  const r = await bindSql(`
    CREATE FUNCTION f(a int) RETURNS int LANGUAGE sql AS 'SELECT a';
    CREATE FUNCTION f(a text, OUT b int, OUT c int) LANGUAGE sql AS 'SELECT 1, 2';
    CREATE PROCEDURE p(INOUT x int, OUT y int) LANGUAGE sql AS 'SELECT 1, 2';`);
  assert.equal(errors(r), []);
  assert.equal([...r.catalog.functions.keys()].sort(), ['public.f(integer)', 'public.f(text)', 'public.p(integer, integer)']);
  assert.equal(r.catalog.functions.get('public.f(text)')!.returns!.type.name, 'record');
});

test('pg_dump spellings of a function compare equal to the hand-written one', async () => {
  const hand = await bindSql(`CREATE FUNCTION add(a int, b int DEFAULT 1) RETURNS int LANGUAGE sql IMMUTABLE COST 100 AS $$ SELECT a + b $$;`);
  const dump = await bindSql(`
    SELECT pg_catalog.set_config('search_path', '', false);
    CREATE FUNCTION public.add(a integer, b integer DEFAULT 1) RETURNS integer
        LANGUAGE sql IMMUTABLE
        AS $_$ SELECT a + b $_$;`);
  const { diff } = await import('../../lib/diff/diff.js');
  assert.equal(diff(hand.catalog, dump.catalog), []);
});

test('DROP FUNCTION is blocked by a trigger, a view and a default using it; CASCADE removes them', async () => {
  const schema = `
    CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
    CREATE FUNCTION g() RETURNS int LANGUAGE sql AS 'SELECT 1';
    CREATE TABLE t (a int DEFAULT g());
    CREATE VIEW v AS SELECT g() AS x;
    CREATE TRIGGER tr BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION f();`;
  const blocked = await replaySql(schema, [{ path: 'm.sql', text: 'DROP FUNCTION f(); DROP FUNCTION g();' }]);
  assert.equal(errors(blocked), ['dependent-objects', 'dependent-objects']);
  const cascaded = await replaySql(schema, [{ path: 'm.sql', text: 'DROP FUNCTION f() CASCADE; DROP FUNCTION g CASCADE;' }]);
  assert.equal(errors(cascaded), []);
  assert.equal([...cascaded.catalog.triggers.keys(), ...cascaded.catalog.views.keys(), ...cascaded.catalog.functions.keys()], []);
  assert.is(cascaded.catalog.tables.get('public.t')!.columns.get('a')!.default, undefined);
});

test('DROP FUNCTION is blocked by a trigger WHEN and a statistics expression calling it; CASCADE removes them', async () => {
  const schema = `
    CREATE FUNCTION lim() RETURNS int LANGUAGE sql IMMUTABLE AS 'SELECT 10';
    CREATE FUNCTION trg() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
    CREATE TABLE t (a int, b int);
    CREATE TRIGGER tr BEFORE INSERT ON t FOR EACH ROW WHEN (NEW.a > lim()) EXECUTE FUNCTION trg();
    CREATE STATISTICS st ON (a + lim()), b FROM t;`;
  const blocked = await replaySql(schema, [{ path: 'm.sql', text: 'DROP FUNCTION lim();' }]);
  assert.equal(errors(blocked), ['dependent-objects']);
  assert.match(blocked.diagnostics.find((d) => d.severity === 'error')!.message, /trigger tr on public\.t.*statistics object public\.st/s);
  const cascaded = await replaySql(schema, [{ path: 'm.sql', text: 'DROP FUNCTION lim() CASCADE;' }]);
  assert.equal(errors(cascaded), []);
  assert.equal([...cascaded.catalog.triggers.keys(), ...cascaded.catalog.statistics.keys()], []);
});

test('DROP FUNCTION is blocked by an operator implemented by it; CASCADE removes the operator', async () => {
  const schema = `
    CREATE FUNCTION near(a int, b int) RETURNS boolean LANGUAGE sql IMMUTABLE AS 'SELECT abs(a - b) < 3';
    CREATE OPERATOR ~~~ (FUNCTION = near, LEFTARG = int, RIGHTARG = int);`;
  const blocked = await replaySql(schema, [{ path: 'm.sql', text: 'DROP FUNCTION near(int, int);' }]);
  assert.equal(errors(blocked), ['dependent-objects']);
  const cascaded = await replaySql(schema, [{ path: 'm.sql', text: 'DROP FUNCTION near(int, int) CASCADE;' }]);
  assert.equal(errors(cascaded), []);
  assert.equal([...cascaded.catalog.operators.keys()], []);
});

test('ALTER FUNCTION changes attributes; RENAME and SET SCHEMA move it, its triggers follow', async () => {
  const r = await replaySql(
    `CREATE SCHEMA s; CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
     CREATE TABLE t (a int); CREATE TRIGGER tr BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION f();`,
    [{ path: 'm.sql', text: `ALTER FUNCTION f() SECURITY DEFINER SET search_path = pg_catalog; ALTER FUNCTION f() RENAME TO g; ALTER FUNCTION g() SET SCHEMA s;` }],
  );
  assert.equal(errors(r), []);
  const f = r.catalog.functions.get('s.g()')!;
  assert.ok(f.securityDefiner);
  assert.equal(f.set, [['search_path', 'pg_catalog']]);
  assert.equal(r.catalog.triggers.get('public.t.tr')!.function, { schema: 's', name: 'g' });
});

test('CREATE OR REPLACE VIEW cannot rename or drop a column; CREATE OR REPLACE FUNCTION cannot change the result', async () => {
  const r = await replaySql(`CREATE TABLE t (a int, b int); CREATE VIEW v AS SELECT a, b FROM t; CREATE FUNCTION f() RETURNS int LANGUAGE sql AS 'SELECT 1';`, [
    { path: 'm.sql', text: `CREATE OR REPLACE VIEW v AS SELECT b, a FROM t; CREATE OR REPLACE FUNCTION f() RETURNS bigint LANGUAGE sql AS 'SELECT 1';` },
  ]);
  assert.equal(errors(r), ['invalid-definition', 'invalid-definition']);
  const ok = await replaySql(`CREATE TABLE t (a int, b int); CREATE VIEW v AS SELECT a FROM t;`, [{ path: 'm.sql', text: `CREATE OR REPLACE VIEW v AS SELECT a, b FROM t;` }]);
  assert.equal(errors(ok), []);
  assert.equal(ok.catalog.views.get('public.v')!.columns, ['a', 'b']);
});

test('ALTER VIEW SET / RESET options, pg_dump style ALTER TABLE … OWNER on a view, comments on views and their columns', async () => {
  const r = await replaySql(`CREATE TABLE t (a int); CREATE VIEW v AS SELECT a FROM t;`, [
    { path: 'm.sql', text: `ALTER VIEW v SET (security_barrier = true, check_option = cascaded); ALTER TABLE v OWNER TO postgres; COMMENT ON VIEW v IS 'vee'; COMMENT ON COLUMN v.a IS 'ay'; ALTER VIEW v RESET (check_option);` },
  ]);
  assert.equal(errors(r), []);
  const v = r.catalog.views.get('public.v')!;
  assert.equal(v.options, { securityBarrier: 'true' });
  assert.is(v.comment, 'vee');
  assert.equal([...v.columnComments], [['a', 'ay']]);
});

test('view options keep the value PostgreSQL stores: an explicit false is kept, RESET removes it, CREATE OR REPLACE replaces them', async () => {
  const r = await replaySql(`CREATE TABLE t (a int); CREATE VIEW v WITH (security_barrier = false, security_invoker = off) AS SELECT a FROM t;`, [
    { path: 'm.sql', text: `CREATE VIEW w WITH (security_barrier) AS SELECT a FROM t; ALTER VIEW w SET (security_invoker = FALSE); ALTER VIEW v RESET (security_invoker); CREATE OR REPLACE VIEW w AS SELECT a FROM t;` },
  ]);
  assert.equal(errors(r), []);
  assert.equal(r.catalog.views.get('public.v')!.options, { securityBarrier: 'false' });
  assert.equal(r.catalog.views.get('public.w')!.options, {});
  const b = await bindSql(`CREATE TABLE t (a int); CREATE VIEW w WITH (security_barrier) AS SELECT a FROM t; ALTER VIEW w SET (security_invoker = FALSE, security_barrier = 1);`);
  assert.equal(b.catalog.views.get('public.w')!.options, { securityBarrier: '1', securityInvoker: 'false' });
});

test('materialized views have indexes; renaming the view carries them', async () => {
  const r = await replaySql(`CREATE TABLE t (a int); CREATE MATERIALIZED VIEW m AS SELECT a FROM t; CREATE INDEX m_a ON m (a);`, [
    { path: 'm.sql', text: `ALTER MATERIALIZED VIEW m RENAME TO n; CREATE INDEX ON n (a DESC);` },
  ]);
  assert.equal(errors(r), []);
  assert.equal([...r.catalog.indexes.values()].map((i) => `${i.name} on ${i.table}`).sort(), ['m_a on n', 'n_a_idx on n']);
  const bad = await replaySql(`CREATE TABLE t (a int); CREATE MATERIALIZED VIEW m AS SELECT a FROM t;`, [{ path: 'm.sql', text: `CREATE INDEX ON m (nope);` }]);
  assert.equal(errors(bad), ['missing-object']);
});

test('triggers: events in PostgreSQL order, UPDATE OF, WHEN, arguments, transition tables, constraint triggers', async () => {
  const r = await bindSql(`
    CREATE TABLE t (a int, b int); CREATE TABLE u (id int);
    CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NULL; END $$;
    CREATE TRIGGER x AFTER UPDATE OF b, a OR INSERT OR DELETE ON t FOR EACH ROW WHEN (NEW.a > 1) EXECUTE FUNCTION f('p', 2);
    CREATE TRIGGER y AFTER INSERT ON t REFERENCING NEW TABLE AS n FOR EACH STATEMENT EXECUTE FUNCTION f();
    CREATE CONSTRAINT TRIGGER z AFTER DELETE ON t FROM u DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION f();
    COMMENT ON TRIGGER x ON t IS 'ex';`);
  assert.equal(errors(r), []);
  const x = r.catalog.triggers.get('public.t.x')!;
  assert.equal([x.events, x.columns, x.args, x.forEachRow, x.comment], [['insert', 'delete', 'update'], ['b', 'a'], ['p', '2'], true, 'ex']);
  assert.is(r.catalog.triggers.get('public.t.y')!.newTable, 'n');
  const z = r.catalog.triggers.get('public.t.z')!;
  assert.equal([z.constraint, z.deferrable, z.initiallyDeferred, z.fromTable], [true, true, true, { schema: 'public', name: 'u' }]);
});

test('DROP COLUMN is blocked by a trigger naming it in UPDATE OF; renames reach the trigger', async () => {
  const schema = `CREATE TABLE t (a int, b int); CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NULL; END $$;
    CREATE TRIGGER x AFTER UPDATE OF a ON t FOR EACH ROW WHEN (OLD.a IS DISTINCT FROM NEW.a) EXECUTE FUNCTION f();`;
  const blocked = await replaySql(schema, [{ path: 'm.sql', text: 'ALTER TABLE t DROP COLUMN a;' }]);
  assert.equal(errors(blocked), ['dependent-objects']);
  const renamed = await replaySql(schema, [{ path: 'm.sql', text: 'ALTER TABLE t RENAME COLUMN a TO c; ALTER TABLE t RENAME TO tt; ALTER TRIGGER x ON tt RENAME TO y;' }]);
  assert.equal(errors(renamed), []);
  const y = renamed.catalog.triggers.get('public.tt.y')!;
  assert.equal(y.columns, ['c']);
  assert.match(y.when!.key, /"c"/);
});

test('DROP SCHEMA … CASCADE takes its views and functions; RENAME of a schema moves them', async () => {
  const schema = `CREATE SCHEMA s; CREATE TABLE s.t (a int); CREATE VIEW s.v AS SELECT a FROM s.t; CREATE FUNCTION s.f() RETURNS int LANGUAGE sql AS 'SELECT 1';`;
  const blocked = await replaySql(schema, [{ path: 'm.sql', text: 'DROP SCHEMA s;' }]);
  assert.equal(errors(blocked), ['dependent-objects']);
  const dropped = await replaySql(schema, [{ path: 'm.sql', text: 'DROP SCHEMA s CASCADE;' }]);
  assert.equal(errors(dropped), []);
  assert.equal([...dropped.catalog.views.keys(), ...dropped.catalog.functions.keys()], []);
  const moved = await replaySql(schema, [{ path: 'm.sql', text: 'ALTER SCHEMA s RENAME TO r;' }]);
  assert.equal(errors(moved), []);
  assert.equal([...moved.catalog.views.keys(), ...moved.catalog.functions.keys()], ['r.v', 'r.f()']);
  assert.equal(moved.catalog.views.get('r.v')!.deps.relations, ['r.t']);
});

test('a renamed type carries into function identities', async () => {
  const r = await replaySql(`CREATE TYPE e AS ENUM ('a'); CREATE FUNCTION f(x e) RETURNS e LANGUAGE sql AS 'SELECT x';`, [{ path: 'm.sql', text: 'ALTER TYPE e RENAME TO e2; DROP FUNCTION f(e2);' }]);
  assert.equal(errors(r), []);
  assert.equal([...r.catalog.functions.keys()], []);
});

test.run();
