CREATE FUNCTION greet(name text) RETURNS text LANGUAGE sql AS $$ SELECT 'hello ' || name $$;
CREATE FUNCTION pick(x int, y int DEFAULT 0) RETURNS int LANGUAGE plpgsql VOLATILE AS $$ BEGIN RETURN x; END $$;
