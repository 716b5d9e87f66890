SET lock_timeout = '5s';
SET statement_timeout = '15min';

CREATE FUNCTION public.double(x integer)
RETURNS integer
LANGUAGE sql
IMMUTABLE
AS $$SELECT x * 2$$;

CREATE VIEW public.doubled AS
SELECT public.double(t.a) AS d
FROM public.t;

CREATE VIEW public.quad AS
SELECT public.double(doubled.d) AS q
FROM public.doubled;
