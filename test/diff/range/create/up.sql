SET lock_timeout = '5s';
SET statement_timeout = '15min';

CREATE TYPE public.textrange AS RANGE (SUBTYPE = text, COLLATION = "C", MULTIRANGE_TYPE_NAME = public.textranges);

CREATE TYPE public.timerange AS RANGE (SUBTYPE = time without time zone);

-- lock: ACCESS EXCLUSIVE on public.readings
ALTER TABLE public.readings ADD COLUMN names public.textrange;

-- lock: ACCESS EXCLUSIVE on public.readings
ALTER TABLE public.readings ADD COLUMN many public.textranges;

-- lock: ACCESS EXCLUSIVE on public.readings
ALTER TABLE public.readings ADD COLUMN hours public.timerange[];

COMMENT ON TYPE public.timerange IS 'opening hours';
