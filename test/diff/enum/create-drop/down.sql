SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.t
-- hazard deletes-data: drops column t.history and its values
-- pgshift-ignore: ban-drop-column -- required by the schema change; reviewed hazard
ALTER TABLE public.t DROP COLUMN history;

CREATE TYPE public.old_mood AS ENUM ('a');

-- lock: ACCESS EXCLUSIVE on public.t; rewrites the table; USING expression rewrites the table
-- hazard rewrites-table: changing m from public.mood to public.old_mood may rewrite t under ACCESS EXCLUSIVE
-- hazard may-fail: values of m that do not cast to public.old_mood make it fail
-- this rewrites public.t under ACCESS EXCLUSIVE; on a large table prefer expand/contract:
--   1. ALTER TABLE public.t ADD COLUMN m_new public.old_mood;  -- plus a trigger copying writes
--   2. backfill m_new from m in batches
--   3. in one short transaction: drop m, rename m_new to m
-- pgshift-ignore: changing-column-type -- required by the schema change; reviewed hazard
ALTER TABLE public.t ALTER COLUMN m TYPE public.old_mood USING m::text::public.old_mood;

DROP TYPE public.mood;
