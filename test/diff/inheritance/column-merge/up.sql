SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.p, ACCESS EXCLUSIVE on its 2 inheritance children (public.ch, public.ch2)
-- pgshift-ignore: drop-constraint -- required by the schema change; reviewed hazard
ALTER TABLE public.p DROP CONSTRAINT p_c_check;

-- lock: ACCESS EXCLUSIVE on public.p, ACCESS EXCLUSIVE on its 2 inheritance children (public.ch, public.ch2)
-- hazard deletes-data: drops column p.b and its values
-- pgshift-ignore: ban-drop-column -- required by the schema change; reviewed hazard
ALTER TABLE public.p DROP COLUMN b;

-- lock: ACCESS EXCLUSIVE on public.ch
ALTER TABLE public.ch ADD COLUMN y integer DEFAULT 1;

-- lock: ACCESS EXCLUSIVE on public.p, ACCESS EXCLUSIVE on its 2 inheritance children (public.ch, public.ch2); rewrites the table; type change rewrites the table
-- hazard rewrites-table: changing a from integer to bigint may rewrite p under ACCESS EXCLUSIVE
-- this rewrites public.p under ACCESS EXCLUSIVE; on a large table prefer expand/contract:
--   1. ALTER TABLE public.p ADD COLUMN a_new bigint;  -- plus a trigger copying writes
--   2. backfill a_new from a in batches
--   3. in one short transaction: drop a, rename a_new to a
-- pgshift-ignore: changing-column-type -- required by the schema change; reviewed hazard
ALTER TABLE public.p ALTER COLUMN a TYPE bigint;

-- lock: ACCESS EXCLUSIVE on public.p, ACCESS EXCLUSIVE on its 2 inheritance children (public.ch, public.ch2)
ALTER TABLE public.p ADD COLUMN d date;

-- pgshift:commit
SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.ch
ALTER TABLE public.ch INHERIT public.other;
