/** DROP in replay and bind leaves the catalogue as PostgreSQL 15 leaves the database (facts checked with psql: the NOTICEs "drop cascades to …"). */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { bindSql, replaySql } from '../helpers/golden.js';

type R = { catalog: { tables: Map<string, unknown>; functions: Map<string, unknown>; views: Map<string, unknown>; indexes: Map<string, unknown>; domains: Map<string, unknown> }; diagnostics: { severity: string; code: string; message: string }[] };
const errors = (r: R) => r.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.code}: ${d.message}`);
const tables = (r: R) => [...r.catalog.tables.keys()].sort();
const run = (sql: string) => replaySql('', [{ path: 'm.sql', text: sql }]) as Promise<R>;

test('DROP TABLE of a partitioned table takes its partitions, at any depth, without CASCADE; a partition\'s dependents block it', async () => {
  const r = await run(`CREATE TABLE p (a int, b int) PARTITION BY LIST (a);
CREATE TABLE p1 PARTITION OF p FOR VALUES IN (1) PARTITION BY LIST (b);
CREATE TABLE p11 PARTITION OF p1 FOR VALUES IN (1);
CREATE INDEX ON p (b);
DROP TABLE p;
CREATE TABLE p1 (x int);`);
  assert.equal(errors(r), []);
  assert.equal(tables(r), ['public.p1']);
  assert.equal([...r.catalog.indexes.keys()], []);
  const blocked = await run(`CREATE TABLE p (a int PRIMARY KEY) PARTITION BY LIST (a);
CREATE TABLE p1 PARTITION OF p FOR VALUES IN (1);
CREATE VIEW v AS SELECT * FROM p1;
CREATE TABLE r (a int REFERENCES p1);
DROP TABLE p;`);
  assert.equal(errors(blocked).length, 1);
  assert.match(errors(blocked)[0]!, /view public\.v.*constraint r_a_fkey on table public\.r/);
  assert.equal(tables(blocked), ['public.p', 'public.p1', 'public.r']);
});

test('DROP TABLE of several tables: foreign keys, inheritance and cycles among them do not block; a partition listed after its parent is not missing', async () => {
  const r = await run(`CREATE TABLE pk (a int PRIMARY KEY);
CREATE TABLE fk (a int REFERENCES pk);
DROP TABLE pk, fk;
CREATE TABLE ip (a int);
CREATE TABLE ic () INHERITS (ip);
CREATE TABLE icc () INHERITS (ic);
DROP TABLE ip, ic, icc;
CREATE TABLE a (id int PRIMARY KEY, b int);
CREATE TABLE b (id int PRIMARY KEY, a int REFERENCES a);
ALTER TABLE a ADD FOREIGN KEY (b) REFERENCES b;
DROP TABLE a, b;
CREATE TABLE p (a int) PARTITION BY LIST (a);
CREATE TABLE p1 PARTITION OF p FOR VALUES IN (1);
DROP TABLE p, p1;
CREATE VIEW v1 AS SELECT 1 AS x;
CREATE VIEW v2 AS SELECT * FROM v1;
DROP VIEW v1, v2;
CREATE DOMAIN d AS int;
CREATE DOMAIN d2 AS d;
DROP DOMAIN d, d2;
CREATE FUNCTION f(int) RETURNS int LANGUAGE sql AS 'SELECT 1';
CREATE FUNCTION g(x int DEFAULT f(1)) RETURNS int LANGUAGE sql AS 'SELECT 1';
DROP FUNCTION f(int), g(int);`);
  assert.equal(errors(r), []);
  assert.equal(tables(r), []);
  assert.equal([...r.catalog.views.keys(), ...r.catalog.domains.keys(), ...r.catalog.functions.keys()], []);
  // a dependent outside the list still blocks: PostgreSQL refuses the whole statement
  const blocked = await run(`CREATE TABLE i (a int); CREATE TABLE ic () INHERITS (i); CREATE TABLE icc () INHERITS (ic);
DROP TABLE i, ic;`);
  assert.equal(errors(blocked).length, 1);
  assert.match(errors(blocked)[0]!, /table public\.icc/);
});

test('DROP TYPE / DOMAIN … CASCADE drops the column, or the whole table (and partitions) when the column is in its partition key', async () => {
  const r = await run(`CREATE DOMAIN d AS int;
