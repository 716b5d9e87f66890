-- bigint ↔ timestamptz have no built-in cast (pgshift would write its no-cast placeholder): the
-- schema's own casts convert, an assignment one without USING, an explicit one with col::type
CREATE FUNCTION ts_of(bigint) RETURNS timestamptz LANGUAGE sql IMMUTABLE AS 'SELECT to_timestamp($1)';
CREATE FUNCTION epoch_of(timestamptz) RETURNS bigint LANGUAGE sql IMMUTABLE AS 'SELECT extract(epoch FROM $1)::bigint';
CREATE CAST (bigint AS timestamptz) WITH FUNCTION ts_of(bigint) AS ASSIGNMENT;
CREATE CAST (timestamptz AS bigint) WITH FUNCTION epoch_of(timestamptz);
CREATE TABLE event (id integer PRIMARY KEY, at bigint);
INSERT INTO event VALUES (1, 86400);
