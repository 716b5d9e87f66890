SET lock_timeout = '5s';
SET statement_timeout = '15min';

CREATE VIEW public.v AS
SELECT CAST(NULL AS bigint) AS c;

CREATE FUNCTION public.f()
RETURNS bigint
LANGUAGE sql
BEGIN ATOMIC
  SELECT count(*) AS count FROM public.v;
END;

CREATE OR REPLACE VIEW public.v AS
SELECT public.f() AS c;
