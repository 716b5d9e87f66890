CREATE FUNCTION fmt(x int) RETURNS text LANGUAGE sql AS 'SELECT x::text';
CREATE FUNCTION fmt(x numeric) RETURNS text LANGUAGE sql AS 'SELECT round(x, 2)::text';
CREATE FUNCTION fmt(x date) RETURNS text LANGUAGE sql AS $$ SELECT to_char(x, 'YYYY-MM-DD') $$;
