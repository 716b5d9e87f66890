SET lock_timeout = '5s';
SET statement_timeout = '15min';

CREATE TYPE public.mood AS ENUM ('happy', 'sad');

-- lock: ACCESS EXCLUSIVE on public.t; rewrites the table; USING expression rewrites the table
-- hazard rewrites-table: changing m from public.old_mood to public.mood may rewrite t under ACCESS EXCLUSIVE
-- hazard may-fail: values of m that do not cast to public.mood make it fail
-- this rewrites public.t under ACCESS EXCLUSIVE; on a large table prefer expand/contract:
--   1. ALTER TABLE public.t ADD COLUMN m_new public.mood;  -- plus a trigger copying writes
--   2. backfill m_new from m in batches
--   3. in one short transaction: drop m, rename m_new to m
-- pgshift-ignore: changing-column-type -- required by the schema change; reviewed hazard
ALTER TABLE public.t ALTER COLUMN m TYPE public.mood USING m::text::public.mood;

-- lock: ACCESS EXCLUSIVE on public.t
ALTER TABLE public.t ADD COLUMN history public.mood[];

DROP TYPE public.old_mood;
