/** Query analysis: what views and SQL functions read, and their normalised form (lib/catalog/query/query-analysis.ts). */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { bindSql } from '../helpers/golden.js';
import { diff } from '../../lib/diff/diff.js';

const TABLES = `
  CREATE TABLE t (id int PRIMARY KEY, a text, b int);
  CREATE TABLE u (id int PRIMARY KEY, t_id int, c text);
`;

async function view(sql: string, name = 'v') {
  const r = await bindSql(TABLES + sql);
  assert.equal(r.diagnostics.filter((d) => d.severity === 'error'), []);
  return r.catalog.views.get(`public.${name}`)!;
}

test('a view reads the relations and columns it names, qualified or not', async () => {
  const v = await view(`CREATE VIEW v AS SELECT t.a, b + 1 AS bb FROM t WHERE id > 0`);
  assert.equal(v.deps.relations, ['public.t']);
  assert.equal(v.deps.columns.sort(), ['public.t.a', 'public.t.b', 'public.t.id']);
  assert.equal(v.columns, ['a', 'bb']);
});

test('joins with aliases and USING resolve columns to their tables', async () => {
  const v = await view(`CREATE VIEW v AS SELECT x.a, y.c FROM t x JOIN u y ON y.t_id = x.id`);
  assert.equal(v.deps.relations, ['public.t', 'public.u']);
  assert.equal(v.deps.columns.sort(), ['public.t.a', 'public.t.id', 'public.u.c', 'public.u.t_id']);
});

test('* is expanded to the columns at creation, as PostgreSQL stores it', async () => {
  const v = await view(`CREATE VIEW v AS SELECT * FROM t`);
  assert.equal(v.columns, ['id', 'a', 'b']);
  assert.equal(v.deps.columns.sort(), ['public.t.a', 'public.t.b', 'public.t.id']);
});

test('a column list names the output columns', async () => {
  const v = await view(`CREATE VIEW v (x, y) AS SELECT a, b FROM t`);
  assert.equal(v.columns, ['x', 'y']);
});

test('views on views, in any file order; subqueries, CTEs and sublinks', async () => {
  const r = await bindSql(TABLES + `
    CREATE VIEW w AS SELECT v.n FROM v WHERE EXISTS (SELECT 1 FROM u WHERE u.t_id = v.n);
    CREATE VIEW v AS WITH c AS (SELECT id AS n FROM t) SELECT n FROM c UNION SELECT s.b FROM (SELECT b FROM t) s;`);
  assert.equal(r.diagnostics.filter((d) => d.severity === 'error'), []);
  const w = r.catalog.views.get('public.w')!;
  assert.equal(w.deps.relations.sort(), ['public.u', 'public.v']);
  assert.equal(w.deps.columns.sort(), ['public.u.t_id', 'public.v.n']);
  const v = r.catalog.views.get('public.v')!;
  assert.equal(v.columns, ['n']);
  assert.equal(v.deps.columns.sort(), ['public.t.b', 'public.t.id']);
});

test('functions called by a view are dependencies; builtins are not', async () => {
  const v = await view(`CREATE FUNCTION f(x int) RETURNS int LANGUAGE sql AS 'select x'; CREATE VIEW v AS SELECT f(b), lower(a) FROM t`);
  assert.equal(v.deps.functions, ['public.f']);
  assert.equal(v.columns, ['f', 'lower']);
});

test('a SQL function body reads tables; a plpgsql one is not analysed', async () => {
  const r = await bindSql(TABLES + `
    CREATE FUNCTION f() RETURNS bigint LANGUAGE sql AS $$ SELECT count(*) FROM t WHERE b > 0 $$;
    CREATE FUNCTION g() RETURNS bigint LANGUAGE plpgsql AS $$ BEGIN RETURN (SELECT count(*) FROM u); END $$;
    CREATE FUNCTION h(int) RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT b FROM t WHERE id = $1; END;`);
  assert.equal(r.diagnostics.filter((d) => d.severity === 'error'), []);
  assert.equal(r.catalog.functions.get('public.f()')!.deps.columns, ['public.t.b']);
  assert.equal(r.catalog.functions.get('public.g()')!.deps.relations, []);
  assert.equal(r.catalog.functions.get('public.h(integer)')!.deps.relations, ['public.t']);
});

test('a hand-written view equals its pg_dump form (qualified names, explicit aliases, casts, IN as ANY)', async () => {
  const hand = await bindSql(TABLES + `CREATE VIEW v AS SELECT a, b FROM t WHERE a IN ('x', 'y') AND b BETWEEN 1 AND 5;`);
  const dump = await bindSql(TABLES + `
    SELECT pg_catalog.set_config('search_path', '', false);
    CREATE VIEW public.v AS
     SELECT t.a,
        t.b
       FROM public.t
      WHERE ((t.a = ANY (ARRAY['x'::text, 'y'::text])) AND ((t.b >= 1) AND (t.b <= 5)));`);
  assert.equal(dump.diagnostics.filter((d) => d.severity === 'error'), []);
  assert.equal(diff(hand.catalog, dump.catalog).map((c) => c.kind), []);
});

test('a changed view query is a change', async () => {
  const a = await bindSql(TABLES + `CREATE VIEW v AS SELECT a FROM t WHERE b > 1;`);
  const b = await bindSql(TABLES + `CREATE VIEW v AS SELECT a FROM t WHERE b > 2;`);
  assert.ok(diff(a.catalog, b.catalog).length > 0);
});

test('renaming a column carries into the views reading it; the view keeps its output name', async () => {
  const { replaySql } = await import('../helpers/golden.js');
  const r = await replaySql(TABLES + `CREATE VIEW v AS SELECT a FROM t;`, [{ path: 'm.sql', text: 'ALTER TABLE t RENAME COLUMN a TO z; ALTER TABLE t RENAME TO tt;' }]);
  assert.equal(r.diagnostics.filter((d) => d.severity === 'error'), []);
  const v = r.catalog.views.get('public.v')!;
  assert.equal(v.columns, ['a']);
  assert.equal(v.deps.columns, ['public.tt.z']);
  const expected = await bindSql(`CREATE TABLE tt (id int, z text, b int); CREATE VIEW v AS SELECT z AS a FROM tt;`);
  assert.equal(expected.catalog.views.get('public.v')!.query.key, v.query.key);
});

test('DROP TABLE is blocked by a view reading it; CASCADE drops the view', async () => {
  const { replaySql } = await import('../helpers/golden.js');
  const blocked = await replaySql(TABLES + `CREATE VIEW v AS SELECT a FROM t; CREATE VIEW w AS SELECT a FROM v;`, [{ path: 'm.sql', text: 'DROP TABLE t;' }]);
  assert.equal(blocked.diagnostics.map((d) => d.code), ['dependent-objects']);
  const cascaded = await replaySql(TABLES + `CREATE VIEW v AS SELECT a FROM t; CREATE VIEW w AS SELECT a FROM v;`, [{ path: 'm.sql', text: 'DROP TABLE t CASCADE;' }]);
  assert.equal(cascaded.diagnostics, []);
  assert.equal([...cascaded.catalog.views.keys()], []);
});

test.run();
