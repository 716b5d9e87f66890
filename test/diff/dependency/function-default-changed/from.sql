CREATE FUNCTION seed() RETURNS bigint LANGUAGE sql IMMUTABLE AS 'SELECT 5';
CREATE TABLE t (a integer DEFAULT seed(), b integer DEFAULT seed(), c integer DEFAULT seed());