CREATE TABLE t (a d, b text) PARTITION BY RANGE (a);
CREATE TABLE t1 PARTITION OF t FOR VALUES FROM (1) TO (5);
CREATE TABLE x (a d, b int) PARTITION BY RANGE ((a + 1));
CREATE TABLE u (a d, b text);
CREATE TABLE w (a int, b d) PARTITION BY RANGE (a);
CREATE TABLE w1 PARTITION OF w FOR VALUES FROM (1) TO (5);
DROP DOMAIN d CASCADE;
CREATE TABLE t (x int);`);
  assert.equal(errors(r), []);
  assert.equal(tables(r), ['public.t', 'public.u', 'public.w', 'public.w1']);
  const cols = (k: string) => [...(r.catalog.tables.get(k) as { columns: Map<string, unknown> }).columns.keys()];
  assert.equal([cols('public.t'), cols('public.u'), cols('public.w'), cols('public.w1')], [['x'], ['b'], ['a'], ['a']]);
});

test('DROP FUNCTION … CASCADE drops aggregates over it, tables partitioned by it, generated columns, defaults, CHECKs and indexes using it', async () => {
  const r = await run(`CREATE FUNCTION kf(int) RETURNS int LANGUAGE sql IMMUTABLE AS 'SELECT $1';
CREATE TABLE e (a int, b int) PARTITION BY RANGE (kf(a));
CREATE TABLE e1 PARTITION OF e FOR VALUES FROM (1) TO (5);
CREATE TABLE ec (a int, b int CHECK (kf(b) > 0), c int DEFAULT kf(1), g int GENERATED ALWAYS AS (kf(a)) STORED);
CREATE INDEX ec_i ON ec (kf(a));
CREATE INDEX ec_g ON ec (g);
CREATE VIEW ev AS SELECT kf(a) FROM ec;
CREATE AGGREGATE ag2(int) (SFUNC = int4pl, STYPE = int, FINALFUNC = kf);
CREATE FUNCTION acc(anycompatible, anycompatible) RETURNS anycompatible LANGUAGE sql AS 'SELECT least($1, $2)';
CREATE AGGREGATE agg(int8) (STYPE = int8, SFUNC = acc);
DROP FUNCTION kf(int) CASCADE;
DROP FUNCTION acc(anycompatible, anycompatible) CASCADE;`);
  assert.equal(errors(r), []);
  assert.equal(tables(r), ['public.ec']);
  const ec = r.catalog.tables.get('public.ec') as { columns: Map<string, { default?: unknown }>; constraints: Map<string, unknown> };
  assert.equal([...ec.columns.keys()], ['a', 'b', 'c']);
  assert.is(ec.columns.get('c')!.default, undefined);
  assert.equal([...ec.constraints.keys(), ...r.catalog.indexes.keys(), ...r.catalog.views.keys(), ...r.catalog.functions.keys()], []);
  const blocked = await run(`CREATE FUNCTION kf(int) RETURNS int LANGUAGE sql IMMUTABLE AS 'SELECT $1';
CREATE TABLE e (a int) PARTITION BY RANGE (kf(a));
DROP FUNCTION kf(int);`);
  assert.match(errors(blocked).join('\n'), /dependent-objects: .*table public\.e/);
});

test('bind: a DROP … CASCADE or DROP TABLE runs before the re-definition of what it takes implicitly, after what names it', async () => {
  const r = (await bindSql(`CREATE TABLE p (a int) PARTITION BY LIST (a);
CREATE TABLE p1 PARTITION OF p FOR VALUES IN (1);
CREATE INDEX p_a ON p (a);
DROP TABLE p;
CREATE TABLE p1 (x int);
CREATE DOMAIN d AS int;
CREATE TABLE t (a d, b text) PARTITION BY RANGE (a);
DROP DOMAIN d CASCADE;
CREATE TABLE t (x int);
CREATE FUNCTION acc(anycompatible, anycompatible) RETURNS anycompatible LANGUAGE sql AS 'SELECT least($1, $2)';
CREATE AGGREGATE agg(int8) (STYPE = int8, SFUNC = acc);
DROP FUNCTION acc(anycompatible, anycompatible) CASCADE;
CREATE FUNCTION acc(anyelement, VARIADIC anyarray) RETURNS anyelement LANGUAGE sql AS 'SELECT $1';`)) as unknown as R;
  assert.equal(errors(r), []);
  assert.equal(tables(r), ['public.p1', 'public.t']);
  assert.equal([...r.catalog.indexes.keys()], []);
  assert.equal([...r.catalog.functions.keys()], ['public.acc(anyelement, anyarray)']);
});

test.run();
