CREATE TYPE point2 AS (x integer, y integer);
-- a renamed parameter: PostgreSQL cannot replace it, the function is dropped and created again
CREATE FUNCTION point2_of(v integer) RETURNS point2 LANGUAGE sql IMMUTABLE AS 'SELECT ROW(v, v)::point2';
CREATE CAST (integer AS point2) WITH FUNCTION point2_of(integer) AS ASSIGNMENT;
