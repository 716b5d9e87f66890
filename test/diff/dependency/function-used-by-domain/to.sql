-- both functions change their result type: the domain's default and CHECK calling them are dropped first and set again after
CREATE FUNCTION min_len() RETURNS bigint LANGUAGE sql IMMUTABLE AS 'SELECT 3::bigint';
CREATE FUNCTION default_name() RETURNS varchar LANGUAGE sql AS $$ SELECT 'anon'::varchar $$;
CREATE DOMAIN username AS text DEFAULT default_name() CONSTRAINT username_len CHECK (length(VALUE) >= min_len());
COMMENT ON CONSTRAINT username_len ON DOMAIN username IS 'long enough';
CREATE TABLE users (id int PRIMARY KEY, name username);
