SET lock_timeout = '5s';
SET statement_timeout = '15min';

CREATE FUNCTION public.new_id()
RETURNS integer
LANGUAGE sql
AS $$SELECT 42$$;

CREATE TABLE public.things (
  id integer DEFAULT new_id() NOT NULL,
  name text,
  CONSTRAINT things_pkey PRIMARY KEY (id)
);

CREATE FUNCTION public.thing_count()
RETURNS bigint
LANGUAGE sql
STABLE
AS $$SELECT count(*) FROM things$$;

CREATE VIEW public.counts AS
SELECT public.thing_count() AS n;
