SET lock_timeout = '5s';
SET statement_timeout = '15min';

DROP CAST (integer AS public.level);

DROP CAST (public.level AS text);

-- hazard breaks-readers: drops function public.level_of: callers fail until it exists again
DROP FUNCTION public.level_of(integer);

-- hazard may-fail: recreates type level without 'mid': rows holding those values make it fail
-- hazard rewrites-table: converts 1 column(s) to the new type
ALTER TYPE public.level RENAME TO level__pgshift_old;

-- pgshift-ignore: enum-value-removal -- required by the schema change; reviewed hazard
CREATE TYPE public.level AS ENUM ('low', 'high');

-- lock: ACCESS EXCLUSIVE on public.task; rewrites the table; USING expression rewrites the table
-- pgshift-ignore: changing-column-type -- required by the schema change; reviewed hazard
ALTER TABLE public.task ALTER COLUMN lvl TYPE public.level USING lvl::text::public.level;

DROP TYPE public.level__pgshift_old;

CREATE FUNCTION public.level_of(integer)
RETURNS public.level
LANGUAGE sql
IMMUTABLE
AS $$ SELECT (ARRAY['low', 'mid', 'high'])[$1]::level $$;

CREATE CAST (integer AS public.level) WITH FUNCTION public.level_of(integer) AS ASSIGNMENT;

CREATE CAST (public.level AS text) WITH INOUT AS IMPLICIT;

COMMENT ON CAST (public.level AS text) IS 'kept across the re-creation';
