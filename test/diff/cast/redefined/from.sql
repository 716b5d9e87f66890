CREATE TYPE "Point 2" AS (x integer, y integer);
CREATE SCHEMA geo;
CREATE FUNCTION geo.diag(integer) RETURNS "Point 2" LANGUAGE sql IMMUTABLE AS 'SELECT ROW($1, $1)::"Point 2"';
CREATE FUNCTION geo.axis(integer) RETURNS "Point 2" LANGUAGE sql IMMUTABLE AS 'SELECT ROW($1, 0)::"Point 2"';
CREATE CAST (integer AS "Point 2") WITH FUNCTION geo.diag(integer) AS ASSIGNMENT;
CREATE CAST (numeric AS "Point 2") WITH INOUT AS ASSIGNMENT;
COMMENT ON CAST (numeric AS "Point 2") IS 'old';
CREATE CAST ("Point 2" AS text) WITH INOUT;
