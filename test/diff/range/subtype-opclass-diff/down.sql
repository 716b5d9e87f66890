SET lock_timeout = '5s';
SET statement_timeout = '15min';

DROP TYPE public.range_type_custom;

DROP OPERATOR FAMILY public.op_class_custom USING btree;

DROP OPERATOR public.~~ (integer, integer);

-- hazard breaks-readers: drops function public.int_diff: callers fail until it exists again
DROP FUNCTION public.int_diff(integer, integer);

DROP TYPE "Ops".r2;

DROP OPERATOR FAMILY "Ops"."Int Ops" USING btree;

-- hazard breaks-readers: drops function Ops.int_cmp: callers fail until it exists again
DROP FUNCTION "Ops".int_cmp(integer, integer);
