-- a btree class (default, so an index names it implicitly) with cross-type members loose in its family,
-- a hash class whose support function is of another type, a GIN class with operators and optional
-- functions loose in the family, and an index naming a non-default class
CREATE TYPE pair AS (a integer, b integer);
CREATE FUNCTION pair_lt(pair, pair) RETURNS boolean LANGUAGE sql IMMUTABLE AS 'SELECT ($1).a < ($2).a';
CREATE FUNCTION pair_eq(pair, pair) RETURNS boolean LANGUAGE sql IMMUTABLE AS 'SELECT ($1).a = ($2).a';
CREATE FUNCTION pair_cmp(pair, pair) RETURNS integer LANGUAGE sql IMMUTABLE AS 'SELECT btint4cmp(($1).a, ($2).a)';
CREATE FUNCTION pair_int_lt(pair, integer) RETURNS boolean LANGUAGE sql IMMUTABLE AS 'SELECT ($1).a < $2';
CREATE FUNCTION pair_int_cmp(pair, integer) RETURNS integer LANGUAGE sql IMMUTABLE AS 'SELECT btint4cmp(($1).a, $2)';
CREATE FUNCTION pair_hash(pair) RETURNS integer LANGUAGE sql IMMUTABLE AS 'SELECT hashint4(($1).a)';
CREATE OPERATOR <<< (FUNCTION = pair_lt, LEFTARG = pair, RIGHTARG = pair);
CREATE OPERATOR === (FUNCTION = pair_eq, LEFTARG = pair, RIGHTARG = pair, COMMUTATOR = ===, HASHES, MERGES);
CREATE OPERATOR <<< (FUNCTION = pair_int_lt, LEFTARG = pair, RIGHTARG = integer);

CREATE OPERATOR FAMILY pair_ops USING btree;
CREATE OPERATOR CLASS pair_ops DEFAULT FOR TYPE pair USING btree AS
  OPERATOR 1 <<<, OPERATOR 3 ===, FUNCTION 1 pair_cmp(pair, pair);
ALTER OPERATOR FAMILY pair_ops USING btree ADD OPERATOR 1 <<< (pair, integer), FUNCTION 1 pair_int_cmp(pair, integer);

CREATE OPERATOR CLASS pair_hash_ops DEFAULT FOR TYPE pair USING hash AS
  OPERATOR 1 ===, FUNCTION 1 pair_hash(pair);
COMMENT ON OPERATOR CLASS pair_hash_ops USING hash IS 'hashes the first field';

CREATE OPERATOR CLASS pair_array_ops FOR TYPE pair[] USING gin AS
  OPERATOR 1 &&(anyarray, anyarray), OPERATOR 2 @>(anyarray, anyarray),
  FUNCTION 1 pair_cmp(pair, pair),
  FUNCTION 2 ginarrayextract(anyarray, internal, internal),
  FUNCTION 3 ginqueryarrayextract(anyarray, internal, smallint, internal, internal, internal, internal),
  FUNCTION 4 ginarrayconsistent(internal, smallint, anyarray, integer, internal, internal, internal, internal),
  STORAGE pair;
COMMENT ON OPERATOR FAMILY pair_array_ops USING gin IS 'arrays of pairs';

CREATE TABLE points (id integer PRIMARY KEY, p pair, tags pair[]);
CREATE INDEX points_p ON points (p pair_ops);
CREATE INDEX points_p_hash ON points USING hash (p);
CREATE INDEX points_tags ON points USING gin (tags pair_array_ops);
