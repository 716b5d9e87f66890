SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.t; rewrites the table; type change rewrites the table
-- hazard rewrites-table: changing a from integer to boolean may rewrite t under ACCESS EXCLUSIVE
-- hazard may-fail: values of a that do not cast to boolean make it fail
-- this rewrites public.t under ACCESS EXCLUSIVE; on a large table prefer expand/contract:
--   1. ALTER TABLE public.t ADD COLUMN a_new boolean;  -- plus a trigger copying writes
--   2. backfill a_new from a in batches
--   3. in one short transaction: drop a, rename a_new to a
-- pgshift-ignore: changing-column-type -- required by the schema change; reviewed hazard
ALTER TABLE public.t ALTER COLUMN a TYPE boolean USING a::boolean;

-- lock: ACCESS EXCLUSIVE on public.t; rewrites the table; type change rewrites the table
-- hazard rewrites-table: changing b from text to integer may rewrite t under ACCESS EXCLUSIVE
-- hazard may-fail: values of b that do not cast to integer make it fail
-- this rewrites public.t under ACCESS EXCLUSIVE; on a large table prefer expand/contract:
--   1. ALTER TABLE public.t ADD COLUMN b_new integer;  -- plus a trigger copying writes
--   2. backfill b_new from b in batches
--   3. in one short transaction: drop b, rename b_new to b
-- pgshift-ignore: changing-column-type -- required by the schema change; reviewed hazard
ALTER TABLE public.t ALTER COLUMN b TYPE integer USING b::integer;

-- lock: ACCESS EXCLUSIVE on public.t; rewrites the table; type change rewrites the table
-- hazard rewrites-table: changing c from bigint to bit(64) may rewrite t under ACCESS EXCLUSIVE
-- hazard may-fail: values of c that do not cast to bit(64) make it fail
-- this rewrites public.t under ACCESS EXCLUSIVE; on a large table prefer expand/contract:
--   1. ALTER TABLE public.t ADD COLUMN c_new bit(64);  -- plus a trigger copying writes
--   2. backfill c_new from c in batches
--   3. in one short transaction: drop c, rename c_new to c
-- pgshift-ignore: changing-column-type -- required by the schema change; reviewed hazard
ALTER TABLE public.t ALTER COLUMN c TYPE bit(64) USING c::bit(64);

-- lock: ACCESS EXCLUSIVE on public.t; rewrites the table; type change rewrites the table
-- hazard rewrites-table: changing d from numeric to money may rewrite t under ACCESS EXCLUSIVE
-- hazard may-fail: values of d that do not cast to money make it fail
-- this rewrites public.t under ACCESS EXCLUSIVE; on a large table prefer expand/contract:
--   1. ALTER TABLE public.t ADD COLUMN d_new money;  -- plus a trigger copying writes
--   2. backfill d_new from d in batches
--   3. in one short transaction: drop d, rename d_new to d
-- pgshift-ignore: changing-column-type -- required by the schema change; reviewed hazard
ALTER TABLE public.t ALTER COLUMN d TYPE money USING d::money;

-- lock: ACCESS EXCLUSIVE on public.t; rewrites the table; type change rewrites the table
-- hazard rewrites-table: changing e from text[] to integer[] may rewrite t under ACCESS EXCLUSIVE
-- hazard may-fail: values of e that do not cast to integer[] make it fail
-- this rewrites public.t under ACCESS EXCLUSIVE; on a large table prefer expand/contract:
--   1. ALTER TABLE public.t ADD COLUMN e_new integer[];  -- plus a trigger copying writes
--   2. backfill e_new from e in batches
--   3. in one short transaction: drop e, rename e_new to e
-- pgshift-ignore: changing-column-type -- required by the schema change; reviewed hazard
ALTER TABLE public.t ALTER COLUMN e TYPE integer[] USING e::integer[];

-- lock: ACCESS EXCLUSIVE on public.t; rewrites the table; type change rewrites the table
-- hazard rewrites-table: changing f from timestamp with time zone to date may rewrite t under ACCESS EXCLUSIVE
-- hazard may-fail: values of f that do not cast to date make it fail
-- hazard changes-data: the type change drops the time of day of f
-- this rewrites public.t under ACCESS EXCLUSIVE; on a large table prefer expand/contract:
--   1. ALTER TABLE public.t ADD COLUMN f_new date;  -- plus a trigger copying writes
--   2. backfill f_new from f in batches
--   3. in one short transaction: drop f, rename f_new to f
-- pgshift-ignore: changing-column-type -- required by the schema change; reviewed hazard
ALTER TABLE public.t ALTER COLUMN f TYPE date USING f::date;

-- lock: ACCESS EXCLUSIVE on public.t; rewrites the table; type change rewrites the table
-- hazard rewrites-table: changing g from jsonb to text may rewrite t under ACCESS EXCLUSIVE
-- this rewrites public.t under ACCESS EXCLUSIVE; on a large table prefer expand/contract:
--   1. ALTER TABLE public.t ADD COLUMN g_new text;  -- plus a trigger copying writes
--   2. backfill g_new from g in batches
--   3. in one short transaction: drop g, rename g_new to g
-- pgshift-ignore: changing-column-type -- required by the schema change; reviewed hazard
ALTER TABLE public.t ALTER COLUMN g TYPE text;
