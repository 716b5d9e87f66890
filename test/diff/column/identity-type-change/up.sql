SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.it; rewrites the table; type change rewrites the table
-- hazard rewrites-table: changing a from smallint to integer may rewrite it under ACCESS EXCLUSIVE
-- this rewrites public.it under ACCESS EXCLUSIVE; on a large table prefer expand/contract:
--   1. ALTER TABLE public.it ADD COLUMN a_new integer;  -- plus a trigger copying writes
--   2. backfill a_new from a in batches
--   3. in one short transaction: drop a, rename a_new to a
-- pgshift-ignore: changing-column-type -- required by the schema change; reviewed hazard
ALTER TABLE public.it ALTER COLUMN a TYPE integer;

-- lock: ACCESS EXCLUSIVE on public.it; rewrites the table; type change rewrites the table
-- hazard rewrites-table: changing b from bigint to integer may rewrite it under ACCESS EXCLUSIVE
-- hazard may-fail: values of b outside the range of integer make the type change fail
-- this rewrites public.it under ACCESS EXCLUSIVE; on a large table prefer expand/contract:
--   1. ALTER TABLE public.it ADD COLUMN b_new integer;  -- plus a trigger copying writes
--   2. backfill b_new from b in batches
--   3. in one short transaction: drop b, rename b_new to b
-- pgshift-ignore: changing-column-type -- required by the schema change; reviewed hazard
ALTER TABLE public.it ALTER COLUMN b TYPE integer;

-- lock: ACCESS EXCLUSIVE on public.it; rewrites the table; type change rewrites the table
-- hazard rewrites-table: changing c from integer to smallint may rewrite it under ACCESS EXCLUSIVE
-- hazard may-fail: values of c outside the range of smallint make the type change fail
-- this rewrites public.it under ACCESS EXCLUSIVE; on a large table prefer expand/contract:
--   1. ALTER TABLE public.it ADD COLUMN c_new smallint;  -- plus a trigger copying writes
--   2. backfill c_new from c in batches
--   3. in one short transaction: drop c, rename c_new to c
-- pgshift-ignore: changing-column-type -- required by the schema change; reviewed hazard
ALTER TABLE public.it ALTER COLUMN c TYPE smallint;
