CREATE FUNCTION concat_step(acc text, x text) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT CASE WHEN acc = '' THEN x ELSE acc || ', ' || x END $$;
CREATE FUNCTION count_step(n bigint) RETURNS bigint LANGUAGE sql IMMUTABLE AS 'SELECT n + 1';
-- a changed aggregate is dropped and created; one without arguments is written (*)
CREATE AGGREGATE joined(text) (SFUNC = concat_step, STYPE = text, INITCOND = '', PARALLEL = SAFE);
CREATE AGGREGATE tally(*) (SFUNC = count_step, STYPE = bigint, INITCOND = '0');
CREATE TABLE words (w text);
CREATE VIEW all_words AS SELECT joined(w) AS words, tally(*) AS n FROM words;
COMMENT ON AGGREGATE tally(*) IS 'counts rows';
