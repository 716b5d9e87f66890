SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.energy
DROP VIEW public.energy;

-- hazard breaks-readers: drops function public.sum_sq: callers fail until it exists again
DROP AGGREGATE public.sum_sq(integer);

-- hazard breaks-readers: drops function public.add_sq: callers fail until it exists again
DROP FUNCTION public.add_sq(integer, integer);

CREATE FUNCTION public.add_sq(acc bigint, x integer)
RETURNS bigint
LANGUAGE sql
IMMUTABLE
AS $$SELECT acc + x * x$$;

CREATE AGGREGATE public.sum_sq(integer) (
  INITCOND = '0',
  SFUNC = public.add_sq,
  STYPE = bigint
);

CREATE VIEW public.energy AS
SELECT public.sum_sq(pts.v) AS e
FROM public.pts;
