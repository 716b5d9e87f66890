-- PL/pgSQL is installed in every database: the CREATE EXTENSION and COMMENT an old pg_dump writes for
-- it are not a change when the newer dump leaves them out (nor the other way round); a function in
-- plpgsql is created either way.
CREATE EXTENSION IF NOT EXISTS plpgsql WITH SCHEMA pg_catalog;
COMMENT ON EXTENSION plpgsql IS 'PL/pgSQL procedural language';
CREATE TABLE t (a int);
