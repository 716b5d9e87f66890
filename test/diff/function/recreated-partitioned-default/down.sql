SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.readings
ALTER TABLE ONLY public.readings ALTER COLUMN level DROP DEFAULT;

-- lock: ACCESS EXCLUSIVE on public.readings_c
ALTER TABLE public.readings_c ALTER COLUMN level DROP DEFAULT;

-- hazard breaks-readers: drops function public.start_level: callers fail until it exists again
DROP FUNCTION public.start_level(integer);

CREATE FUNCTION public.start_level(n integer)
RETURNS integer
LANGUAGE sql
IMMUTABLE
AS $$ SELECT n * 10 $$;

-- lock: ACCESS EXCLUSIVE on public.readings
ALTER TABLE ONLY public.readings ALTER COLUMN level SET DEFAULT start_level(1);

-- lock: ACCESS EXCLUSIVE on public.readings_c
ALTER TABLE public.readings_c ALTER COLUMN level SET DEFAULT start_level(1);
