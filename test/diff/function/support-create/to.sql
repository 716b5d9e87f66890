-- functions created with SUPPORT keep it, and the support function is created before them (in another schema, with quoted names); a comment on a supported function
CREATE SCHEMA "Plan Aid";
CREATE FUNCTION rows_support(internal) RETURNS internal LANGUAGE internal STRICT AS 'generate_series_int4_support';
CREATE FUNCTION "Plan Aid"."Like Support"(internal) RETURNS internal LANGUAGE internal STRICT AS 'textlike_support';
CREATE FUNCTION "Plan Aid"."Span Of"(lo integer, hi integer) RETURNS SETOF integer LANGUAGE sql STABLE SUPPORT "Plan Aid"."Like Support" AS 'SELECT generate_series(lo, hi)';
CREATE FUNCTION series(n integer) RETURNS SETOF integer LANGUAGE sql IMMUTABLE SUPPORT rows_support AS 'SELECT generate_series(1, n)';
COMMENT ON FUNCTION series(integer) IS 'row estimates from rows_support';
