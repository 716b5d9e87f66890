SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.t
-- safe SET NOT NULL: a NOT VALID check first, validated without blocking writes
ALTER TABLE public.t ADD CONSTRAINT t_a_not_null_check CHECK (a IS NOT NULL) NOT VALID;

-- lock: ACCESS EXCLUSIVE on public.t
ALTER TABLE public.t ALTER COLUMN b SET DEFAULT 2;

-- lock: ACCESS EXCLUSIVE on public.t
ALTER TABLE public.t ALTER COLUMN c SET DEFAULT now();

-- lock: ACCESS EXCLUSIVE on public.t
-- pgshift-ignore: ban-drop-not-null -- required by the schema change; reviewed hazard
ALTER TABLE public.t ALTER COLUMN c DROP NOT NULL;

-- pgshift:commit
SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: SHARE UPDATE EXCLUSIVE on public.t; scans the table; validates existing rows
ALTER TABLE public.t VALIDATE CONSTRAINT t_a_not_null_check;

-- lock: ACCESS EXCLUSIVE on public.t
-- uses the validated check: no table scan
ALTER TABLE public.t ALTER COLUMN a SET NOT NULL;

-- lock: ACCESS EXCLUSIVE on public.t
-- pgshift-ignore: drop-constraint -- required by the schema change; reviewed hazard
ALTER TABLE public.t DROP CONSTRAINT t_a_not_null_check;
