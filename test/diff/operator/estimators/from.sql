CREATE FUNCTION int_eq(integer, integer) RETURNS boolean LANGUAGE internal IMMUTABLE STRICT AS 'int4eq';
CREATE FUNCTION int_ne(integer, integer) RETURNS boolean LANGUAGE internal IMMUTABLE STRICT AS 'int4ne';
CREATE FUNCTION int_lt(integer, integer) RETURNS boolean LANGUAGE internal IMMUTABLE STRICT AS 'int4lt';
CREATE OPERATOR === (FUNCTION = int_eq, LEFTARG = integer, RIGHTARG = integer, RESTRICT = eqsel);
CREATE OPERATOR !== (FUNCTION = int_ne, LEFTARG = integer, RIGHTARG = integer, NEGATOR = ===);
CREATE OPERATOR <<< (FUNCTION = int_lt, LEFTARG = integer, RIGHTARG = integer);
