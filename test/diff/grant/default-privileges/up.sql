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

-- hazard breaks-readers: revokes EXECUTE from public: their queries may fail
REVOKE EXECUTE ON FUNCTION app.f() FROM PUBLIC;

GRANT INSERT, SELECT ON TABLE app.items TO app_reader;

GRANT INSERT ON TABLE app.old TO app_reader;

GRANT USAGE ON SEQUENCE app.items_id_seq TO app_writer WITH GRANT OPTION;

GRANT USAGE ON TYPE app.kind TO app_writer;
