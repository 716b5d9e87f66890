-- Cycles no order can solve: a table's default calls a PL/pgSQL function whose body declares the
-- table's row type, a domain's CHECK calls one declaring a variable of the domain, and a CHECK calls a
-- SQL function (string body) reading its table. PostgreSQL records a dependency on the called function,
-- none on what a string body needs: the functions are created first with check_function_bodies off
-- (as pg_dump creates every function), the check on again after each; going down, the table and the
-- domain are dropped before the functions.
SET check_function_bodies = false;

CREATE FUNCTION next_code() RETURNS int LANGUAGE plpgsql AS $$
DECLARE
  last codes%ROWTYPE;
BEGIN
  SELECT * INTO last FROM codes ORDER BY code DESC LIMIT 1;
  RETURN coalesce(last.code, 0) + 1;
END $$;

CREATE FUNCTION is_small(v int) RETURNS boolean LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
  s small;
BEGIN
  RETURN v < 100;
END $$;

CREATE FUNCTION label_free(l text) RETURNS boolean LANGUAGE sql STABLE AS $$
  SELECT NOT EXISTS (SELECT 1 FROM codes WHERE label = l)
$$;

CREATE DOMAIN small AS int CHECK (is_small(VALUE));

CREATE TABLE codes (
  code int PRIMARY KEY DEFAULT next_code(),
  label text CHECK (label_free(label)),
  size small
);
