SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- hazard breaks-readers: drops function public.max_reading: callers fail until it exists again
DROP FUNCTION public.max_reading();

-- hazard breaks-readers: drops function public.units: callers fail until it exists again
DROP FUNCTION public.units();

-- lock: ACCESS EXCLUSIVE on public.readings; rewrites the table; type change rewrites the table
-- hazard rewrites-table: changing value from bigint to integer may rewrite readings under ACCESS EXCLUSIVE
-- hazard may-fail: values of value outside the range of integer make the type change fail
-- this rewrites public.readings under ACCESS EXCLUSIVE; on a large table prefer expand/contract:
--   1. ALTER TABLE public.readings ADD COLUMN value_new integer;  -- plus a trigger copying writes
--   2. backfill value_new from value in batches
--   3. in one short transaction: drop value, rename value_new to value
-- pgshift-ignore: changing-column-type -- required by the schema change; reviewed hazard
ALTER TABLE public.readings ALTER COLUMN value TYPE integer;

CREATE FUNCTION public.max_reading()
RETURNS integer
LANGUAGE sql
STABLE
RETURN (SELECT max(value)
FROM readings);

-- lock: ACCESS EXCLUSIVE on public.readings; rewrites the table; type change rewrites the table
-- hazard rewrites-table: changing unit from text to character varying(8) may rewrite readings under ACCESS EXCLUSIVE
-- hazard may-fail: values of unit longer than 8 characters make the type change fail
-- this rewrites public.readings under ACCESS EXCLUSIVE; on a large table prefer expand/contract:
--   1. ALTER TABLE public.readings ADD COLUMN unit_new character varying(8);  -- plus a trigger copying writes
--   2. backfill unit_new from unit in batches
--   3. in one short transaction: drop unit, rename unit_new to unit
-- pgshift-ignore: changing-column-type -- required by the schema change; reviewed hazard
ALTER TABLE public.readings ALTER COLUMN unit TYPE character varying(8);

CREATE FUNCTION public.units()
RETURNS SETOF text
LANGUAGE sql
STABLE
BEGIN ATOMIC
  SELECT DISTINCT unit FROM readings;
END;
