SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- hazard breaks-readers: drops function public.fmt: callers fail until it exists again
DROP FUNCTION public.fmt(timestamp with time zone);

CREATE FUNCTION public.fmt(x date)
RETURNS text
LANGUAGE sql
AS $$ SELECT to_char(x, 'YYYY-MM-DD') $$;

CREATE OR REPLACE FUNCTION public.fmt(x numeric)
RETURNS text
LANGUAGE sql
AS $$SELECT round(x, 2)::text$$;

COMMENT ON FUNCTION public.fmt(numeric) IS NULL;
