CREATE TYPE point2 AS (x integer, y integer);
CREATE FUNCTION point2_of(integer) RETURNS point2 LANGUAGE sql IMMUTABLE AS 'SELECT ROW($1, $1)::point2';
CREATE FUNCTION point2_x(point2) RETURNS integer LANGUAGE sql IMMUTABLE AS 'SELECT ($1).x';
CREATE CAST (integer AS point2) WITH FUNCTION point2_of(integer) AS ASSIGNMENT;
CREATE CAST (point2 AS integer) WITH FUNCTION point2_x(point2) AS ASSIGNMENT;
CREATE TABLE spot (id integer PRIMARY KEY, at integer, label text);
