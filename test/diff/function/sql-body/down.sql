SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- hazard breaks-readers: drops function public.total: callers fail until it exists again
DROP FUNCTION public.total();

CREATE OR REPLACE FUNCTION public.inc(x integer)
RETURNS integer
LANGUAGE sql
IMMUTABLE
RETURN x + 1;
