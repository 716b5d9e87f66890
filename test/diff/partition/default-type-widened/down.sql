SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.m, ACCESS EXCLUSIVE on its 2 partitions (public.m_p1, public.m_p2)
ALTER TABLE public.m ALTER COLUMN qty DROP DEFAULT;

-- lock: ACCESS EXCLUSIVE on public.m, ACCESS EXCLUSIVE on its 2 partitions (public.m_p1, public.m_p2); rewrites the table; type change rewrites the table
-- hazard rewrites-table: changing qty from bigint to integer may rewrite m under ACCESS EXCLUSIVE
-- hazard may-fail: values of qty outside the range of integer make the type change fail
-- this rewrites public.m under ACCESS EXCLUSIVE; on a large table prefer expand/contract:
--   1. ALTER TABLE public.m ADD COLUMN qty_new integer;  -- plus a trigger copying writes
--   2. backfill qty_new from qty in batches
--   3. in one short transaction: drop qty, rename qty_new to qty
-- pgshift-ignore: changing-column-type -- required by the schema change; reviewed hazard
ALTER TABLE public.m ALTER COLUMN qty TYPE integer;

-- lock: ACCESS EXCLUSIVE on public.m
ALTER TABLE ONLY public.m ALTER COLUMN qty SET DEFAULT 1;

-- lock: ACCESS EXCLUSIVE on public.m_p1
ALTER TABLE public.m_p1 ALTER COLUMN qty SET DEFAULT 7;

-- lock: ACCESS EXCLUSIVE on public.m_p2
ALTER TABLE public.m_p2 ALTER COLUMN qty SET DEFAULT 1;
