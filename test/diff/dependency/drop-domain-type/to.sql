-- the domain, the enum and the composite are dropped: the columns change type first, the functions using them go first
CREATE TABLE people (id int PRIMARY KEY, age int, mood text);
CREATE FUNCTION older(a int) RETURNS int LANGUAGE sql IMMUTABLE AS 'SELECT a + 1';
