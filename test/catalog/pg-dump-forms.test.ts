/**
 * Object-level spellings of pg_dump that must compare equal to the hand-written schema: schema-qualified
 * extension types and operator classes (search_path is empty in a dump), ALTER TABLE ONLY … ADD
 * CONSTRAINT, explicit public. prefixes, sequences with every option spelled out, default opclasses.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { initParser, parseFile } from '../../lib/parse/parse.js';
import { bind } from '../../lib/catalog/bind.js';
import { diff } from '../../lib/diff/diff.js';

async function kinds(a: string, b: string): Promise<string[]> {
  await initParser();
  const cat = (sql: string) => {
    const r = bind([parseFile({ path: 'x.sql', text: sql })]);
    assert.equal(r.diagnostics.filter((d) => d.severity === 'error').map((d) => d.message), []);
    return r.catalog;
  };
  return diff(cat(a), cat(b)).map((c) => c.kind);
}

const HAND = `CREATE EXTENSION citext;
CREATE EXTENSION pg_trgm;
CREATE TABLE users (
  id serial PRIMARY KEY,
  email citext NOT NULL,
  name varchar(100),
  CONSTRAINT users_name_check CHECK (name IN ('a', 'b'))
);
CREATE INDEX users_name_trgm ON users USING gin (name gin_trgm_ops);
CREATE INDEX users_email_idx ON users (email);
`;

const DUMP = `SELECT pg_catalog.set_config('search_path', '', false);
CREATE EXTENSION IF NOT EXISTS citext WITH SCHEMA public;
CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public;
CREATE TABLE public.users (
    id integer NOT NULL,
    email public.citext NOT NULL,
    name character varying(100),
    CONSTRAINT users_name_check CHECK (((name)::text = ANY ((ARRAY['a'::character varying, 'b'::character varying])::text[])))
);
CREATE SEQUENCE public.users_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;
ALTER SEQUENCE public.users_id_seq OWNED BY public.users.id;
ALTER TABLE ONLY public.users ALTER COLUMN id SET DEFAULT nextval('public.users_id_seq'::regclass);
ALTER TABLE ONLY public.users
    ADD CONSTRAINT users_pkey PRIMARY KEY (id);
CREATE INDEX users_email_idx ON public.users USING btree (email);
CREATE INDEX users_name_trgm ON public.users USING gin (name public.gin_trgm_ops);
`;

test('a hand-written schema and its pg_dump compare equal', async () => {
  assert.equal(await kinds(HAND, DUMP), []);
  assert.equal(await kinds(DUMP, HAND), []);
});

test('a type or operator class of a schema that is not searched stays qualified', async () => {
  const other = HAND.replace('CREATE EXTENSION pg_trgm;', 'CREATE SCHEMA ext;\nCREATE EXTENSION pg_trgm SCHEMA ext;').replace('name gin_trgm_ops', 'name ext.gin_trgm_ops');
  const changes = await kinds(HAND, other);
  assert.ok(changes.includes('drop_index') && changes.includes('create_index'), changes.join(', '));
});


test('whole-row references: `d`, `d.*`, pg_dump\'s `d.*::public.doc AS d` and `(d).c` as `d.c`, in views and SQL-standard bodies (pg_dump of PostgreSQL 15)', async () => {
  const written = `CREATE TABLE doc (id int, body text);
CREATE VIEW v1 AS SELECT d FROM doc d;
CREATE VIEW v2 AS SELECT (d).id, (d).body AS b FROM doc d;
CREATE VIEW v3 AS SELECT row_to_json(d) AS j FROM doc d;
CREATE FUNCTION first_doc() RETURNS doc LANGUAGE sql BEGIN ATOMIC SELECT d FROM doc d LIMIT 1; END;`;
  const dumped = `CREATE TABLE public.doc (id integer, body text);
CREATE VIEW public.v1 AS SELECT d.*::public.doc AS d FROM public.doc d;
CREATE VIEW public.v2 AS SELECT d.id, d.body AS b FROM public.doc d;
CREATE VIEW public.v3 AS SELECT row_to_json(d.*) AS j FROM public.doc d;
CREATE FUNCTION public.first_doc() RETURNS public.doc LANGUAGE sql BEGIN ATOMIC SELECT d.*::public.doc AS d FROM public.doc d LIMIT 1; END;`;
  assert.equal(await kinds(written, dumped), []);
  // a column named like the alias is a column, not the row; a changed query is still a change
  assert.equal((await kinds('CREATE TABLE d (d int, x int); CREATE VIEW v AS SELECT d FROM d;', 'CREATE TABLE d (d int, x int); CREATE VIEW v AS SELECT d.* FROM d;')).length > 0, true);
  assert.equal((await kinds(written, written.replace('SELECT (d).id, (d).body AS b', 'SELECT (d).id, (d).id AS b'))).length > 0, true);
  assert.equal((await kinds(written, written.replace('row_to_json(d) AS j', 'row_to_json(d.id) AS j'))).length > 0, true);
});

test.run();
