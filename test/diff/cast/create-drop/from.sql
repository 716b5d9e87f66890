CREATE TYPE point2 AS (x integer, y integer);
CREATE FUNCTION point2_of(integer) RETURNS point2 LANGUAGE sql IMMUTABLE AS 'SELECT ROW($1, $1)::point2';
