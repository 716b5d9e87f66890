-- a class whose support function changes is created again; a loose member comes and another goes;
-- a family and its class go away together
CREATE FUNCTION int_cmp_desc(integer, integer) RETURNS integer LANGUAGE sql IMMUTABLE AS 'SELECT btint4cmp($2, $1)';
CREATE FUNCTION int_cmp_abs(integer, integer) RETURNS integer LANGUAGE sql IMMUTABLE AS 'SELECT btint4cmp(abs($1), abs($2))';
CREATE OPERATOR CLASS int_desc_ops FOR TYPE integer USING btree AS
  OPERATOR 1 >, OPERATOR 2 >=, OPERATOR 3 =, OPERATOR 4 <=, OPERATOR 5 <, FUNCTION 1 int_cmp_abs(integer, integer);
CREATE OPERATOR FAMILY loose_ops USING btree;
ALTER OPERATOR FAMILY loose_ops USING btree ADD OPERATOR 1 < (integer, smallint), FUNCTION 1 btint42cmp(integer, smallint);
CREATE OPERATOR FAMILY spare_ops USING hash;
