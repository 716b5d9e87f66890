-- danbooru's operator, a commutator pair, a negator, a prefix operator, estimators and a comment
CREATE FUNCTION reverse_textregexeq(text, text) RETURNS boolean LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT textregexeq($2, $1) $$;
CREATE OPERATOR ~<< (PROCEDURE = reverse_textregexeq, LEFTARG = text, RIGHTARG = text);

CREATE FUNCTION num_lt(numeric, integer) RETURNS boolean LANGUAGE sql IMMUTABLE AS 'SELECT $1 < $2';
CREATE FUNCTION num_gt(integer, numeric) RETURNS boolean LANGUAGE sql IMMUTABLE AS 'SELECT $1 > $2';
CREATE FUNCTION num_ge(numeric, integer) RETURNS boolean LANGUAGE sql IMMUTABLE AS 'SELECT $1 >= $2';
CREATE OPERATOR <# (FUNCTION = num_lt, LEFTARG = numeric, RIGHTARG = integer, COMMUTATOR = #>, NEGATOR = >=#, RESTRICT = scalarltsel, JOIN = scalarltjoinsel);
CREATE OPERATOR #> (FUNCTION = num_gt, LEFTARG = integer, RIGHTARG = numeric, COMMUTATOR = <#);
CREATE OPERATOR >=# (FUNCTION = num_ge, LEFTARG = numeric, RIGHTARG = integer, NEGATOR = <#);
COMMENT ON OPERATOR <# (numeric, integer) IS 'numeric below integer';

CREATE FUNCTION negate_text(text) RETURNS text LANGUAGE sql IMMUTABLE AS 'SELECT reverse($1)';
CREATE OPERATOR public.!~~~ (RIGHTARG = text, FUNCTION = public.negate_text);

CREATE FUNCTION int_eq(integer, integer) RETURNS boolean LANGUAGE internal IMMUTABLE STRICT AS 'int4eq';
CREATE OPERATOR === (FUNCTION = int_eq, LEFTARG = integer, RIGHTARG = integer, COMMUTATOR = ===, RESTRICT = eqsel, JOIN = eqjoinsel, HASHES, MERGES);
