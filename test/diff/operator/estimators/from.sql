CREATE FUNCTION int_eq(integer, integer) RETURNS boolean LANGUAGE internal IMMUTABLE STRICT AS 'int4eq';
CREATE FUNCTION int_ne(integer, integer) RETURNS boolean LANGUAGE internal IMMUTABLE STRICT AS 'int4ne';
CREATE OPERATOR === (FUNCTION = int_eq, LEFTARG = integer, RIGHTARG = integer, RESTRICT = eqsel);
CREATE OPERATOR !== (FUNCTION = int_ne, LEFTARG = integer, RIGHTARG = integer);
