SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.lines
-- hazard deletes-data: drops column lines.total and its values
-- pgshift-ignore: ban-drop-column -- required by the schema change; reviewed hazard
ALTER TABLE public.lines DROP COLUMN total;

-- lock: ACCESS EXCLUSIVE on public.lines; rewrites the table; type change rewrites the table
-- hazard rewrites-table: changing qty from bigint to integer may rewrite lines under ACCESS EXCLUSIVE
-- hazard may-fail: values of qty outside the range of integer make the type change fail
-- this rewrites public.lines under ACCESS EXCLUSIVE; on a large table prefer expand/contract:
--   1. ALTER TABLE public.lines ADD COLUMN qty_new integer;  -- plus a trigger copying writes
--   2. backfill qty_new from qty in batches
--   3. in one short transaction: drop qty, rename qty_new to qty
-- pgshift-ignore: changing-column-type -- required by the schema change; reviewed hazard
ALTER TABLE public.lines ALTER COLUMN qty TYPE integer;

-- lock: ACCESS EXCLUSIVE on public.lines; rewrites the table; stored generated column
-- pgshift-ignore: adding-stored-generated-column -- required by the schema change; reviewed hazard
ALTER TABLE public.lines ADD COLUMN total integer GENERATED ALWAYS AS (qty * price) STORED;
