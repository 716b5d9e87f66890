CREATE SCHEMA app;
CREATE TYPE app.mood AS ENUM ('ok', 'meh');
CREATE DOMAIN app.score AS integer CHECK (VALUE >= 0);
CREATE FUNCTION app.add(a integer, b integer) RETURNS integer LANGUAGE sql IMMUTABLE AS $$ SELECT a + b $$;
CREATE PROCEDURE app.touch() LANGUAGE sql AS $$ SELECT 1 $$;
GRANT USAGE ON SCHEMA app TO app_writer;
