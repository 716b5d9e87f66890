SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.child, ACCESS EXCLUSIVE on public.t
-- pgshift-ignore: drop-constraint -- required by the schema change; reviewed hazard
ALTER TABLE public.child DROP CONSTRAINT child_t_id_fkey;

-- lock: ACCESS EXCLUSIVE on public.child; rewrites the table; type change rewrites the table
-- hazard rewrites-table: changing t_id from bigint to integer may rewrite child under ACCESS EXCLUSIVE
-- hazard may-fail: values of t_id outside the range of integer make the type change fail
-- this rewrites public.child under ACCESS EXCLUSIVE; on a large table prefer expand/contract:
--   1. ALTER TABLE public.child ADD COLUMN t_id_new integer;  -- plus a trigger copying writes
--   2. backfill t_id_new from t_id in batches
--   3. in one short transaction: drop t_id, rename t_id_new to t_id
-- pgshift-ignore: changing-column-type -- required by the schema change; reviewed hazard
ALTER TABLE public.child ALTER COLUMN t_id TYPE integer;

-- lock: ACCESS EXCLUSIVE on public.t; rewrites the table; type change rewrites the table
-- hazard rewrites-table: changing id from bigint to integer may rewrite t under ACCESS EXCLUSIVE
-- hazard may-fail: values of id outside the range of integer make the type change fail
-- this rewrites public.t under ACCESS EXCLUSIVE; on a large table prefer expand/contract:
--   1. ALTER TABLE public.t ADD COLUMN id_new integer;  -- plus a trigger copying writes
--   2. backfill id_new from id in batches
--   3. in one short transaction: drop id, rename id_new to id
-- pgshift-ignore: changing-column-type -- required by the schema change; reviewed hazard
ALTER TABLE public.t ALTER COLUMN id TYPE integer;

-- lock: ACCESS EXCLUSIVE on public.t
ALTER TABLE public.t ALTER COLUMN code DROP DEFAULT;

-- lock: ACCESS EXCLUSIVE on public.t; rewrites the table; type change rewrites the table
-- hazard rewrites-table: changing code from integer to text may rewrite t under ACCESS EXCLUSIVE
-- this rewrites public.t under ACCESS EXCLUSIVE; on a large table prefer expand/contract:
--   1. ALTER TABLE public.t ADD COLUMN code_new text;  -- plus a trigger copying writes
--   2. backfill code_new from code in batches
--   3. in one short transaction: drop code, rename code_new to code
-- pgshift-ignore: changing-column-type -- required by the schema change; reviewed hazard
ALTER TABLE public.t ALTER COLUMN code TYPE text;

-- lock: ACCESS EXCLUSIVE on public.t
ALTER TABLE public.t ALTER COLUMN code SET DEFAULT '0';

-- lock: ACCESS EXCLUSIVE on public.t; rewrites the table; type change rewrites the table
-- hazard rewrites-table: changing amount from numeric(12,2) to numeric(10,2) may rewrite t under ACCESS EXCLUSIVE
-- hazard may-fail: values of amount outside the range of numeric(10,2) make the type change fail
-- this rewrites public.t under ACCESS EXCLUSIVE; on a large table prefer expand/contract:
--   1. ALTER TABLE public.t ADD COLUMN amount_new numeric(10,2);  -- plus a trigger copying writes
--   2. backfill amount_new from amount in batches
--   3. in one short transaction: drop amount, rename amount_new to amount
-- pgshift-ignore: changing-column-type -- required by the schema change; reviewed hazard
ALTER TABLE public.t ALTER COLUMN amount TYPE numeric(10,2);

-- lock: ACCESS EXCLUSIVE on public.t; rewrites the table; type change rewrites the table
-- hazard rewrites-table: changing label from text to character varying(20) may rewrite t under ACCESS EXCLUSIVE
-- hazard may-fail: values of label longer than 20 characters make the type change fail
-- this rewrites public.t under ACCESS EXCLUSIVE; on a large table prefer expand/contract:
--   1. ALTER TABLE public.t ADD COLUMN label_new character varying(20);  -- plus a trigger copying writes
--   2. backfill label_new from label in batches
--   3. in one short transaction: drop label, rename label_new to label
-- pgshift-ignore: changing-column-type -- required by the schema change; reviewed hazard
ALTER TABLE public.t ALTER COLUMN label TYPE character varying(20);

-- lock: SHARE ROW EXCLUSIVE on public.child, SHARE ROW EXCLUSIVE on public.t
ALTER TABLE public.child ADD CONSTRAINT child_t_id_fkey FOREIGN KEY (t_id) REFERENCES public.t (id) NOT VALID;

-- pgshift:commit
SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: SHARE UPDATE EXCLUSIVE on public.child; scans the table; validates existing rows
-- hazard scans-table: validates child_t_id_fkey against every row of child
ALTER TABLE public.child VALIDATE CONSTRAINT child_t_id_fkey;
