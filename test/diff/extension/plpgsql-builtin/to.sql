-- PL/pgSQL is installed in every database: the CREATE EXTENSION and COMMENT an old pg_dump writes for
-- it are not a change when the newer dump leaves them out (nor the other way round); a function in
-- plpgsql is created either way.
CREATE TABLE t (a int);
CREATE FUNCTION f() RETURNS int LANGUAGE plpgsql AS $$ BEGIN RETURN 1; END $$;
