SET lock_timeout = '5s';
SET statement_timeout = '15min';

DROP OPERATOR public.!== (integer, integer);

DROP OPERATOR public.=== (integer, integer);

CREATE OPERATOR public.!== (
  FUNCTION = public.int_ne,
  LEFTARG = integer,
  RIGHTARG = integer,
  NEGATOR = OPERATOR(public.===)
);

CREATE OPERATOR public.=== (
  FUNCTION = public.int_eq,
  LEFTARG = integer,
  RIGHTARG = integer,
  NEGATOR = OPERATOR(public.!==),
  RESTRICT = eqsel,
  JOIN = eqjoinsel
);
