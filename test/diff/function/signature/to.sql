-- argument types, result and argument names changed: drop and create
CREATE FUNCTION area(w bigint, h bigint) RETURNS bigint LANGUAGE sql AS 'SELECT w * h';
CREATE FUNCTION label(id int) RETURNS varchar(40) LANGUAGE sql AS $$ SELECT 'item ' || id $$;
CREATE FUNCTION named(b int) RETURNS int LANGUAGE sql AS 'SELECT b';
