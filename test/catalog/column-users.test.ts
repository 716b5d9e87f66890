/**
 * Dependents recorded in pg_depend beyond views and triggers (lib/catalog/query/column-users.ts): policies,
 * SQL-standard bodies, generated columns, domain defaults and CHECKs, aggregates. Replaying DDL
 * refuses what PostgreSQL refuses, and CASCADE takes them.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { replaySql } from '../helpers/golden.js';

const errors = (r: { diagnostics: { severity: string; code: string; message: string }[] }) => r.diagnostics.filter((d) => d.severity === 'error').map((d) => d.message);

const SCHEMA = `
  CREATE TABLE t (id int PRIMARY KEY, a int, b int, g int GENERATED ALWAYS AS (b * 2) STORED, c int, w int, z int);
  CREATE TABLE u (id int PRIMARY KEY, t_id int);
  ALTER TABLE t ENABLE ROW LEVEL SECURITY;
  CREATE POLICY p ON t USING (a > 0);
  CREATE POLICY q ON u USING (t_id IN (SELECT id FROM t WHERE w > 0));
  CREATE FUNCTION std() RETURNS int LANGUAGE sql RETURN (SELECT max(c) FROM t);
  CREATE FUNCTION plain() RETURNS int LANGUAGE sql AS 'SELECT max(c) FROM t';
  CREATE PROCEDURE writes() LANGUAGE sql BEGIN ATOMIC UPDATE t SET z = 1; END;`;

test('DROP COLUMN is blocked by a policy, a policy subquery, a SQL-standard body and a generated column; not by a string body', async () => {
  const blocked = await replaySql(SCHEMA, [{ path: 'm.sql', text: 'ALTER TABLE t DROP COLUMN a; ALTER TABLE t DROP COLUMN w; ALTER TABLE t DROP COLUMN c; ALTER TABLE t DROP COLUMN b;' }]);
  const e = errors(blocked);
  assert.is(e.length, 4);
  assert.match(e[0]!, /policy p on table t/);
  assert.match(e[1]!, /policy q on table u/);
  assert.match(e[2]!, /function public\.std\(\)/);
  assert.not.match(e[2]!, /plain/);
  assert.match(e[3]!, /column g of table t/);
  const cascade = await replaySql(SCHEMA, [{ path: 'm.sql', text: 'ALTER TABLE t DROP COLUMN a CASCADE; ALTER TABLE t DROP COLUMN c CASCADE; ALTER TABLE t DROP COLUMN b CASCADE;' }]);
  assert.equal(errors(cascade), []);
  assert.not.ok(cascade.catalog.tables.get('public.t')!.policies?.has('p'));
  assert.not.ok(cascade.catalog.functions.has('public.std()'));
  assert.ok(cascade.catalog.functions.has('public.plain()'));
  assert.not.ok(cascade.catalog.tables.get('public.t')!.columns.has('g'));
});

test('ALTER COLUMN TYPE is refused under a policy, a SQL-standard body (also one that writes the column) and a generated column', async () => {
  const r = await replaySql(SCHEMA, [{ path: 'm.sql', text: 'ALTER TABLE t ALTER COLUMN a TYPE bigint; ALTER TABLE t ALTER COLUMN c TYPE bigint; ALTER TABLE t ALTER COLUMN b TYPE bigint; ALTER TABLE t ALTER COLUMN z TYPE bigint;' }]);
  const e = errors(r);
  assert.is(e.length, 4);
  assert.match(e[0]!, /used in a policy definition/);
  assert.match(e[1]!, /used by a function or procedure/);
  assert.match(e[2]!, /used by a generated column/);
  assert.match(e[3]!, /procedure public\.writes\(\)/);
});

test('DROP TABLE is blocked by a SQL-standard body and by a policy subquery of another table', async () => {
  const r = await replaySql(SCHEMA, [{ path: 'm.sql', text: 'DROP TABLE t;' }]);
  const e = errors(r);
  assert.is(e.length, 1);
  assert.match(e[0]!, /function public\.std\(\)/);
  assert.match(e[0]!, /policy q on table u/);
});

test('DROP FUNCTION is blocked by a policy, a SQL-standard body, an argument default, a domain and an aggregate', async () => {
  const schema = `
    CREATE FUNCTION f() RETURNS int LANGUAGE sql AS 'SELECT 1';
    CREATE TABLE t (a int);
    ALTER TABLE t ENABLE ROW LEVEL SECURITY;
    CREATE POLICY p ON t USING (a = f());
    CREATE FUNCTION g() RETURNS int LANGUAGE sql RETURN f() + 1;
    CREATE FUNCTION h(x int DEFAULT f()) RETURNS int LANGUAGE sql AS 'SELECT x';
    CREATE DOMAIN d AS int CHECK (VALUE > f());
    CREATE FUNCTION s(acc int, x int) RETURNS int LANGUAGE sql AS 'SELECT acc + x';
    CREATE AGGREGATE agg(int) (SFUNC = s, STYPE = int);`;
  const r = await replaySql(schema, [{ path: 'm.sql', text: 'DROP FUNCTION f(); DROP FUNCTION s(int, int);' }]);
  const e = errors(r);
  assert.is(e.length, 2);
  for (const what of ['policy p on table t', 'function public.g()', 'function public.h(integer)', 'constraint d_check on type d']) assert.ok(e[0]!.includes(what), `${what} in ${e[0]}`);
  assert.match(e[1]!, /function public\.agg\(integer\)/);
});

test.run();
