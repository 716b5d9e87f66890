CREATE TABLE t (a int);
CREATE FUNCTION double(x int) RETURNS int LANGUAGE sql IMMUTABLE AS 'SELECT x * 2';
CREATE VIEW doubled AS SELECT double(a) AS d FROM t;
CREATE VIEW quad AS SELECT double(d) AS q FROM doubled;
