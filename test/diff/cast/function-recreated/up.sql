SET lock_timeout = '5s';
SET statement_timeout = '15min';

DROP CAST (integer AS public.point2);

-- hazard breaks-readers: drops function public.point2_of: callers fail until it exists again
DROP FUNCTION public.point2_of(integer);

CREATE FUNCTION public.point2_of(v integer)
RETURNS public.point2
LANGUAGE sql
IMMUTABLE
AS $$SELECT ROW(v, v)::point2$$;

CREATE CAST (integer AS public.point2) WITH FUNCTION public.point2_of(integer) AS ASSIGNMENT;
