CREATE FUNCTION rate() RETURNS int LANGUAGE sql IMMUTABLE AS 'SELECT 3';
CREATE FUNCTION scaled(x int, factor int DEFAULT rate()) RETURNS int LANGUAGE sql IMMUTABLE AS 'SELECT x * factor';
CREATE TABLE prices (id int PRIMARY KEY, base int, scaled int GENERATED ALWAYS AS (base * rate()) STORED);
CREATE INDEX prices_scaled ON prices (scaled);
COMMENT ON COLUMN prices.scaled IS 'base times the rate';
