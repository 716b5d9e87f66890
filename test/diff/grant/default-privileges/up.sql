SET lock_timeout = '5s';
SET statement_timeout = '15min';

ALTER DEFAULT PRIVILEGES IN SCHEMA app GRANT USAGE ON SEQUENCES TO app_writer WITH GRANT OPTION;

ALTER DEFAULT PRIVILEGES IN SCHEMA app GRANT INSERT ON TABLES TO app_reader;

ALTER DEFAULT PRIVILEGES REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;

ALTER DEFAULT PRIVILEGES GRANT USAGE ON TYPES TO app_writer;

CREATE TYPE app.kind AS ENUM ('a', 'b');

CREATE SEQUENCE app.items_id_seq AS integer;

CREATE FUNCTION app.f()
RETURNS integer
LANGUAGE sql
AS $$ SELECT 1 $$;

CREATE TABLE app.items (
  id integer DEFAULT nextval('app.items_id_seq'::regclass) NOT NULL,
  label text,
  CONSTRAINT items_pkey PRIMARY KEY (id)
);

ALTER SEQUENCE app.items_id_seq OWNED BY app.items.id;

GRANT INSERT ON TABLE app.old TO app_reader;
