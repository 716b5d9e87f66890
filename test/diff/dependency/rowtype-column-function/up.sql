SET lock_timeout = '5s';
SET statement_timeout = '15min';

CREATE TABLE public.x (
  a integer
);

CREATE FUNCTION public.f(p public.x)
RETURNS SETOF public.x
LANGUAGE sql
AS $$ SELECT p $$;

CREATE TABLE public.z (
  b public.x,
  c public.x[]
);
