-- ALL on a function, a type, a schema or a sequence means the same privileges on every version, and pg_dump
-- prints ALL when they are all granted: the spelled-out grants are equal to it, so no change.
CREATE SCHEMA app;
CREATE FUNCTION app.f() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$;
CREATE TYPE app.mood AS ENUM ('ok');
CREATE SEQUENCE app.s;
GRANT EXECUTE ON FUNCTION app.f() TO app_reader;
GRANT USAGE ON TYPE app.mood TO app_reader;
GRANT USAGE, CREATE ON SCHEMA app TO app_reader;
GRANT USAGE, SELECT, UPDATE ON SEQUENCE app.s TO app_reader;
