SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- hazard breaks-readers: drops function public.max_reading: callers fail until it exists again
DROP FUNCTION public.max_reading();

-- hazard breaks-readers: drops function public.units: callers fail until it exists again
DROP FUNCTION public.units();

-- lock: ACCESS EXCLUSIVE on public.readings; rewrites the table; type change rewrites the table
-- hazard rewrites-table: changing value from integer to bigint may rewrite readings under ACCESS EXCLUSIVE
-- this rewrites public.readings under ACCESS EXCLUSIVE; on a large table prefer expand/contract:
--   1. ALTER TABLE public.readings ADD COLUMN value_new bigint;  -- plus a trigger copying writes
--   2. backfill value_new from value in batches
--   3. in one short transaction: drop value, rename value_new to value
-- pgshift-ignore: changing-column-type -- required by the schema change; reviewed hazard
ALTER TABLE public.readings ALTER COLUMN value TYPE bigint;

CREATE FUNCTION public.max_reading()
RETURNS integer
LANGUAGE sql
STABLE
RETURN (SELECT (max(value))::int
FROM readings);

-- lock: ACCESS EXCLUSIVE on public.readings
-- hazard rewrites-table: changing unit from character varying(8) to text may rewrite readings under ACCESS EXCLUSIVE
ALTER TABLE public.readings ALTER COLUMN unit TYPE text;

CREATE FUNCTION public.units()
RETURNS SETOF text
LANGUAGE sql
STABLE
BEGIN ATOMIC
  SELECT DISTINCT unit FROM readings;
END;
