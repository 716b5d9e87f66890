CREATE FUNCTION near(a integer, b integer) RETURNS boolean LANGUAGE sql IMMUTABLE AS 'SELECT abs(a - b) < 3';
CREATE OPERATOR ~~~ (FUNCTION = near, LEFTARG = integer, RIGHTARG = integer);
COMMENT ON OPERATOR ~~~ (integer, integer) IS 'close enough';
CREATE OPERATOR FAMILY near_ops USING btree;
ALTER OPERATOR FAMILY near_ops USING btree ADD OPERATOR 1 ~~~ (integer, integer);
