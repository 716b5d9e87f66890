SET lock_timeout = '5s';
SET statement_timeout = '15min';

ALTER DOMAIN public.score DROP CONSTRAINT score_max;

ALTER DOMAIN public.score DROP DEFAULT;

-- hazard breaks-readers: drops function public.top: callers fail until it exists again
DROP FUNCTION public.top();

CREATE FUNCTION public.top()
RETURNS integer
LANGUAGE sql
IMMUTABLE
AS $$SELECT 99$$;

ALTER DOMAIN public.score SET DEFAULT top();

ALTER DOMAIN public.score ADD CONSTRAINT score_max CHECK (value <= top()) NOT VALID;

COMMENT ON CONSTRAINT score_max ON DOMAIN public.score IS 'capped';
