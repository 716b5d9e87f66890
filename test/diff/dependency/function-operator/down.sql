SET lock_timeout = '5s';
SET statement_timeout = '15min';

ALTER OPERATOR FAMILY public.near_ops USING btree DROP
  OPERATOR 1 (integer, integer);

DROP OPERATOR public.~~~ (integer, integer);

-- hazard breaks-readers: drops function public.near: callers fail until it exists again
DROP FUNCTION public.near(integer, integer);

CREATE FUNCTION public.near(a integer, b integer)
RETURNS boolean
LANGUAGE sql
IMMUTABLE
AS $$SELECT abs(a - b) < 3$$;

CREATE OPERATOR public.~~~ (
  FUNCTION = public.near,
  LEFTARG = integer,
  RIGHTARG = integer
);

ALTER OPERATOR FAMILY public.near_ops USING btree ADD
  OPERATOR 1 public.~~~(integer, integer);

COMMENT ON OPERATOR public.~~~ (integer, integer) IS 'close enough';
