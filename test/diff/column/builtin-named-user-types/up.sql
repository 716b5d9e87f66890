SET lock_timeout = '5s';
SET statement_timeout = '15min';

CREATE DOMAIN public.bpchar AS character varying(3);

CREATE DOMAIN public."character" AS text;

CREATE TYPE public."interval" AS (lo integer, hi integer);

-- lock: ACCESS EXCLUSIVE on public.t; rewrites the table; USING expression rewrites the table
-- hazard rewrites-table: changing x from "bit" to public."bit" may rewrite t under ACCESS EXCLUSIVE
-- hazard may-fail: values of x that do not cast to public."bit" make it fail
-- this rewrites public.t under ACCESS EXCLUSIVE; on a large table prefer expand/contract:
--   1. ALTER TABLE public.t ADD COLUMN x_new public."bit";  -- plus a trigger copying writes
--   2. backfill x_new from x in batches
--   3. in one short transaction: drop x, rename x_new to x
-- pgshift-ignore: changing-column-type -- required by the schema change; reviewed hazard
ALTER TABLE public.t ALTER COLUMN x TYPE public."bit" USING x::text::public."bit";

-- lock: ACCESS EXCLUSIVE on public.t; rewrites the table; USING expression rewrites the table
-- hazard rewrites-table: changing y from public."bit" to "bit" may rewrite t under ACCESS EXCLUSIVE
-- hazard may-fail: values of y that do not cast to "bit" make it fail
-- this rewrites public.t under ACCESS EXCLUSIVE; on a large table prefer expand/contract:
--   1. ALTER TABLE public.t ADD COLUMN y_new "bit";  -- plus a trigger copying writes
--   2. backfill y_new from y in batches
--   3. in one short transaction: drop y, rename y_new to y
-- pgshift-ignore: changing-column-type -- required by the schema change; reviewed hazard
ALTER TABLE public.t ALTER COLUMN y TYPE "bit" USING y::text::"bit";

-- lock: ACCESS EXCLUSIVE on public.t
ALTER TABLE public.t ADD COLUMN z public."interval"[];

-- lock: ACCESS EXCLUSIVE on public.t
ALTER TABLE public.t ADD COLUMN w public."character";

-- lock: ACCESS EXCLUSIVE on public.t
ALTER TABLE public.t ADD COLUMN v s."numeric"[];

-- lock: ACCESS EXCLUSIVE on public.t
ALTER TABLE public.t ADD COLUMN u bpchar;

-- lock: ACCESS EXCLUSIVE on public.t
ALTER TABLE public.t ADD COLUMN r public.bpchar;

-- lock: ACCESS EXCLUSIVE on public.t
ALTER TABLE public.t ADD COLUMN q interval(2);
