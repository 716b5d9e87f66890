SET lock_timeout = '5s';
SET statement_timeout = '15min';

CREATE FUNCTION "Plan Aid"."Like Support"(internal)
RETURNS internal
LANGUAGE internal
STRICT
AS $$textlike_support$$;

CREATE FUNCTION "Plan Aid"."Span Of"(lo integer, hi integer)
RETURNS SETOF integer
LANGUAGE sql
STABLE
SUPPORT "Plan Aid"."Like Support"
AS $$SELECT generate_series(lo, hi)$$;

CREATE FUNCTION public.series(n integer)
RETURNS SETOF integer
LANGUAGE sql
IMMUTABLE
SUPPORT public.rows_support
AS $$SELECT generate_series(1, n)$$;

COMMENT ON FUNCTION public.series(integer) IS 'row estimates from rows_support';
