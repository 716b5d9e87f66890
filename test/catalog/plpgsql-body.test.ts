/** What a PL/pgSQL body needs at creation: the declarations read from its tokens, resolved in the catalogue. */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { bindSql, replaySql } from '../helpers/golden.js';
import { plpgsqlDeclarations } from '../../lib/catalog/query/plpgsql-body.js';

const errors = (r: { diagnostics: { severity: string; message: string }[] }) => r.diagnostics.filter((d) => d.severity === 'error').map((d) => d.message);

test('declarations of every block, cursor arguments and the copied-type forms are read; statements are not', async () => {
  await bindSql(''); // loads the parser
  const body = `
    #variable_conflict use_column
    <<outer>>
    DECLARE
      r "Odd.Name"%ROWTYPE;
      c CONSTANT public."Mixed ""Q"""."Col"%TYPE NOT NULL DEFAULT 1;
      n numeric(10, 2) COLLATE "C" := 0;
      cur NO SCROLL CURSOR (k mood, p numeric(4, 1)[]) FOR SELECT 1 FROM t; -- DECLARE x nosuch;
      a ALIAS FOR $1;
      tags labels.tag%TYPE[];
    BEGIN
      EXECUTE 'DECLARE s CURSOR FOR SELECT 1';
      SELECT declare FROM t;
      IF true THEN
        DECLARE inner_v items[];
        BEGIN NULL; END;
      END IF;
    EXCEPTION WHEN others THEN
      DECLARE e timestamp (3) with time zone; BEGIN NULL; END;
    END outer`;
  assert.equal(plpgsqlDeclarations(body), [
    { name: 'r', type: { kind: 'rowtype', names: ['Odd.Name'] } },
    { name: 'c', type: { kind: 'copytype', names: ['public', 'Mixed "Q"', 'Col'] } },
    { name: 'n', type: { kind: 'type', text: 'numeric ( 10 , 2 )' } },
    { type: { kind: 'type', text: 'mood' } },
    { type: { kind: 'type', text: 'numeric ( 4 , 1 ) [ ]' } },
    { name: 'cur', type: { kind: 'type', text: 'refcursor' } },
    { name: 'tags', type: { kind: 'copytype', names: ['labels', 'tag'] } },
    { name: 'inner_v', type: { kind: 'type', text: 'items [ ]' } },
    { name: 'e', type: { kind: 'type', text: 'timestamp ( 3 ) with time zone' } },
  ]);
  assert.equal(plpgsqlDeclarations(`BEGIN RETURN 1; END`), []);
  assert.equal(plpgsqlDeclarations(`DECLARE x 'unterminated`), []);
});

test('bind resolves the declarations once everything exists, with the function\'s own search_path', async () => {
  const r = await bindSql(`
    CREATE FUNCTION app.f(p_id int) RETURNS int LANGUAGE plpgsql SET search_path = app, public AS $$
    DECLARE
      a app_rows%ROWTYPE;
      b shared.amount%TYPE;
      c p_id%TYPE;
      d mood%TYPE;
      e pair[];
      f ok_int;
      g v;
      h nosuch%ROWTYPE;
    BEGIN
      PERFORM * FROM never_created;
      RETURN 0;
    END $$;
    CREATE SCHEMA app;
    CREATE TABLE app.app_rows (id int);
    CREATE TABLE shared (amount numeric);
    CREATE TYPE mood AS ENUM ('ok');
    CREATE TYPE pair AS (l int, r int);
    CREATE DOMAIN ok_int AS int;
    CREATE VIEW v AS SELECT 1 AS one;`);
  assert.equal(errors(r), []);
  const deps = r.catalog.functions.get('app.f(integer)')!.deps;
  assert.equal(deps.relations, ['app.app_rows', 'public.shared', 'public.v']);
  assert.equal(deps.columns, ['public.shared.amount']);
  // `mood%TYPE` names a type on PostgreSQL 16 and older (18 wants a variable); `p_id%TYPE` is the argument's
  assert.equal(deps.types, ['app.app_rows', 'public.shared', 'public.mood', 'public.pair', 'public.ok_int', 'public.v']);
  assert.equal(deps.functions, []);
});

test('SET search_path values are schema names as written (PostgreSQL quotes each), in a session and a function', async () => {
  const r = await bindSql(`
    CREATE SCHEMA "App";
    CREATE SCHEMA "B c";
    CREATE TABLE "B c".t (a int);
    SET search_path = "App", 'B c';
    CREATE TABLE u (a int);
    CREATE FUNCTION f() RETURNS int LANGUAGE plpgsql AS $$ DECLARE r t%ROWTYPE; BEGIN RETURN 1; END $$;
    RESET search_path;
    CREATE FUNCTION public.g() RETURNS int LANGUAGE plpgsql SET search_path = "B c" AS $$ DECLARE r t%ROWTYPE; BEGIN RETURN 1; END $$;`);
  assert.equal(errors(r), []);
  assert.ok(r.catalog.tables.has('App.u'));
  assert.equal(r.catalog.functions.get('App.f()')!.deps.relations, ['B c.t']);
  assert.equal(r.catalog.functions.get('public.g()')!.deps.relations, ['B c.t']);
});

test('PostgreSQL records nothing for a PL/pgSQL body: DROP TABLE and DROP TYPE are not refused', async () => {
  const schema = `
    CREATE TABLE t (a int);
    CREATE TYPE mood AS ENUM ('ok');
    CREATE FUNCTION f() RETURNS int LANGUAGE plpgsql AS $$ DECLARE r t%ROWTYPE; m mood; BEGIN RETURN 1; END $$;`;
  const r = await replaySql(schema, [{ path: 'm.sql', text: 'DROP TABLE t; DROP TYPE mood;' }]);
  assert.equal(errors(r), []);
  assert.ok(r.catalog.functions.has('public.f()'));
});

test.run();
