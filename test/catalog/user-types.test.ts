/** Domains, composite and range types, collations: bind and replay, type resolution, drops and renames. */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { bindSql, replaySql } from '../helpers/golden.js';
import { diff } from '../../lib/diff/diff.js';

const errors = (r: { diagnostics: { severity: string; message: string }[] }) => r.diagnostics.filter((d) => d.severity === 'error').map((d) => d.message);

test('columns resolve every user type kind through the search path; builtins win over user types', async () => {
  const r = await bindSql(`
    CREATE SCHEMA app;
    SET search_path = app, public;
    CREATE TABLE t (d email, c address, r floatrange, m floatmultirange, row_of other, i int4range, txt text);
    CREATE DOMAIN email AS text;
    CREATE TYPE address AS (street text);
    CREATE TYPE floatrange AS RANGE (subtype = float8);
    CREATE TABLE other (x int);
    CREATE DOMAIN int4range AS int;`);
  assert.equal(errors(r), []);
  const cols = r.catalog.tables.get('app.t')!.columns;
  const at = (c: string) => { const t = cols.get(c)!.type; return `${t.schema ?? ''}.${t.name}`; };
  assert.equal([at('d'), at('c'), at('r'), at('m'), at('row_of'), at('i'), at('txt')], ['app.email', 'app.address', 'app.floatrange', 'app.floatmultirange', 'app.other', '.int4range', '.text']);
});

test('types defined in any order: a domain over a composite defined later binds', async () => {
  const r = await bindSql(`
    CREATE DOMAIN pos AS point2 CHECK ((VALUE).x >= 0);
    CREATE TYPE point2 AS (x int, y int);`);
  assert.equal(errors(r), []);
  assert.equal(r.catalog.domains.get('public.pos')!.baseType, { schema: 'public', name: 'point2', mods: [], arrayDims: 0 });
});

test('domains: implicit constraint names, NOT NULL, default; ALTER DOMAIN in replay', async () => {
  const r = await replaySql(`CREATE DOMAIN d AS varchar(5) DEFAULT 'x' NOT NULL CHECK (VALUE <> '') CHECK (length(VALUE) > 1) CONSTRAINT named CHECK (true);`, [
    { path: 'm.sql', text: `ALTER DOMAIN d DROP NOT NULL; ALTER DOMAIN d DROP DEFAULT; ALTER DOMAIN d ADD CHECK (VALUE <> 'y') NOT VALID;
      ALTER DOMAIN d DROP CONSTRAINT named; ALTER DOMAIN d RENAME CONSTRAINT d_check TO first;` },
  ]);
  assert.equal(errors(r), []);
  const d = r.catalog.domains.get('public.d')!;
  assert.equal([...d.constraints.keys()], ['d_check1', 'd_check2', 'first']);
  assert.is(d.notNull, false);
  assert.is(d.default, undefined);
  assert.is(d.constraints.get('d_check2')!.notValid, true);
  assert.equal(d.baseType, { name: 'character varying', mods: ['5'], arrayDims: 0 });
});

test('DROP TYPE needs CASCADE while columns use it; CASCADE drops them', async () => {
  const blocked = await replaySql(`CREATE DOMAIN d AS int; CREATE TABLE t (a d, b int);`, [{ path: 'm.sql', text: 'DROP DOMAIN d;' }]);
  assert.match(errors(blocked).join(), /column a of table t/);
  const r = await replaySql(`CREATE DOMAIN d AS int; CREATE TYPE c AS (x d, y int); CREATE TABLE t (a d, b int);`, [{ path: 'm.sql', text: 'DROP DOMAIN d CASCADE;' }]);
  assert.equal(errors(r), []);
  assert.equal([...r.catalog.tables.get('public.t')!.columns.keys()], ['b']);
  assert.equal(r.catalog.composites.get('public.c')!.attributes.map((a) => a.name), ['y']);
});

test('RENAME and SET SCHEMA of a type move every use of it', async () => {
  const r = await replaySql(`CREATE SCHEMA s; CREATE TYPE c AS (x int); CREATE DOMAIN d AS c; CREATE TABLE t (a c, b d[]);`, [
    { path: 'm.sql', text: 'ALTER TYPE c RENAME TO c2; ALTER DOMAIN d SET SCHEMA s; ALTER TYPE c2 RENAME ATTRIBUTE x TO z;' },
  ]);
  assert.equal(errors(r), []);
  const t = r.catalog.tables.get('public.t')!;
  assert.equal(t.columns.get('a')!.type.name, 'c2');
  assert.equal([t.columns.get('b')!.type.schema, t.columns.get('b')!.type.name, t.columns.get('b')!.type.arrayDims], ['s', 'd', 1]);
  assert.equal(r.catalog.domains.get('s.d')!.baseType.name, 'c2');
  assert.equal(r.catalog.composites.get('public.c2')!.attributes[0]!.name, 'z');
});

