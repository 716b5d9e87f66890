SET lock_timeout = '5s';
SET statement_timeout = '15min';

ALTER DOMAIN public.username DROP CONSTRAINT username_len;

-- hazard breaks-readers: drops function public.min_len: callers fail until it exists again
DROP FUNCTION public.min_len();

CREATE FUNCTION public.min_len()
RETURNS bigint
LANGUAGE sql
IMMUTABLE
AS $$SELECT 3::bigint$$;

ALTER DOMAIN public.username DROP DEFAULT;

-- hazard breaks-readers: drops function public.default_name: callers fail until it exists again
DROP FUNCTION public.default_name();

CREATE FUNCTION public.default_name()
RETURNS character varying
LANGUAGE sql
AS $$ SELECT 'anon'::varchar $$;

ALTER DOMAIN public.username SET DEFAULT default_name();

-- hazard scans-table: checks username_len against every column of domain username
-- pgshift-ignore: ban-alter-domain-with-add-constraint -- required by the schema change; reviewed hazard
ALTER DOMAIN public.username ADD CONSTRAINT username_len CHECK (length(value) >= min_len());

COMMENT ON CONSTRAINT username_len ON DOMAIN public.username IS 'long enough';
