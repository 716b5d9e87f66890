SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- hazard breaks-readers: drops function public.fmt: callers fail until it exists again
DROP FUNCTION public.fmt(date);

CREATE OR REPLACE FUNCTION public.fmt(x numeric)
RETURNS text
LANGUAGE sql
AS $$SELECT round(x, 3)::text$$;

CREATE FUNCTION public.fmt(x timestamp with time zone)
RETURNS text
LANGUAGE sql
AS $$ SELECT to_char(x, 'YYYY-MM-DD HH24:MI') $$;

COMMENT ON FUNCTION public.fmt(numeric) IS 'three decimals';
