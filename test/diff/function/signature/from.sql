CREATE FUNCTION area(w int, h int) RETURNS int LANGUAGE sql AS 'SELECT w * h';
CREATE FUNCTION label(id int) RETURNS text LANGUAGE sql AS $$ SELECT 'item ' || id $$;
CREATE FUNCTION named(a int) RETURNS int LANGUAGE sql AS 'SELECT a';
