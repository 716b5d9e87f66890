SET lock_timeout = '5s';
SET statement_timeout = '15min';

DROP STATISTICS public.readings_bucket;

-- hazard breaks-readers: drops function public.bucket: callers fail until it exists again
DROP FUNCTION public.bucket(integer);

CREATE FUNCTION public.bucket(n integer)
RETURNS integer
LANGUAGE sql
IMMUTABLE
AS $$SELECT n / 10$$;

-- lock: SHARE UPDATE EXCLUSIVE on public.readings
CREATE STATISTICS public.readings_bucket ON w, (bucket(v)) FROM public.readings;

ALTER STATISTICS public.readings_bucket SET STATISTICS 300;

COMMENT ON STATISTICS public.readings_bucket IS 'bucketed values';
