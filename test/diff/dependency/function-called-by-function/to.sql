-- cents takes and returns bigint: fee calls it in a SQL-standard body (recorded), label calls fee: both are
-- dropped first and created after; plain_fee's body records nothing and needs no recreation
CREATE FUNCTION cents(amount bigint) RETURNS bigint LANGUAGE sql IMMUTABLE RETURN amount * 100;
CREATE FUNCTION fee(amount int) RETURNS int LANGUAGE sql IMMUTABLE BEGIN ATOMIC SELECT (cents(amount) / 10)::int; END;
CREATE FUNCTION label(amount int) RETURNS text LANGUAGE sql IMMUTABLE RETURN fee(amount)::text || ' cents';
CREATE FUNCTION plain_fee(amount int) RETURNS int LANGUAGE sql IMMUTABLE AS 'SELECT (cents(amount) / 20)::int';
