SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.accounts
-- safe SET NOT NULL: a NOT VALID check first, validated without blocking writes
ALTER TABLE public.accounts ADD CONSTRAINT accounts_email_not_null_check CHECK (email IS NOT NULL) NOT VALID;

-- lock: ACCESS EXCLUSIVE on public.accounts
-- added nullable first, so no table rewrite and no failure on existing rows
ALTER TABLE public.accounts ADD COLUMN region text;

-- lock: ACCESS EXCLUSIVE on public.accounts
-- backfill: UPDATE public.accounts SET region = <value> WHERE region IS NULL; -- run in batches before the constraint is validated
-- safe SET NOT NULL: a NOT VALID check first, validated without blocking writes
ALTER TABLE public.accounts ADD CONSTRAINT accounts_region_not_null_check CHECK (region IS NOT NULL) NOT VALID;

-- lock: ACCESS EXCLUSIVE on public.accounts
ALTER TABLE public.accounts ADD COLUMN plan text DEFAULT 'free' NOT NULL;

-- pgshift:commit
SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: SHARE UPDATE EXCLUSIVE on public.accounts; scans the table; validates existing rows
ALTER TABLE public.accounts VALIDATE CONSTRAINT accounts_email_not_null_check;

-- lock: SHARE UPDATE EXCLUSIVE on public.accounts; scans the table; validates existing rows
ALTER TABLE public.accounts VALIDATE CONSTRAINT accounts_region_not_null_check;

-- lock: ACCESS EXCLUSIVE on public.accounts
-- uses the validated check: no table scan
ALTER TABLE public.accounts ALTER COLUMN email SET NOT NULL;

-- lock: ACCESS EXCLUSIVE on public.accounts
-- pgshift-ignore: drop-constraint -- required by the schema change; reviewed hazard
ALTER TABLE public.accounts DROP CONSTRAINT accounts_email_not_null_check;

-- lock: ACCESS EXCLUSIVE on public.accounts
-- uses the validated check: no table scan
ALTER TABLE public.accounts ALTER COLUMN region SET NOT NULL;

-- lock: ACCESS EXCLUSIVE on public.accounts
-- pgshift-ignore: drop-constraint -- required by the schema change; reviewed hazard
ALTER TABLE public.accounts DROP CONSTRAINT accounts_region_not_null_check;
