-- a SQL function's body is checked at creation: it must come after the table it reads;
-- the table's default calls another function, which must come before the table
CREATE FUNCTION new_id() RETURNS int LANGUAGE sql AS 'SELECT 42';
CREATE TABLE things (id int PRIMARY KEY DEFAULT new_id(), name text);
CREATE FUNCTION thing_count() RETURNS bigint LANGUAGE sql STABLE AS 'SELECT count(*) FROM things';
CREATE VIEW counts AS SELECT thing_count() AS n;
