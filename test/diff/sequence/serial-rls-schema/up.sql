SET lock_timeout = '5s';
SET statement_timeout = '15min';

CREATE SCHEMA app;

CREATE SEQUENCE app.foobar_fizz_seq;

CREATE SEQUENCE app.foobar_id_seq AS integer;

CREATE FUNCTION app.cur()
RETURNS integer
LANGUAGE sql
STABLE
AS $$ SELECT 1 $$;

CREATE TABLE app.foobar (
  id integer DEFAULT nextval('app.foobar_id_seq'::regclass) NOT NULL,
  fizz bigint DEFAULT nextval('app.foobar_fizz_seq'::regclass) NOT NULL,
  owner integer,
  CONSTRAINT foobar_pkey PRIMARY KEY (id)
);

ALTER SEQUENCE app.foobar_fizz_seq OWNED BY app.foobar.fizz;

ALTER SEQUENCE app.foobar_id_seq OWNED BY app.foobar.id;

CREATE VIEW app.v AS
SELECT
  foobar.id,
  foobar.fizz
FROM app.foobar;

-- lock: ACCESS EXCLUSIVE on app.foobar
ALTER TABLE app.foobar ENABLE ROW LEVEL SECURITY;

-- lock: ACCESS EXCLUSIVE on app.foobar
ALTER TABLE app.foobar FORCE ROW LEVEL SECURITY;

-- lock: ACCESS EXCLUSIVE on app.foobar
CREATE POLICY p ON app.foobar USING (owner = app.cur());
