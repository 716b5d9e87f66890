-- Functions whose signatures name a view's row type (and its array), in public and in another
-- schema, named again by COMMENT, GRANT and ALTER FUNCTION in the schema file. Views are bound after
-- functions, so the later statements must find the function whatever order the binder takes.
CREATE SCHEMA app;
CREATE TABLE app.t (id int, name text);
CREATE VIEW app.v AS SELECT id, name FROM app.t;
CREATE VIEW summary AS SELECT count(*) AS n FROM app.t;
CREATE FUNCTION row_id(r app.v) RETURNS int LANGUAGE sql AS $$ SELECT r.id $$;
CREATE FUNCTION total(rs summary[]) RETURNS bigint LANGUAGE sql AS $$ SELECT sum((x).n) FROM unnest(rs) x $$;
COMMENT ON FUNCTION row_id(app.v) IS 'the id of a row of app.v';
COMMENT ON FUNCTION total(summary[]) IS 'sums the counts';
REVOKE ALL ON FUNCTION total(summary[]) FROM PUBLIC;
ALTER FUNCTION row_id(app.v) STABLE;
ALTER FUNCTION total(public.summary[]) SET search_path = public;
