SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.z, ACCESS EXCLUSIVE on its 2 partitions (public.a_p1, public.a_p2)
ALTER TABLE public.z ALTER COLUMN qty DROP DEFAULT;

-- lock: ACCESS EXCLUSIVE on public.z, ACCESS EXCLUSIVE on its 2 partitions (public.a_p1, public.a_p2); rewrites the table; type change rewrites the table
-- hazard rewrites-table: changing qty from text to integer may rewrite z under ACCESS EXCLUSIVE
-- hazard may-fail: values of qty that do not cast to integer make it fail
-- this rewrites public.z under ACCESS EXCLUSIVE; on a large table prefer expand/contract:
--   1. ALTER TABLE public.z ADD COLUMN qty_new integer;  -- plus a trigger copying writes
--   2. backfill qty_new from qty in batches
--   3. in one short transaction: drop qty, rename qty_new to qty
-- pgshift-ignore: changing-column-type -- required by the schema change; reviewed hazard
ALTER TABLE public.z ALTER COLUMN qty TYPE integer USING qty::integer;

-- lock: ACCESS EXCLUSIVE on public.z
ALTER TABLE ONLY public.z ALTER COLUMN qty SET DEFAULT 1;

-- lock: ACCESS EXCLUSIVE on public.a_p1
ALTER TABLE public.a_p1 ALTER COLUMN qty SET DEFAULT 7;

-- lock: ACCESS EXCLUSIVE on public.a_p2
ALTER TABLE public.a_p2 ALTER COLUMN qty SET DEFAULT 1;
