SET lock_timeout = '5s';
SET statement_timeout = '15min';

CREATE TABLE public.pair (
  a integer,
  b integer
);

CREATE FUNCTION public.pair_of(integer)
RETURNS public.pair
LANGUAGE sql
AS $$SELECT ROW($1, $1)::pair$$;

CREATE CAST (integer AS public.pair) WITH FUNCTION public.pair_of(integer);

CREATE CAST (public.pair AS text) WITH INOUT AS ASSIGNMENT;
