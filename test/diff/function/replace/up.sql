SET lock_timeout = '5s';
SET statement_timeout = '15min';

CREATE OR REPLACE FUNCTION public.greet(name text)
RETURNS text
LANGUAGE sql
IMMUTABLE
AS $$ SELECT 'hi ' || name $$;

CREATE OR REPLACE FUNCTION public.pick(x integer, y integer DEFAULT 1)
RETURNS integer
LANGUAGE plpgsql
STABLE STRICT
SET search_path TO 'pg_catalog'
AS $$ BEGIN RETURN y; END $$;

COMMENT ON FUNCTION public.greet(text) IS 'says hi';
