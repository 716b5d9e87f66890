import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { bindSql } from '../helpers/golden.js';
import { diff } from '../../lib/diff/diff.js';

test('files in any order: a table may reference a type and a table defined later', async () => {
  const r = await bindSql(`
    CREATE TABLE a (id int PRIMARY KEY, b_id int REFERENCES b, m mood);
    CREATE TABLE b (id int PRIMARY KEY);
    CREATE TYPE mood AS ENUM ('x');
    CREATE INDEX ON a (b_id);`);
  assert.equal(r.diagnostics, []);
  assert.equal(r.catalog.tables.get('public.a')!.columns.get('m')!.type, { schema: 'public', name: 'mood', mods: [], arrayDims: 0 });
  assert.equal([...r.catalog.tables.get('public.a')!.constraints.keys()], ['a_pkey', 'a_b_id_fkey']);
});

test('a pg_dump --schema-only file binds without errors and equals the hand-written schema', async () => {
  const dump = await bindSql(`
SET statement_timeout = 0;
SET client_encoding = 'UTF8';
SELECT pg_catalog.set_config('search_path', '', false);
SET default_table_access_method = heap;
CREATE TYPE public.mood AS ENUM ('happy', 'sad');
ALTER TYPE public.mood OWNER TO bob;
CREATE TABLE public.users (
    id integer NOT NULL,
    name character varying(40) DEFAULT 'anon'::character varying NOT NULL,
    m public.mood DEFAULT 'happy'::public.mood,
    score integer DEFAULT '-1'::integer,
    tags text[] DEFAULT '{}'::text[],
    created timestamp with time zone DEFAULT now(),
    CONSTRAINT users_name_check CHECK (((name)::text <> ''::text))
);
ALTER TABLE public.users OWNER TO bob;
CREATE SEQUENCE public.users_id_seq AS integer START WITH 1 INCREMENT BY 1 NO MINVALUE NO MAXVALUE CACHE 1;
ALTER SEQUENCE public.users_id_seq OWNED BY public.users.id;
ALTER TABLE ONLY public.users ALTER COLUMN id SET DEFAULT nextval('public.users_id_seq'::regclass);
ALTER TABLE ONLY public.users ADD CONSTRAINT users_pkey PRIMARY KEY (id);
CREATE INDEX users_lower_idx ON public.users USING btree (lower((name)::text));
`);
  assert.equal(dump.diagnostics.filter((d) => d.severity === 'error'), []);
  const hand = await bindSql(`
CREATE TYPE mood AS ENUM ('happy', 'sad');
CREATE TABLE users (
  id serial PRIMARY KEY,
  name varchar(40) NOT NULL DEFAULT 'anon' CHECK (name <> ''),
  m mood DEFAULT 'happy',
  score int DEFAULT -1,
  tags text[] DEFAULT '{}',
  created timestamptz DEFAULT now()
);
CREATE INDEX ON users (lower(name));
`);
  assert.equal(hand.diagnostics, []);
  assert.equal(diff(hand.catalog, dump.catalog).map((c) => c.kind), []);
});

test('the same schema written two ways gives an empty diff', async () => {
  const a = await bindSql(`CREATE TABLE t (a int4, b int8 NOT NULL, c varchar(10), d decimal(5,2), e bool, f timestamp, g float8, h char);`);
  const b = await bindSql(`CREATE TABLE t (a integer, b bigint NOT NULL, c character varying(10), d numeric(5,2), e boolean, f timestamp without time zone, g double precision, h character(1));`);
  assert.equal(diff(a.catalog, b.catalog), []);
});

test('replay-only errors are collected, not thrown: duplicate tables are located', async () => {
  const r = await bindSql(`CREATE TABLE t (id int);\nCREATE TABLE t (id int);`);
  assert.is(r.diagnostics.length, 1);
  assert.is(r.diagnostics[0]!.code, 'duplicate-object');
  assert.is(r.diagnostics[0]!.span!.start, 25);
});

test('RESET search_path goes back to the default path, not to the first schema of the current one', async () => {
  const { catalog: c, diagnostics } = await bindSql(`
CREATE SCHEMA app;
SET search_path = app, public;
CREATE TABLE in_app (id int);
RESET search_path;
CREATE TABLE in_public (id int);
SET search_path TO app;
SET search_path TO DEFAULT;
CREATE TABLE also_public (id int);
`);
  assert.equal(diagnostics, []);
  assert.ok(c.tables.has('app.in_app'));
  assert.ok(c.tables.has('public.in_public'), 'RESET: public');
  assert.ok(c.tables.has('public.also_public'), 'SET … TO DEFAULT: public');
  assert.not.ok(c.tables.has('app.in_public'));
});

test.run();
