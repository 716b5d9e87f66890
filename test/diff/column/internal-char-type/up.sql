SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.flags; rewrites the table; type change rewrites the table
-- hazard rewrites-table: changing code from character(1) to "char" may rewrite flags under ACCESS EXCLUSIVE
-- hazard may-fail: values of code that do not cast to "char" make it fail
-- this rewrites public.flags under ACCESS EXCLUSIVE; on a large table prefer expand/contract:
--   1. ALTER TABLE public.flags ADD COLUMN code_new "char";  -- plus a trigger copying writes
--   2. backfill code_new from code in batches
--   3. in one short transaction: drop code, rename code_new to code
-- pgshift-ignore: changing-column-type -- required by the schema change; reviewed hazard
ALTER TABLE public.flags ALTER COLUMN code TYPE "char" USING code::"char";

-- lock: ACCESS EXCLUSIVE on public.flags; rewrites the table; type change rewrites the table
-- hazard rewrites-table: changing qual from "char" to character(1) may rewrite flags under ACCESS EXCLUSIVE
-- this rewrites public.flags under ACCESS EXCLUSIVE; on a large table prefer expand/contract:
--   1. ALTER TABLE public.flags ADD COLUMN qual_new character(1);  -- plus a trigger copying writes
--   2. backfill qual_new from qual in batches
--   3. in one short transaction: drop qual, rename qual_new to qual
-- pgshift-ignore: changing-column-type -- required by the schema change; reviewed hazard
ALTER TABLE public.flags ALTER COLUMN qual TYPE character(1);

-- lock: ACCESS EXCLUSIVE on public.flags
ALTER TABLE public.flags ADD COLUMN extra "char";
