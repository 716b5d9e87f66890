-- the operator's function renames its parameters: the operator (and the family member naming it) go first and come back with its comment
CREATE FUNCTION near(x integer, y integer) RETURNS boolean LANGUAGE sql IMMUTABLE AS 'SELECT abs(x - y) < 3';
CREATE OPERATOR ~~~ (FUNCTION = near, LEFTARG = integer, RIGHTARG = integer);
COMMENT ON OPERATOR ~~~ (integer, integer) IS 'close enough';
CREATE OPERATOR FAMILY near_ops USING btree;
ALTER OPERATOR FAMILY near_ops USING btree ADD OPERATOR 1 ~~~ (integer, integer);
