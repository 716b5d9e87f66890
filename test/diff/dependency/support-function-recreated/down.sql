SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- hazard breaks-readers: drops function public.series: callers fail until it exists again
DROP FUNCTION public.series(integer);

-- hazard breaks-readers: drops function aid.series_support: callers fail until it exists again
DROP FUNCTION aid.series_support(internal);

CREATE FUNCTION aid.series_support(req internal)
RETURNS internal
LANGUAGE internal
STRICT
AS $$generate_series_int4_support$$;

CREATE OR REPLACE FUNCTION public.other(n integer)
RETURNS integer
LANGUAGE sql
AS $$SELECT n$$;

-- hazard breaks-readers: drops function aid.other_support: callers fail until it exists again
DROP FUNCTION aid.other_support(internal);

CREATE FUNCTION public.series(n integer)
RETURNS SETOF integer
LANGUAGE sql
SUPPORT aid.series_support
AS $$SELECT generate_series(1, n)$$;
