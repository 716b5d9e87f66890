SET lock_timeout = '5s';
SET statement_timeout = '15min';

CREATE FUNCTION public.int_eq(integer, integer)
RETURNS boolean
LANGUAGE internal
IMMUTABLE STRICT
AS $$int4eq$$;

CREATE FUNCTION public.negate_text(text)
RETURNS text
LANGUAGE sql
IMMUTABLE
AS $$SELECT reverse($1)$$;

CREATE FUNCTION public.num_ge(numeric, integer)
RETURNS boolean
LANGUAGE sql
IMMUTABLE
AS $$SELECT $1 >= $2$$;

CREATE FUNCTION public.num_gt(integer, numeric)
RETURNS boolean
LANGUAGE sql
IMMUTABLE
AS $$SELECT $1 > $2$$;

CREATE FUNCTION public.num_lt(numeric, integer)
RETURNS boolean
LANGUAGE sql
IMMUTABLE
AS $$SELECT $1 < $2$$;

CREATE OPERATOR public.!~~~ (
  FUNCTION = public.negate_text,
  RIGHTARG = text
);

CREATE OPERATOR public.#> (
  FUNCTION = public.num_gt,
  LEFTARG = integer,
  RIGHTARG = numeric,
  COMMUTATOR = OPERATOR(public.<#)
);

CREATE OPERATOR public.<# (
  FUNCTION = public.num_lt,
  LEFTARG = numeric,
  RIGHTARG = integer,
  COMMUTATOR = OPERATOR(public.#>),
  NEGATOR = OPERATOR(public.>=#),
  RESTRICT = scalarltsel,
  JOIN = scalarltjoinsel
);

CREATE OPERATOR public.=== (
  FUNCTION = public.int_eq,
  LEFTARG = integer,
  RIGHTARG = integer,
  COMMUTATOR = OPERATOR(public.===),
  RESTRICT = eqsel,
  JOIN = eqjoinsel,
  HASHES,
  MERGES
);

CREATE OPERATOR public.>=# (
  FUNCTION = public.num_ge,
  LEFTARG = numeric,
  RIGHTARG = integer,
  NEGATOR = OPERATOR(public.<#)
);

CREATE OPERATOR public.~<< (
  FUNCTION = public.reverse_textregexeq,
  LEFTARG = text,
  RIGHTARG = text
);

COMMENT ON OPERATOR public.<# (numeric, integer) IS 'numeric below integer';
