SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- hazard breaks-readers: drops function public.area: callers fail until it exists again
DROP FUNCTION public.area(bigint, bigint);

-- hazard breaks-readers: drops function public.label: callers fail until it exists again
DROP FUNCTION public.label(integer);

-- hazard breaks-readers: drops function public.named: callers fail until it exists again
DROP FUNCTION public.named(integer);

CREATE FUNCTION public.area(w integer, h integer)
RETURNS integer
LANGUAGE sql
AS $$SELECT w * h$$;

CREATE FUNCTION public.label(id integer)
RETURNS text
LANGUAGE sql
AS $$ SELECT 'item ' || id $$;

CREATE FUNCTION public.named(a integer)
RETURNS integer
LANGUAGE sql
AS $$SELECT a$$;
