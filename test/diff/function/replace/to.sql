-- new bodies and attributes, same signatures: CREATE OR REPLACE
CREATE FUNCTION greet(name text) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT 'hi ' || name $$;
CREATE FUNCTION pick(x int, y int DEFAULT 1) RETURNS int LANGUAGE plpgsql STABLE STRICT SET search_path = pg_catalog AS $$ BEGIN RETURN y; END $$;
COMMENT ON FUNCTION greet(text) IS 'says hi';
