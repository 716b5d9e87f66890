SET lock_timeout = '5s';
SET statement_timeout = '15min';

CREATE OR REPLACE FUNCTION public.inc(x integer)
RETURNS integer
LANGUAGE sql
IMMUTABLE
RETURN x + 2;

CREATE FUNCTION public.total()
RETURNS bigint
LANGUAGE sql
STABLE
BEGIN ATOMIC
  SELECT sum(v) FROM t;
END;
