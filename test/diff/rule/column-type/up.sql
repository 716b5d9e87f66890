SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.t
-- hazard breaks-readers: changes what INSERT on public.t does (rule t_log)
DROP RULE t_log ON public.t;

-- lock: ACCESS EXCLUSIVE on public.log
-- hazard rewrites-table: changing v from character varying(10) to text may rewrite log under ACCESS EXCLUSIVE
ALTER TABLE public.log ALTER COLUMN v TYPE text;

-- lock: ACCESS EXCLUSIVE on public.t; rewrites the table; type change rewrites the table
-- hazard rewrites-table: changing id from integer to bigint may rewrite t under ACCESS EXCLUSIVE
-- this rewrites public.t under ACCESS EXCLUSIVE; on a large table prefer expand/contract:
--   1. ALTER TABLE public.t ADD COLUMN id_new bigint;  -- plus a trigger copying writes
--   2. backfill id_new from id in batches
--   3. in one short transaction: drop id, rename id_new to id
-- pgshift-ignore: changing-column-type -- required by the schema change; reviewed hazard
ALTER TABLE public.t ALTER COLUMN id TYPE bigint;

-- lock: ACCESS EXCLUSIVE on public.t, ROW EXCLUSIVE on public.log
CREATE RULE t_log AS ON INSERT TO public.t
DO ALSO INSERT INTO public.log (id, v) VALUES (new.id, new.v);

COMMENT ON RULE t_log ON public.t IS 'kept';
