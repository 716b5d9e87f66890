CREATE SCHEMA app;
CREATE FUNCTION app.cur() RETURNS int LANGUAGE sql STABLE AS $$ SELECT 1 $$;
CREATE TABLE app.foobar (id serial PRIMARY KEY, fizz bigserial, owner int);
ALTER TABLE app.foobar ENABLE ROW LEVEL SECURITY;
ALTER TABLE app.foobar FORCE ROW LEVEL SECURITY;
CREATE POLICY p ON app.foobar USING (owner = app.cur());
CREATE VIEW app.v AS SELECT id, fizz FROM app.foobar;
