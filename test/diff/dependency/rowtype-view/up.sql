SET lock_timeout = '5s';
SET statement_timeout = '15min';

CREATE TABLE public.t (
  k integer
);

CREATE VIEW public.v AS
SELECT t.k
FROM public.t;

CREATE DOMAIN public.dv AS public.v;

CREATE TABLE public.zv (
  q public.v
);
