-- a schema file run top to bottom: the DROPs take what PostgreSQL drops with them
CREATE FUNCTION acc(anycompatible, anycompatible) RETURNS anycompatible LANGUAGE sql AS 'SELECT least($1, $2)';
CREATE AGGREGATE agg(int8) (STYPE = int8, SFUNC = acc);
DROP FUNCTION acc(anycompatible, anycompatible) CASCADE;
CREATE FUNCTION acc(anyelement, VARIADIC anyarray) RETURNS anyelement LANGUAGE sql AS 'SELECT $1';
CREATE TABLE p (a int) PARTITION BY LIST (a);
CREATE TABLE p1 PARTITION OF p FOR VALUES IN (1);
CREATE INDEX p_a ON p (a);
DROP TABLE p;
CREATE TABLE p1 (x int);
