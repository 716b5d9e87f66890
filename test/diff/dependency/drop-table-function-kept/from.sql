CREATE TABLE old_rates (code text PRIMARY KEY, rate numeric);
CREATE TABLE rates (code text PRIMARY KEY, rate numeric);
CREATE FUNCTION rate_of(c text) RETURNS numeric LANGUAGE sql STABLE BEGIN ATOMIC SELECT rate FROM old_rates WHERE code = c; END;
CREATE VIEW all_rates AS SELECT code, rate FROM old_rates;
CREATE TYPE legacy_kind AS ENUM ('a', 'b');
CREATE FUNCTION is_a(k text) RETURNS boolean LANGUAGE sql IMMUTABLE RETURN k::legacy_kind = 'a';
