-- value and unit change type: the SQL-standard bodies reading them are dropped first and created after
CREATE TABLE readings (id int PRIMARY KEY, value bigint, unit text);
CREATE FUNCTION max_reading() RETURNS int LANGUAGE sql STABLE RETURN (SELECT max(value)::int FROM readings);
CREATE FUNCTION units() RETURNS SETOF text LANGUAGE sql STABLE BEGIN ATOMIC SELECT DISTINCT unit FROM readings; END;
CREATE FUNCTION max_plain() RETURNS int LANGUAGE sql STABLE AS 'SELECT max(value)::int FROM readings';
