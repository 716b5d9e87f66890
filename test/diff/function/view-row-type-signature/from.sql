-- Functions whose signatures name a view's row type (and its array), in public and in another
-- schema, named again by COMMENT, GRANT and ALTER FUNCTION in the schema file. Views are bound after
-- functions, so the later statements must find the function whatever order the binder takes.
CREATE SCHEMA app;
CREATE TABLE app.t (id int, name text);
CREATE VIEW app.v AS SELECT id, name FROM app.t;
