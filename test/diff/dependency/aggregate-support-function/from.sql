CREATE FUNCTION add_sq(acc int, x int) RETURNS int LANGUAGE sql IMMUTABLE AS 'SELECT acc + x * x';
CREATE AGGREGATE sum_sq(int) (SFUNC = add_sq, STYPE = int, INITCOND = '0');
CREATE TABLE pts (id int PRIMARY KEY, v int);
CREATE VIEW energy AS SELECT sum_sq(v) AS e FROM pts;
