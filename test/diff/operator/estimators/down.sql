SET lock_timeout = '5s';
SET statement_timeout = '15min';

DROP OPERATOR public.!== (integer, integer);

CREATE OPERATOR public.!== (
  FUNCTION = public.int_ne,
  LEFTARG = integer,
  RIGHTARG = integer
);

ALTER OPERATOR public.=== (integer, integer) SET (RESTRICT = eqsel, JOIN = NONE);
