SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.spot; rewrites the table; type change rewrites the table
-- hazard rewrites-table: changing at from public.point2 to integer may rewrite spot under ACCESS EXCLUSIVE
-- this rewrites public.spot under ACCESS EXCLUSIVE; on a large table prefer expand/contract:
--   1. ALTER TABLE public.spot ADD COLUMN at_new integer;  -- plus a trigger copying writes
--   2. backfill at_new from at in batches
--   3. in one short transaction: drop at, rename at_new to at
-- pgshift-ignore: changing-column-type -- required by the schema change; reviewed hazard
ALTER TABLE public.spot ALTER COLUMN at TYPE integer;

-- lock: ACCESS EXCLUSIVE on public.spot; rewrites the table; USING expression rewrites the table
-- hazard rewrites-table: changing label from public.point2 to text may rewrite spot under ACCESS EXCLUSIVE
-- hazard may-fail: values of label that do not cast to text make it fail
-- this rewrites public.spot under ACCESS EXCLUSIVE; on a large table prefer expand/contract:
--   1. ALTER TABLE public.spot ADD COLUMN label_new text;  -- plus a trigger copying writes
--   2. backfill label_new from label in batches
--   3. in one short transaction: drop label, rename label_new to label
-- pgshift-ignore: changing-column-type -- required by the schema change; reviewed hazard
ALTER TABLE public.spot ALTER COLUMN label TYPE text USING label::text::text;
