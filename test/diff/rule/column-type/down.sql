SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.t
-- hazard breaks-readers: changes what INSERT on public.t does (rule t_log)
DROP RULE t_log ON public.t;

-- lock: ACCESS EXCLUSIVE on public.log; rewrites the table; type change rewrites the table
-- hazard rewrites-table: changing v from text to character varying(10) may rewrite log under ACCESS EXCLUSIVE
-- hazard may-fail: values of v longer than 10 characters make the type change fail
-- this rewrites public.log under ACCESS EXCLUSIVE; on a large table prefer expand/contract:
--   1. ALTER TABLE public.log ADD COLUMN v_new character varying(10);  -- plus a trigger copying writes
--   2. backfill v_new from v in batches
--   3. in one short transaction: drop v, rename v_new to v
-- pgshift-ignore: changing-column-type -- required by the schema change; reviewed hazard
ALTER TABLE public.log ALTER COLUMN v TYPE character varying(10);

-- lock: ACCESS EXCLUSIVE on public.t; rewrites the table; type change rewrites the table
-- hazard rewrites-table: changing id from bigint to integer may rewrite t under ACCESS EXCLUSIVE
-- hazard may-fail: values of id outside the range of integer make the type change fail
-- this rewrites public.t under ACCESS EXCLUSIVE; on a large table prefer expand/contract:
--   1. ALTER TABLE public.t ADD COLUMN id_new integer;  -- plus a trigger copying writes
--   2. backfill id_new from id in batches
--   3. in one short transaction: drop id, rename id_new to id
-- pgshift-ignore: changing-column-type -- required by the schema change; reviewed hazard
ALTER TABLE public.t ALTER COLUMN id TYPE integer;

-- lock: ACCESS EXCLUSIVE on public.t, ROW EXCLUSIVE on public.log
CREATE RULE t_log AS ON INSERT TO public.t
DO ALSO INSERT INTO public.log (id, v) VALUES (new.id, new.v);

COMMENT ON RULE t_log ON public.t IS 'kept';
