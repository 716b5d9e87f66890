-- pg_dump's form of functions with SUPPORT equals the schema as written: the support function schema-qualified when it is not on the search path, its name quoted, dollar-quoted bodies
CREATE SCHEMA "Plan Aid";
CREATE FUNCTION rows_support(internal) RETURNS internal LANGUAGE internal STRICT AS 'generate_series_int4_support';
CREATE FUNCTION "Plan Aid"."Like Support"(internal) RETURNS internal LANGUAGE internal STRICT AS 'textlike_support';
CREATE FUNCTION series(n integer) RETURNS SETOF integer LANGUAGE sql IMMUTABLE SUPPORT rows_support AS 'SELECT generate_series(1, n)';
CREATE FUNCTION "Plan Aid".matches(a text, b text) RETURNS boolean LANGUAGE sql STABLE SUPPORT "Plan Aid"."Like Support" AS 'SELECT a LIKE b';
CREATE FUNCTION "Plan Aid".span(n integer) RETURNS SETOF integer LANGUAGE sql SUPPORT public.rows_support AS 'SELECT generate_series(1, n)';
