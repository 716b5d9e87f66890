-- the function's result changes: the domain's default and its NOT VALID CHECK (with its comment) go first and come back
CREATE FUNCTION top() RETURNS bigint LANGUAGE sql IMMUTABLE AS 'SELECT 99';
CREATE DOMAIN score AS integer DEFAULT top();
ALTER DOMAIN score ADD CONSTRAINT score_max CHECK (VALUE <= top()) NOT VALID;
COMMENT ON CONSTRAINT score_max ON DOMAIN score IS 'capped';
CREATE TABLE games (id int PRIMARY KEY, s score);
