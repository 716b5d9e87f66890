SET lock_timeout = '5s';
SET statement_timeout = '15min';

CREATE FUNCTION "Ops".int_cmp(integer, integer)
RETURNS integer
LANGUAGE sql
IMMUTABLE
AS $$ SELECT CASE WHEN $1 < $2 THEN -1 WHEN $1 > $2 THEN 1 ELSE 0 END $$;

CREATE FUNCTION public.int_diff(a integer, b integer)
RETURNS double precision
LANGUAGE sql
IMMUTABLE
AS $$ SELECT ($1 - $2)::float8 $$;

CREATE OPERATOR public.~~ (
  FUNCTION = int4eq,
  LEFTARG = integer,
  RIGHTARG = integer
);

CREATE OPERATOR FAMILY "Ops"."Int Ops" USING btree;

CREATE OPERATOR FAMILY public.op_class_custom USING btree;

CREATE OPERATOR CLASS "Ops"."Int Ops" FOR TYPE integer USING btree FAMILY "Ops"."Int Ops" AS
  OPERATOR 1 <(integer, integer),
  OPERATOR 2 <=(integer, integer),
  OPERATOR 3 =(integer, integer),
  OPERATOR 4 >=(integer, integer),
  OPERATOR 5 >(integer, integer),
  FUNCTION 1 (integer, integer) "Ops".int_cmp(integer, integer),
  STORAGE integer;

CREATE TYPE "Ops".r2 AS RANGE (SUBTYPE = integer, SUBTYPE_OPCLASS = "Ops"."Int Ops", MULTIRANGE_TYPE_NAME = "Ops".r2_multi);

CREATE OPERATOR CLASS public.op_class_custom FOR TYPE integer USING btree FAMILY public.op_class_custom AS
  OPERATOR 3 public.~~(integer, integer),
  STORAGE integer;

CREATE TYPE public.range_type_custom AS RANGE (SUBTYPE = integer, SUBTYPE_OPCLASS = public.op_class_custom, SUBTYPE_DIFF = public.int_diff);
