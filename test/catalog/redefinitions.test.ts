/**
 * A schema file's own sequence for one object binds in file order although bind works in phases:
 * pg_dump's placeholder view replaced later (CREATE OR REPLACE VIEW, or older dumps' placeholder
 * table turned into the view by its "_RETURN" rule), DROP … IF EXISTS then CREATE again. The last
 * definition wins. A true duplicate is an error naming both places.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { initParser, parseFile } from '../../lib/parse/parse.js';
import { bind } from '../../lib/catalog/bind.js';
import { diff } from '../../lib/diff/diff.js';
import type { Catalog } from '../../lib/catalog/model/catalog.js';
import type { Diagnostic } from '../../lib/source/diagnostic.js';

async function load(sql: string): Promise<{ catalog: Catalog; errors: Diagnostic[]; warnings: Diagnostic[] }> {
  await initParser();
  const r = bind([parseFile({ path: 'schema.sql', text: sql })]);
  return { catalog: r.catalog, errors: r.diagnostics.filter((d) => d.severity === 'error'), warnings: r.diagnostics.filter((d) => d.severity === 'warning') };
}

async function same(a: string, b: string): Promise<void> {
  const x = await load(a);
  const y = await load(b);
  assert.equal([...x.errors, ...y.errors].map((d) => d.message), []);
  assert.equal([...x.warnings, ...y.warnings].map((d) => d.message), []);
  assert.equal(diff(x.catalog, y.catalog).map((c) => c.kind), []);
}

const TABLE = `CREATE TABLE public.t (id integer NOT NULL, name text);
ALTER TABLE ONLY public.t ADD CONSTRAINT t_pkey PRIMARY KEY (id);`;
const VIEW = `CREATE VIEW public.v AS SELECT t.id, t.name, count(*) AS n FROM public.t GROUP BY t.id;`;

test('pg_dump placeholder view replaced by CREATE OR REPLACE VIEW (view cycle through a primary key)', async () => {
  await same(`${TABLE}\n${VIEW}`, `CREATE TABLE public.t (id integer NOT NULL, name text);
CREATE VIEW public.v AS
SELECT
    NULL::integer AS id,
    NULL::text AS name,
    NULL::bigint AS n;
ALTER TABLE ONLY public.t ADD CONSTRAINT t_pkey PRIMARY KEY (id);
CREATE OR REPLACE VIEW public.v AS
 SELECT t.id, t.name, count(*) AS n FROM public.t GROUP BY t.id;`);
});

test('older pg_dump: a placeholder table turned into the view by CREATE RULE "_RETURN"', async () => {
  await same(`${TABLE}\n${VIEW}\nCOMMENT ON VIEW public.v IS 'counts';`, `CREATE TABLE public.t (id integer NOT NULL, name text);
CREATE TABLE public.v (id integer, name text, n bigint);
COMMENT ON VIEW public.v IS 'counts';
ALTER TABLE ONLY public.t ADD CONSTRAINT t_pkey PRIMARY KEY (id);
CREATE RULE "_RETURN" AS ON SELECT TO public.v DO INSTEAD SELECT t.id, t.name, count(*) AS n FROM public.t GROUP BY t.id;`);
});

test('a placeholder view completed by its "_RETURN" rule', async () => {
  await same(`${TABLE}\n${VIEW}`, `${TABLE}
CREATE VIEW public.v AS SELECT NULL::integer AS id, NULL::text AS name, NULL::bigint AS n;
CREATE RULE "_RETURN" AS ON SELECT TO public.v DO INSTEAD SELECT t.id, t.name, count(*) AS n FROM public.t GROUP BY t.id;`);
});

test('DROP … IF EXISTS then CREATE again: the last definition wins, for views, tables, functions and types', async () => {
  await same(`${TABLE}
CREATE VIEW public.v AS SELECT t.id FROM public.t;
CREATE TABLE public.u (a integer);
CREATE FUNCTION public.f() RETURNS integer LANGUAGE sql AS 'SELECT 2';
CREATE TYPE public.mood AS ENUM ('ok');`, `${TABLE}
CREATE VIEW public.v AS SELECT t.id, t.name FROM public.t;
DROP VIEW IF EXISTS public.v;
CREATE VIEW public.v AS SELECT t.id FROM public.t;
CREATE TABLE public.u (b text);
DROP TABLE public.u;
CREATE TABLE public.u (a integer);
CREATE FUNCTION public.f() RETURNS integer LANGUAGE sql AS 'SELECT 1';
DROP FUNCTION IF EXISTS public.f();
CREATE FUNCTION public.f() RETURNS integer LANGUAGE sql AS 'SELECT 2';
DROP TYPE IF EXISTS public.mood;
CREATE TYPE public.mood AS ENUM ('ok');`);
});

test('a true duplicate is an error naming both places', async () => {
  const r = await load(`CREATE TABLE t (id integer PRIMARY KEY);\nCREATE TABLE t (id integer);\nCREATE VIEW v AS SELECT 1 AS a;\nCREATE VIEW v AS SELECT 2 AS a;`);
  assert.equal(r.errors.map((d) => d.code), ['duplicate-object', 'duplicate-object']);
  for (const d of r.errors) {
    assert.is(d.related?.length, 1, d.message);
    assert.is(d.related![0]!.file, 'schema.sql');
    assert.ok(d.related![0]!.span!.start < d.span!.start, 'the related place is the first definition');
  }
});

test('other rules are modelled as rules, without a warning', async () => {
  const r = await load(`CREATE TABLE t (id integer);\nCREATE RULE r AS ON INSERT TO t DO INSTEAD NOTHING;`);
  assert.equal(r.warnings.map((d) => d.code), []);
  assert.equal([...r.catalog.rules.keys()], ['public.t.r']);
  assert.ok(r.catalog.tables.has('public.t'));
});

test.run();
