CREATE TYPE point2 AS (x integer, y integer);
CREATE FUNCTION point2_of(integer) RETURNS point2 LANGUAGE sql IMMUTABLE AS 'SELECT ROW($1, $1)::point2';
CREATE CAST (int AS point2) WITH FUNCTION point2_of(int4) AS IMPLICIT;
COMMENT ON CAST (integer AS point2) IS 'diagonal point';
CREATE CAST (point2 AS text) WITH INOUT AS ASSIGNMENT;
CREATE CAST (bigint AS point2) WITH INOUT;
