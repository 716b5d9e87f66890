CREATE FUNCTION fmt(x int) RETURNS text LANGUAGE sql AS 'SELECT x::text';
CREATE FUNCTION fmt(x numeric) RETURNS text LANGUAGE sql AS 'SELECT round(x, 3)::text';
CREATE FUNCTION fmt(x timestamptz) RETURNS text LANGUAGE sql AS $$ SELECT to_char(x, 'YYYY-MM-DD HH24:MI') $$;
COMMENT ON FUNCTION fmt(numeric) IS 'three decimals';
