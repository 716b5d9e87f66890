-- the function's result changes; a's default stops calling it, b's still calls it in another form, c's is the same:
-- each default is dropped and set once, around DROP FUNCTION where it still calls it
CREATE FUNCTION seed() RETURNS integer LANGUAGE sql IMMUTABLE AS 'SELECT 5';
CREATE TABLE t (a integer DEFAULT 0, b integer DEFAULT seed() + 1, c integer DEFAULT seed());
