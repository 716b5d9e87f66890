/**
 * CREATE CAST and CREATE EVENT TRIGGER in the catalogue: pg_dump's forms compare equal to hand-written
 * ones, and DROP, RENAME, ALTER and the cascades of DROP FUNCTION / DROP TYPE leave the catalogue as
 * PostgreSQL 15 leaves the database (facts checked with psql).
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { initParser, parseFile } from '../../lib/parse/parse.js';
import { bind } from '../../lib/catalog/bind.js';
import { diff } from '../../lib/diff/diff.js';
import { replaySql } from '../helpers/golden.js';
import type { Catalog } from '../../lib/catalog/model/catalog.js';

type R = { catalog: Catalog; diagnostics: { severity: string; code: string; message: string }[] };
const errors = (r: R) => r.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.code}: ${d.message}`);
const warnings = (r: R) => r.diagnostics.filter((d) => d.severity === 'warning').map((d) => d.message);
const run = (sql: string) => replaySql('', [{ path: 'm.sql', text: sql }]) as Promise<R>;

async function bound(sql: string): Promise<Catalog> {
  await initParser();
  const r = bind([parseFile({ path: 'x.sql', text: sql })]);
  assert.equal(r.diagnostics.map((d) => d.message), []);
  return r.catalog;
}

const TYPES = `CREATE TYPE point2 AS (x integer, y integer);
CREATE FUNCTION point2_of(integer) RETURNS point2 LANGUAGE sql IMMUTABLE AS 'SELECT ROW($1, $1)::point2';
CREATE FUNCTION log_ddl() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN END $$;
`;

test('pg_dump\'s CREATE CAST and CREATE EVENT TRIGGER compare equal to hand-written ones, in any file order', async () => {
  const hand = await bound(`CREATE CAST (int AS point2) WITH FUNCTION point2_of(int4) AS IMPLICIT;
CREATE CAST (point2 AS text) WITH INOUT AS ASSIGNMENT;
CREATE CAST (xid AS int4) WITHOUT FUNCTION;
COMMENT ON CAST (int AS point2) IS 'c';
CREATE EVENT TRIGGER e ON ddl_command_end WHEN TAG IN ('create table', 'Alter Table') EXECUTE PROCEDURE log_ddl();
ALTER EVENT TRIGGER e ENABLE ALWAYS;
COMMENT ON EVENT TRIGGER e IS 'e';
${TYPES}`);
  const dump = await bound(`CREATE TYPE public.point2 AS (x integer, y integer);
CREATE FUNCTION public.point2_of(integer) RETURNS public.point2 LANGUAGE sql IMMUTABLE AS 'SELECT ROW($1, $1)::point2';
CREATE FUNCTION public.log_ddl() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN END $$;
CREATE CAST (integer AS public.point2) WITH FUNCTION public.point2_of(integer) AS IMPLICIT;
COMMENT ON CAST (integer AS public.point2) IS 'c';
CREATE CAST (public.point2 AS text) WITH INOUT AS ASSIGNMENT;
CREATE CAST (xid AS integer) WITHOUT FUNCTION;
CREATE EVENT TRIGGER e ON ddl_command_end
         WHEN TAG IN ('CREATE TABLE', 'ALTER TABLE')
   EXECUTE FUNCTION public.log_ddl();
ALTER EVENT TRIGGER e ENABLE ALWAYS;
ALTER EVENT TRIGGER e OWNER TO root;
COMMENT ON EVENT TRIGGER e IS 'e';`);
  assert.equal(diff(hand, dump).map((c) => c.kind), []);
  assert.equal([...hand.casts.keys()].length, 3);
  assert.equal(hand.eventTriggers.get('e')?.tags, ['CREATE TABLE', 'ALTER TABLE']);
  assert.is(hand.eventTriggers.get('e')?.enabled, 'A');
});

test('a cast is identified by its type pair: a second one is an error, DROP CAST [IF EXISTS] finds it by any spelling', async () => {
  const r = await run(`${TYPES}CREATE CAST (integer AS point2) WITH FUNCTION point2_of(integer);
CREATE CAST (int4 AS public.point2) WITH INOUT;
DROP CAST (pg_catalog.int4 AS point2);
DROP CAST IF EXISTS (int AS point2);
DROP CAST (bigint AS point2);`);
  assert.equal(errors(r), ['duplicate-object: cast from type integer to type public.point2 already exists', 'missing-object: cast from type bigint to type public.point2 does not exist']);
  assert.equal(warnings(r), []);
  assert.is(r.catalog.casts.size, 0);
});

test('DROP FUNCTION: a cast or event trigger using it blocks it; CASCADE drops them (another overload keeps its cast)', async () => {
  const sql = `${TYPES}CREATE FUNCTION point2_of(bigint) RETURNS point2 LANGUAGE sql AS 'SELECT ROW($1::int, 0)::point2';
CREATE CAST (integer AS point2) WITH FUNCTION point2_of(integer);
CREATE CAST (bigint AS point2) WITH FUNCTION point2_of(bigint);
CREATE EVENT TRIGGER e ON sql_drop EXECUTE FUNCTION log_ddl();
`;
  const blocked = await run(`${sql}DROP FUNCTION point2_of(integer);
DROP FUNCTION log_ddl();`);
  assert.equal(errors(blocked).length, 2);
  assert.match(errors(blocked)[0]!, /cast from integer to public\.point2/);
  assert.match(errors(blocked)[1]!, /event trigger e/);
  const cascaded = await run(`${sql}DROP FUNCTION point2_of(integer) CASCADE;
DROP FUNCTION log_ddl() CASCADE;`);
  assert.equal(errors(cascaded), []);
  assert.equal([...cascaded.catalog.casts.values()].map((c) => c.source.name), ['bigint']);
  assert.is(cascaded.catalog.eventTriggers.size, 0);
});

test('DROP TYPE: a cast blocks it, CASCADE drops the cast; a renamed type takes its casts along', async () => {
  const blocked = await run(`${TYPES}CREATE CAST (point2 AS text) WITH INOUT;
DROP TYPE point2;`);
  assert.match(errors(blocked)[0]!, /cast from public\.point2 to text/);
  const cascaded = await run(`${TYPES}CREATE CAST (point2 AS text) WITH INOUT;
DROP TYPE point2 CASCADE;`);
  assert.is(cascaded.catalog.casts.size, 0);
  const renamed = await run(`${TYPES}CREATE CAST (point2 AS text) WITH INOUT;
CREATE CAST (text AS point2) WITH INOUT;
ALTER TYPE point2 RENAME TO pt;
COMMENT ON CAST (pt AS text) IS 'moved';
DROP CAST (text AS pt);`);
  assert.equal(errors(renamed), []);
  assert.equal([...renamed.catalog.casts.values()].map((c) => [c.source.name, c.target.name, c.comment]), [['pt', 'text', 'moved']]);
});

test('ALTER EVENT TRIGGER: ENABLE [REPLICA | ALWAYS], DISABLE, RENAME, OWNER; DROP [IF EXISTS]', async () => {
  const r = await run(`${TYPES}CREATE EVENT TRIGGER e ON ddl_command_start EXECUTE FUNCTION log_ddl();
ALTER EVENT TRIGGER e DISABLE;
ALTER EVENT TRIGGER e RENAME TO "E 2";
ALTER EVENT TRIGGER "E 2" OWNER TO someone;
COMMENT ON EVENT TRIGGER "E 2" IS 'x';
CREATE EVENT TRIGGER e ON ddl_command_start EXECUTE FUNCTION log_ddl();
ALTER EVENT TRIGGER e ENABLE REPLICA;
DROP EVENT TRIGGER IF EXISTS gone;
DROP EVENT TRIGGER gone;
CREATE EVENT TRIGGER e ON ddl_command_end EXECUTE FUNCTION log_ddl();`);
  assert.equal(errors(r), ['missing-object: event trigger "gone" does not exist', 'duplicate-object: event trigger "e" already exists']);
  assert.equal(warnings(r), []);
  const e2 = r.catalog.eventTriggers.get('E 2')!;
  assert.equal([e2.enabled, e2.owner, e2.comment], ['D', 'someone', 'x']);
  assert.is(r.catalog.eventTriggers.get('e')?.enabled, 'R');
});

test('a schema file may redefine a cast or an event trigger in file order (DROP then CREATE again): the last definition wins', async () => {
  const c = await bound(`${TYPES}CREATE CAST (text AS point2) WITH INOUT;
DROP CAST (text AS point2);
CREATE CAST (text AS point2) WITH INOUT AS IMPLICIT;
CREATE CAST (int4 AS point2) WITH INOUT;
DROP CAST (integer AS public.point2);
CREATE CAST (integer AS point2) WITH FUNCTION point2_of(integer);
CREATE EVENT TRIGGER e ON sql_drop EXECUTE FUNCTION log_ddl();
DROP EVENT TRIGGER e;
CREATE EVENT TRIGGER e ON ddl_command_end EXECUTE FUNCTION log_ddl();`);
  assert.equal([...c.casts.values()].map((x) => `${x.source.name}>${x.target.name} ${x.method} ${x.context}`).sort(), ['integer>point2 function explicit', 'text>point2 inout implicit']);
  assert.is(c.eventTriggers.get('e')?.event, 'ddl_command_end');
});

test('casts and event triggers follow their function and types (ALTER FUNCTION / SCHEMA … RENAME, SET SCHEMA); DROP SCHEMA … CASCADE takes them', async () => {
  const sql = `CREATE SCHEMA geo;
CREATE TYPE geo.point2 AS (x integer, y integer);
CREATE FUNCTION geo.point2_of(integer) RETURNS geo.point2 LANGUAGE sql AS 'SELECT ROW($1, $1)::geo.point2';
CREATE FUNCTION geo.log_ddl() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN END $$;
CREATE CAST (integer AS geo.point2) WITH FUNCTION geo.point2_of(integer);
CREATE EVENT TRIGGER e ON sql_drop EXECUTE FUNCTION geo.log_ddl();
`;
  const moved = await run(`${sql}ALTER FUNCTION geo.point2_of(integer) RENAME TO p2;
ALTER FUNCTION geo.log_ddl() SET SCHEMA public;
ALTER SCHEMA geo RENAME TO g;
DROP FUNCTION g.p2(integer) CASCADE;
DROP FUNCTION public.log_ddl() CASCADE;`);
  assert.equal(errors(moved), []);
  assert.equal([moved.catalog.casts.size, moved.catalog.eventTriggers.size], [0, 0]);
  const renamed = await run(`${sql}ALTER SCHEMA geo RENAME TO g;
COMMENT ON CAST (integer AS g.point2) IS 'found';`);
  assert.equal(errors(renamed), []);
  assert.equal([...renamed.catalog.casts.values()].map((c) => [c.target.schema, c.function?.schema, c.comment]), [['g', 'g', 'found']]);
  assert.is(renamed.catalog.eventTriggers.get('e')?.function.schema, 'g');
  const dropped = await run(`${sql}CREATE CAST (text AS geo.point2) WITH INOUT;
DROP SCHEMA geo CASCADE;`);
  assert.equal(errors(dropped), []);
  assert.equal([dropped.catalog.casts.size, dropped.catalog.eventTriggers.size], [0, 0]);
});

test.run();
