SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- hazard breaks-readers: drops function public.older: callers fail until it exists again
DROP FUNCTION public.older(integer);

CREATE TYPE public.mood AS ENUM ('sad', 'happy');

CREATE TYPE public.pair AS (a integer, b integer);

-- pgshift-ignore: ban-create-domain-with-constraint -- required by the schema change; reviewed hazard
CREATE DOMAIN public.positive AS integer CONSTRAINT positive_check CHECK (value > 0);

CREATE FUNCTION public.cheer(m public.mood)
RETURNS text
LANGUAGE plpgsql
AS $$ BEGIN RETURN m::text; END $$;

CREATE FUNCTION public.make_pair()
RETURNS public.pair
LANGUAGE sql
AS $$SELECT ROW(1, 2)::pair$$;

CREATE FUNCTION public.older(a public.positive)
RETURNS public.positive
LANGUAGE sql
IMMUTABLE
AS $$SELECT a + 1$$;

-- lock: ACCESS EXCLUSIVE on public.people; rewrites the table; USING expression rewrites the table
-- hazard rewrites-table: changing age from integer to public.positive may rewrite people under ACCESS EXCLUSIVE
-- hazard may-fail: values of age that do not cast to public.positive make it fail
-- this rewrites public.people under ACCESS EXCLUSIVE; on a large table prefer expand/contract:
--   1. ALTER TABLE public.people ADD COLUMN age_new public.positive;  -- plus a trigger copying writes
--   2. backfill age_new from age in batches
--   3. in one short transaction: drop age, rename age_new to age
-- pgshift-ignore: changing-column-type -- required by the schema change; reviewed hazard
ALTER TABLE public.people ALTER COLUMN age TYPE public.positive USING age::text::public.positive;

-- lock: ACCESS EXCLUSIVE on public.people; rewrites the table; USING expression rewrites the table
-- hazard rewrites-table: changing mood from text to public.mood may rewrite people under ACCESS EXCLUSIVE
-- hazard may-fail: values of mood that do not cast to public.mood make it fail
-- this rewrites public.people under ACCESS EXCLUSIVE; on a large table prefer expand/contract:
--   1. ALTER TABLE public.people ADD COLUMN mood_new public.mood;  -- plus a trigger copying writes
--   2. backfill mood_new from mood in batches
--   3. in one short transaction: drop mood, rename mood_new to mood
-- pgshift-ignore: changing-column-type -- required by the schema change; reviewed hazard
ALTER TABLE public.people ALTER COLUMN mood TYPE public.mood USING mood::text::public.mood;

-- lock: ACCESS EXCLUSIVE on public.people
-- hazard irreversible: re-adds column people.p, dropped by the up migration: its values are not restored
ALTER TABLE public.people ADD COLUMN p public.pair;
