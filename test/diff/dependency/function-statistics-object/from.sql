CREATE FUNCTION bucket(n integer) RETURNS integer LANGUAGE sql IMMUTABLE AS 'SELECT n / 10';
CREATE TABLE readings (id int PRIMARY KEY, v integer, w integer);
CREATE STATISTICS readings_bucket ON (bucket(v)), w FROM readings;
COMMENT ON STATISTICS readings_bucket IS 'bucketed values';
ALTER STATISTICS readings_bucket SET STATISTICS 300;
