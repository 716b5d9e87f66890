-- the function's result type changes: the view using it and the view on that view are recreated
CREATE TABLE t (id int PRIMARY KEY, price numeric);
CREATE FUNCTION with_tax(p numeric) RETURNS double precision LANGUAGE sql IMMUTABLE AS 'SELECT (p * 1.2)::float8';
CREATE VIEW priced AS SELECT id, with_tax(price) AS gross FROM t;
CREATE VIEW cheap AS SELECT id FROM priced WHERE gross < 10;
