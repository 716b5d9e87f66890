-- rate() returns bigint: the generated column calling it (with its index and comment) and the function whose
-- argument default calls it are dropped first and created after
CREATE FUNCTION rate() RETURNS bigint LANGUAGE sql IMMUTABLE AS 'SELECT 3::bigint';
CREATE FUNCTION scaled(x int, factor int DEFAULT rate()) RETURNS int LANGUAGE sql IMMUTABLE AS 'SELECT x * factor';
CREATE TABLE prices (id int PRIMARY KEY, base int, scaled bigint GENERATED ALWAYS AS (base * rate()) STORED);
CREATE INDEX prices_scaled ON prices (scaled);
COMMENT ON COLUMN prices.scaled IS 'base times the rate';
