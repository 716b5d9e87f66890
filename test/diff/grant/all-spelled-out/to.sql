CREATE SCHEMA app;
CREATE FUNCTION app.f() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$;
CREATE TYPE app.mood AS ENUM ('ok');
CREATE SEQUENCE app.s;
GRANT ALL ON FUNCTION app.f() TO app_reader;
GRANT ALL ON TYPE app.mood TO app_reader;
GRANT ALL ON SCHEMA app TO app_reader;
GRANT ALL ON SEQUENCE app.s TO app_reader;
