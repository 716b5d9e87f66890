SET lock_timeout = '5s';
SET statement_timeout = '15min';

CREATE TABLE public.x (
  a integer
);

CREATE TYPE public.xrange AS RANGE (SUBTYPE = public.x);
