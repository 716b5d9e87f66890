CREATE SCHEMA s;
CREATE TYPE public."bit" AS ENUM ('a', 'b');
CREATE TYPE s."numeric" AS ENUM ('one');
CREATE TYPE public."interval" AS (lo int, hi int);
CREATE DOMAIN public."character" AS text;
CREATE DOMAIN public.bpchar AS varchar(3);
CREATE TABLE t (
  id int,
  x public."bit",
  y "bit",
  z public."interval"[],
  w public."character",
  v s."numeric"[],
  u bpchar,
  r public.bpchar,
  q interval(2)
);
