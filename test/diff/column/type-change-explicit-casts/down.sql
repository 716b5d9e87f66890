SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.t; rewrites the table; type change rewrites the table
-- hazard rewrites-table: changing a from boolean to integer may rewrite t under ACCESS EXCLUSIVE
-- hazard may-fail: values of a that do not cast to integer make it fail
-- this rewrites public.t under ACCESS EXCLUSIVE; on a large table prefer expand/contract:
--   1. ALTER TABLE public.t ADD COLUMN a_new integer;  -- plus a trigger copying writes
--   2. backfill a_new from a in batches
--   3. in one short transaction: drop a, rename a_new to a
-- pgshift-ignore: changing-column-type -- required by the schema change; reviewed hazard
ALTER TABLE public.t ALTER COLUMN a TYPE integer USING a::integer;

-- lock: ACCESS EXCLUSIVE on public.t; rewrites the table; type change rewrites the table
-- hazard rewrites-table: changing b from integer to text may rewrite t under ACCESS EXCLUSIVE
-- this rewrites public.t under ACCESS EXCLUSIVE; on a large table prefer expand/contract:
--   1. ALTER TABLE public.t ADD COLUMN b_new text;  -- plus a trigger copying writes
--   2. backfill b_new from b in batches
--   3. in one short transaction: drop b, rename b_new to b
-- pgshift-ignore: changing-column-type -- required by the schema change; reviewed hazard
ALTER TABLE public.t ALTER COLUMN b TYPE text;

-- lock: ACCESS EXCLUSIVE on public.t; rewrites the table; type change rewrites the table
-- hazard rewrites-table: changing c from bit(64) to bigint may rewrite t under ACCESS EXCLUSIVE
-- hazard may-fail: values of c that do not cast to bigint make it fail
-- this rewrites public.t under ACCESS EXCLUSIVE; on a large table prefer expand/contract:
--   1. ALTER TABLE public.t ADD COLUMN c_new bigint;  -- plus a trigger copying writes
--   2. backfill c_new from c in batches
--   3. in one short transaction: drop c, rename c_new to c
-- pgshift-ignore: changing-column-type -- required by the schema change; reviewed hazard
ALTER TABLE public.t ALTER COLUMN c TYPE bigint USING c::bigint;

-- lock: ACCESS EXCLUSIVE on public.t; rewrites the table; type change rewrites the table
-- hazard rewrites-table: changing d from money to numeric may rewrite t under ACCESS EXCLUSIVE
-- hazard may-fail: values of d that do not cast to numeric make it fail
-- this rewrites public.t under ACCESS EXCLUSIVE; on a large table prefer expand/contract:
--   1. ALTER TABLE public.t ADD COLUMN d_new numeric;  -- plus a trigger copying writes
--   2. backfill d_new from d in batches
--   3. in one short transaction: drop d, rename d_new to d
-- pgshift-ignore: changing-column-type -- required by the schema change; reviewed hazard
ALTER TABLE public.t ALTER COLUMN d TYPE numeric USING d::numeric;

-- lock: ACCESS EXCLUSIVE on public.t; rewrites the table; type change rewrites the table
-- hazard rewrites-table: changing e from integer[] to text[] may rewrite t under ACCESS EXCLUSIVE
-- this rewrites public.t under ACCESS EXCLUSIVE; on a large table prefer expand/contract:
--   1. ALTER TABLE public.t ADD COLUMN e_new text[];  -- plus a trigger copying writes
--   2. backfill e_new from e in batches
--   3. in one short transaction: drop e, rename e_new to e
-- pgshift-ignore: changing-column-type -- required by the schema change; reviewed hazard
ALTER TABLE public.t ALTER COLUMN e TYPE text[];

-- lock: ACCESS EXCLUSIVE on public.t; rewrites the table; type change rewrites the table
-- hazard rewrites-table: changing f from date to timestamp with time zone may rewrite t under ACCESS EXCLUSIVE
-- this rewrites public.t under ACCESS EXCLUSIVE; on a large table prefer expand/contract:
--   1. ALTER TABLE public.t ADD COLUMN f_new timestamp with time zone;  -- plus a trigger copying writes
--   2. backfill f_new from f in batches
--   3. in one short transaction: drop f, rename f_new to f
-- pgshift-ignore: changing-column-type -- required by the schema change; reviewed hazard
ALTER TABLE public.t ALTER COLUMN f TYPE timestamp with time zone;

-- lock: ACCESS EXCLUSIVE on public.t; rewrites the table; type change rewrites the table
-- hazard rewrites-table: changing g from text to jsonb may rewrite t under ACCESS EXCLUSIVE
-- hazard may-fail: values of g that do not cast to jsonb make it fail
-- this rewrites public.t under ACCESS EXCLUSIVE; on a large table prefer expand/contract:
--   1. ALTER TABLE public.t ADD COLUMN g_new jsonb;  -- plus a trigger copying writes
--   2. backfill g_new from g in batches
--   3. in one short transaction: drop g, rename g_new to g
-- pgshift-ignore: changing-column-type -- required by the schema change; reviewed hazard
ALTER TABLE public.t ALTER COLUMN g TYPE jsonb USING g::jsonb;
