CREATE SCHEMA "Plan Aid";

CREATE FUNCTION "Plan Aid"."Like Support"(internal) RETURNS internal
    LANGUAGE internal STRICT
    AS $$textlike_support$$;

CREATE FUNCTION "Plan Aid".matches(a text, b text) RETURNS boolean
    LANGUAGE sql STABLE SUPPORT "Plan Aid"."Like Support"
    AS $$SELECT a LIKE b$$;

CREATE FUNCTION public.rows_support(internal) RETURNS internal
    LANGUAGE internal STRICT
    AS $$generate_series_int4_support$$;

CREATE FUNCTION "Plan Aid".span(n integer) RETURNS SETOF integer
    LANGUAGE sql SUPPORT public.rows_support
    AS $$SELECT generate_series(1, n)$$;

CREATE FUNCTION public.series(n integer) RETURNS SETOF integer
    LANGUAGE sql IMMUTABLE SUPPORT public.rows_support
    AS $$SELECT generate_series(1, n)$$;

