CREATE FUNCTION cents(amount int) RETURNS int LANGUAGE sql IMMUTABLE RETURN amount * 100;
CREATE FUNCTION fee(amount int) RETURNS int LANGUAGE sql IMMUTABLE BEGIN ATOMIC SELECT cents(amount) / 10; END;
CREATE FUNCTION label(amount int) RETURNS text LANGUAGE sql IMMUTABLE RETURN fee(amount)::text || ' cents';
CREATE FUNCTION plain_fee(amount int) RETURNS int LANGUAGE sql IMMUTABLE AS 'SELECT cents(amount) / 20';
