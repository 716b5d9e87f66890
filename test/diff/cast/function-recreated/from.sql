CREATE TYPE point2 AS (x integer, y integer);
CREATE FUNCTION point2_of(n integer) RETURNS point2 LANGUAGE sql IMMUTABLE AS 'SELECT ROW(n, n)::point2';
CREATE CAST (integer AS point2) WITH FUNCTION point2_of(integer) AS ASSIGNMENT;
