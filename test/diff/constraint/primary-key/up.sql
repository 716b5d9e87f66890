SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.t
-- safe SET NOT NULL: a NOT VALID check first, validated without blocking writes
ALTER TABLE public.t ADD CONSTRAINT t_id_not_null_check CHECK (id IS NOT NULL) NOT VALID;

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.t; scans the table; index build
-- hazard builds-index: builds index t_pkey concurrently (writes continue; two table scans); fails on duplicates; a failed build leaves an INVALID index to drop before retrying
-- pgshift-ignore: unique-on-existing-column -- required by the schema change; reviewed hazard
CREATE UNIQUE INDEX CONCURRENTLY t_pkey ON public.t (id);

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.t; scans the table; index build
-- hazard builds-index: builds index t_email_id_key concurrently (writes continue; two table scans); fails on duplicates; a failed build leaves an INVALID index to drop before retrying
-- pgshift-ignore: unique-on-existing-column -- required by the schema change; reviewed hazard
CREATE UNIQUE INDEX CONCURRENTLY t_email_id_key ON public.t (email) INCLUDE (id);

SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.t, SHARE UPDATE EXCLUSIVE on public.t_email_id_key; uses existing index
ALTER TABLE public.t ADD CONSTRAINT t_email_id_key UNIQUE USING INDEX t_email_id_key;

-- pgshift:commit
SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: SHARE UPDATE EXCLUSIVE on public.t; scans the table; validates existing rows
ALTER TABLE public.t VALIDATE CONSTRAINT t_id_not_null_check;

-- lock: ACCESS EXCLUSIVE on public.t
-- uses the validated check: no table scan
ALTER TABLE public.t ALTER COLUMN id SET NOT NULL;

-- lock: ACCESS EXCLUSIVE on public.t
-- pgshift-ignore: drop-constraint -- required by the schema change; reviewed hazard
ALTER TABLE public.t DROP CONSTRAINT t_id_not_null_check;

-- lock: ACCESS EXCLUSIVE on public.t, SHARE UPDATE EXCLUSIVE on public.t_pkey; uses existing index
ALTER TABLE public.t ADD CONSTRAINT t_pkey PRIMARY KEY USING INDEX t_pkey;
