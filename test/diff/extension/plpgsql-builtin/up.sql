SET lock_timeout = '5s';
SET statement_timeout = '15min';

CREATE FUNCTION public.f()
RETURNS integer
LANGUAGE plpgsql
AS $$ BEGIN RETURN 1; END $$;
