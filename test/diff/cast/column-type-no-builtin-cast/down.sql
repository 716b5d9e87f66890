SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.event; rewrites the table; type change rewrites the table
-- hazard rewrites-table: changing at from timestamp with time zone to bigint may rewrite event under ACCESS EXCLUSIVE
-- hazard may-fail: values of at that do not cast to bigint make it fail
-- this rewrites public.event under ACCESS EXCLUSIVE; on a large table prefer expand/contract:
--   1. ALTER TABLE public.event ADD COLUMN at_new bigint;  -- plus a trigger copying writes
--   2. backfill at_new from at in batches
--   3. in one short transaction: drop at, rename at_new to at
-- pgshift-ignore: changing-column-type -- required by the schema change; reviewed hazard
ALTER TABLE public.event ALTER COLUMN at TYPE bigint USING at::bigint;
