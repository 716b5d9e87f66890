SET lock_timeout = '5s';
SET statement_timeout = '15min';

CREATE OR REPLACE FUNCTION public.greet(name text)
RETURNS text
LANGUAGE sql
AS $$ SELECT 'hello ' || name $$;

CREATE OR REPLACE FUNCTION public.pick(x integer, y integer DEFAULT 0)
RETURNS integer
LANGUAGE plpgsql
AS $$ BEGIN RETURN x; END $$;

COMMENT ON FUNCTION public.greet(text) IS NULL;
