-- estimators change in place (ALTER OPERATOR … SET); a new negator re-creates the operator (and
-- PostgreSQL links the negator back: === is created again too)
CREATE FUNCTION int_eq(integer, integer) RETURNS boolean LANGUAGE internal IMMUTABLE STRICT AS 'int4eq';
CREATE FUNCTION int_ne(integer, integer) RETURNS boolean LANGUAGE internal IMMUTABLE STRICT AS 'int4ne';
CREATE FUNCTION int_lt(integer, integer) RETURNS boolean LANGUAGE internal IMMUTABLE STRICT AS 'int4lt';
CREATE OPERATOR === (FUNCTION = int_eq, LEFTARG = integer, RIGHTARG = integer, RESTRICT = eqsel, JOIN = eqjoinsel);
CREATE OPERATOR !== (FUNCTION = int_ne, LEFTARG = integer, RIGHTARG = integer, NEGATOR = ===, RESTRICT = neqsel);
CREATE OPERATOR <<< (FUNCTION = int_lt, LEFTARG = integer, RIGHTARG = integer, NEGATOR = >>>=);
