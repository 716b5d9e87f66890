SET lock_timeout = '5s';
SET statement_timeout = '15min';

DROP OPERATOR public.<<< (integer, integer);

ALTER OPERATOR public.!== (integer, integer) SET (RESTRICT = neqsel, JOIN = NONE);

CREATE OPERATOR public.<<< (
  FUNCTION = public.int_lt,
  LEFTARG = integer,
  RIGHTARG = integer,
  NEGATOR = >>>=
);

ALTER OPERATOR public.=== (integer, integer) SET (RESTRICT = eqsel, JOIN = eqjoinsel);
