CREATE FUNCTION min_len() RETURNS int LANGUAGE sql IMMUTABLE AS 'SELECT 3';
CREATE FUNCTION default_name() RETURNS text LANGUAGE sql AS $$ SELECT 'anon' $$;
CREATE DOMAIN username AS text DEFAULT default_name() CONSTRAINT username_len CHECK (length(VALUE) >= min_len());
COMMENT ON CONSTRAINT username_len ON DOMAIN username IS 'long enough';
CREATE TABLE users (id int PRIMARY KEY, name username);
