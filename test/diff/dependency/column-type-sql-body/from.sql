CREATE TABLE readings (id int PRIMARY KEY, value int, unit varchar(8));
CREATE FUNCTION max_reading() RETURNS int LANGUAGE sql STABLE RETURN (SELECT max(value) FROM readings);
CREATE FUNCTION units() RETURNS SETOF text LANGUAGE sql STABLE BEGIN ATOMIC SELECT DISTINCT unit FROM readings; END;
CREATE FUNCTION max_plain() RETURNS int LANGUAGE sql STABLE AS 'SELECT max(value)::int FROM readings';
