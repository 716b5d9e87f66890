CREATE TABLE keep (id integer);
-- casts on a new table's row type: created after the table, dropped before it
CREATE TABLE pair (a integer, b integer);
CREATE CAST (pair AS text) WITH INOUT AS ASSIGNMENT;
CREATE FUNCTION pair_of(integer) RETURNS pair LANGUAGE sql AS 'SELECT ROW($1, $1)::pair';
CREATE CAST (integer AS pair) WITH FUNCTION pair_of(integer);
