-- the state function's arguments change: the aggregate using it and the view using the aggregate go first and come back after
CREATE FUNCTION add_sq(acc bigint, x int) RETURNS bigint LANGUAGE sql IMMUTABLE AS 'SELECT acc + x * x';
CREATE AGGREGATE sum_sq(int) (SFUNC = add_sq, STYPE = bigint, INITCOND = '0');
CREATE TABLE pts (id int PRIMARY KEY, v int);
CREATE VIEW energy AS SELECT sum_sq(v) AS e FROM pts;
