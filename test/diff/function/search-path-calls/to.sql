CREATE SCHEMA s;
SET search_path = s;
CREATE TYPE e AS ENUM ('a', 'b');
CREATE FUNCTION f0() RETURNS int LANGUAGE sql AS 'select 1';
CREATE TABLE t (
  a int DEFAULT f0(),
  b int CHECK (b > f0()),
  c e DEFAULT 'a'::e,
  d int GENERATED ALWAYS AS (a + f0()) STORED
);
CREATE INDEX ON t ((a + f0()));
CREATE FUNCTION f1(x int DEFAULT f0(), y e DEFAULT 'a'::e) RETURNS int LANGUAGE sql AS 'select x';
SET search_path = s, public;
CREATE FUNCTION public.pf() RETURNS int LANGUAGE sql AS 'select 2';
CREATE TABLE t2 (a int DEFAULT pf() + f0(), b bigint DEFAULT now()::date - '2000-01-01'::date);
RESET search_path;
CREATE TABLE t3 (a int DEFAULT pf());