test('composite attributes: ADD / DROP / ALTER ATTRIBUTE in replay', async () => {
  const r = await replaySql(`CREATE TYPE c AS (a int, b text COLLATE "C");`, [
    { path: 'm.sql', text: 'ALTER TYPE c ADD ATTRIBUTE z bigint, DROP ATTRIBUTE a, ALTER ATTRIBUTE b TYPE varchar(3);' },
  ]);
  assert.equal(errors(r), []);
  assert.equal(r.catalog.composites.get('public.c')!.attributes, [
    { name: 'b', type: { name: 'character varying', mods: ['3'], arrayDims: 0 } },
    { name: 'z', type: { name: 'bigint', mods: [], arrayDims: 0 } },
  ]);
});

test('ranges: the multirange takes PostgreSQL\'s default name, and its name is taken', async () => {
  const r = await bindSql(`CREATE TYPE floatrange AS RANGE (subtype = float8, subtype_diff = pg_catalog.float8mi); CREATE TYPE ts AS RANGE (subtype = timestamp);`);
  assert.equal(errors(r), []);
  assert.is(r.catalog.ranges.get('public.floatrange')!.multirange, 'floatmultirange');
  assert.is(r.catalog.ranges.get('public.floatrange')!.subtypeDiff, 'float8mi');
  assert.is(r.catalog.ranges.get('public.ts')!.multirange, 'ts_multirange');
  const clash = await bindSql(`CREATE TYPE floatrange AS RANGE (subtype = float8); CREATE DOMAIN floatmultirange AS int;`);
  assert.match(errors(clash).join(), /floatmultirange" already exists/);
});

test('collations: COLLATE names normalise (pg_catalog."C" = "C"; user collations qualified); a dump-style schema compares equal', async () => {
  const hand = await bindSql(`CREATE COLLATION ci (provider = icu, locale = 'und-u-ks-level2', deterministic = false);
    CREATE TABLE t (a text COLLATE "C", b text COLLATE ci, c text COLLATE "en_US.utf8");`);
  const dump = await bindSql(`CREATE COLLATION public.ci (provider = icu, deterministic = false, locale = 'und-u-ks-level2');
    CREATE TABLE public.t (a text COLLATE pg_catalog."C", b text COLLATE public.ci, c text COLLATE pg_catalog."en_US.utf8");`);
  assert.equal(errors(hand), []);
  const cols = hand.catalog.tables.get('public.t')!.columns;
  assert.equal([cols.get('a')!.collation, cols.get('b')!.collation, cols.get('c')!.collation], ['C', 'public.ci', 'pg_catalog.en_US.utf8']);
  assert.equal(diff(hand.catalog, dump.catalog).map((c) => c.kind), []);
});

test('comments on domains, domain constraints, ranges and collations', async () => {
  const r = await bindSql(`CREATE DOMAIN d AS int CONSTRAINT pos CHECK (VALUE > 0); CREATE TYPE r AS RANGE (subtype = int);
    CREATE COLLATION c (locale = 'C');
    COMMENT ON DOMAIN d IS 'dom'; COMMENT ON CONSTRAINT pos ON DOMAIN d IS 'positive'; COMMENT ON TYPE r IS 'rng'; COMMENT ON COLLATION c IS 'coll';`);
  assert.equal(errors(r), []);
  assert.is(r.catalog.domains.get('public.d')!.comment, 'dom');
  assert.is(r.catalog.domains.get('public.d')!.constraints.get('pos')!.comment, 'positive');
  assert.is(r.catalog.ranges.get('public.r')!.comment, 'rng');
  assert.is(r.catalog.collations.get('public.c')!.comment, 'coll');
});

test('extensions: ALTER EXTENSION UPDATE TO and SET SCHEMA are followed; a schema change is SET SCHEMA, not drop + create', async () => {
  const r = await replaySql(`CREATE SCHEMA ext; CREATE EXTENSION citext VERSION '1.5';`, [
    { path: 'm.sql', text: `ALTER EXTENSION citext UPDATE TO '1.6'; ALTER EXTENSION citext SET SCHEMA ext;` },
  ]);
  assert.equal(errors(r), []);
  assert.equal({ ...r.catalog.extensions.get('citext')!, origin: undefined }, { name: 'citext', schema: 'ext', version: '1.6', origin: undefined });
  const a = await bindSql(`CREATE EXTENSION citext VERSION '1.5';`);
  assert.equal(diff(a.catalog, r.catalog).map((c) => c.kind), ['create_schema', 'alter_extension_schema', 'alter_extension_version']);
});

test.run();
