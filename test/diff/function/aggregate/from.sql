CREATE FUNCTION concat_step(acc text, x text) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT CASE WHEN acc = '' THEN x ELSE acc || ', ' || x END $$;
CREATE AGGREGATE joined(text) (SFUNC = concat_step, STYPE = text, INITCOND = '');
