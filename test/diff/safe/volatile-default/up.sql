SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.events
-- added nullable first, so no table rewrite and no failure on existing rows
ALTER TABLE public.events ADD COLUMN token uuid;

-- lock: ACCESS EXCLUSIVE on public.events
-- the default applies to new rows only
ALTER TABLE public.events ALTER COLUMN token SET DEFAULT gen_random_uuid();

-- lock: ACCESS EXCLUSIVE on public.events
-- backfill: UPDATE public.events SET token = the new default WHERE token IS NULL; -- run in batches before the constraint is validated
-- safe SET NOT NULL: a NOT VALID check first, validated without blocking writes
ALTER TABLE public.events ADD CONSTRAINT events_token_not_null_check CHECK (token IS NOT NULL) NOT VALID;

-- lock: ACCESS EXCLUSIVE on public.events
-- added nullable first, so no table rewrite and no failure on existing rows
ALTER TABLE public.events ADD COLUMN seen_at timestamp with time zone;

-- lock: ACCESS EXCLUSIVE on public.events
-- the default applies to new rows only
-- backfill: UPDATE public.events SET seen_at = the new default WHERE seen_at IS NULL; -- run in batches before the constraint is validated
ALTER TABLE public.events ALTER COLUMN seen_at SET DEFAULT clock_timestamp();

-- pgshift:commit
SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: SHARE UPDATE EXCLUSIVE on public.events; scans the table; validates existing rows
ALTER TABLE public.events VALIDATE CONSTRAINT events_token_not_null_check;

-- lock: ACCESS EXCLUSIVE on public.events
-- uses the validated check: no table scan
ALTER TABLE public.events ALTER COLUMN token SET NOT NULL;

-- lock: ACCESS EXCLUSIVE on public.events
-- pgshift-ignore: drop-constraint -- required by the schema change; reviewed hazard
ALTER TABLE public.events DROP CONSTRAINT events_token_not_null_check;
