-- old_rates and legacy_kind are dropped: the SQL-standard body reading the table is replaced first, the
-- view reading it is replaced first, the function casting to the type is replaced first
CREATE TABLE rates (code text PRIMARY KEY, rate numeric);
CREATE FUNCTION rate_of(c text) RETURNS numeric LANGUAGE sql STABLE BEGIN ATOMIC SELECT rate FROM rates WHERE code = c; END;
CREATE VIEW all_rates AS SELECT code, rate FROM rates;
CREATE FUNCTION is_a(k text) RETURNS boolean LANGUAGE sql IMMUTABLE RETURN k = 'a';
