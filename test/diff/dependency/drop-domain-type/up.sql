SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.people
-- hazard deletes-data: drops column people.p and its values
-- pgshift-ignore: ban-drop-column -- required by the schema change; reviewed hazard
ALTER TABLE public.people DROP COLUMN p;

-- hazard breaks-readers: drops function public.cheer: callers fail until it exists again
DROP FUNCTION public.cheer(public.mood);

-- hazard breaks-readers: drops function public.make_pair: callers fail until it exists again
DROP FUNCTION public.make_pair();

-- hazard breaks-readers: drops function public.older: callers fail until it exists again
DROP FUNCTION public.older(public.positive);

CREATE FUNCTION public.older(a integer)
RETURNS integer
LANGUAGE sql
IMMUTABLE
AS $$SELECT a + 1$$;

-- lock: ACCESS EXCLUSIVE on public.people; rewrites the table; USING expression rewrites the table
-- hazard rewrites-table: changing age from public.positive to integer may rewrite people under ACCESS EXCLUSIVE
-- hazard may-fail: values of age that do not cast to integer make it fail
-- this rewrites public.people under ACCESS EXCLUSIVE; on a large table prefer expand/contract:
--   1. ALTER TABLE public.people ADD COLUMN age_new integer;  -- plus a trigger copying writes
--   2. backfill age_new from age in batches
--   3. in one short transaction: drop age, rename age_new to age
-- pgshift-ignore: changing-column-type -- required by the schema change; reviewed hazard
ALTER TABLE public.people ALTER COLUMN age TYPE integer USING age::text::integer;

-- lock: ACCESS EXCLUSIVE on public.people; rewrites the table; USING expression rewrites the table
-- hazard rewrites-table: changing mood from public.mood to text may rewrite people under ACCESS EXCLUSIVE
-- hazard may-fail: values of mood that do not cast to text make it fail
-- this rewrites public.people under ACCESS EXCLUSIVE; on a large table prefer expand/contract:
--   1. ALTER TABLE public.people ADD COLUMN mood_new text;  -- plus a trigger copying writes
--   2. backfill mood_new from mood in batches
--   3. in one short transaction: drop mood, rename mood_new to mood
-- pgshift-ignore: changing-column-type -- required by the schema change; reviewed hazard
ALTER TABLE public.people ALTER COLUMN mood TYPE text USING mood::text::text;

DROP DOMAIN public.positive;

DROP TYPE public.pair;

DROP TYPE public.mood;
