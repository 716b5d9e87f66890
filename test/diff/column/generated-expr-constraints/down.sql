SET lock_timeout = '5s';
SET statement_timeout = '15min';

DROP STATISTICS public.t_ab_stats;

DROP STATISTICS public.t_b_expr_stats;

-- lock: ACCESS EXCLUSIVE on public.t
-- pgshift-ignore: drop-constraint -- required by the schema change; reviewed hazard
ALTER TABLE public.t DROP CONSTRAINT t_b_check;

-- lock: ACCESS EXCLUSIVE on public.t
-- pgshift-ignore: drop-constraint -- required by the schema change; reviewed hazard
ALTER TABLE public.t DROP CONSTRAINT t_bc_check;

-- lock: ACCESS EXCLUSIVE on public.t
-- pgshift-ignore: drop-constraint -- required by the schema change; reviewed hazard
ALTER TABLE public.t DROP CONSTRAINT t_b_key;

-- lock: ACCESS EXCLUSIVE on public.t
ALTER TABLE public.t DROP CONSTRAINT t_c_b_excl;

-- lock: ACCESS EXCLUSIVE on public.t
-- hazard deletes-data: drops column t.b and its values
-- pgshift-ignore: ban-drop-column -- required by the schema change; reviewed hazard
ALTER TABLE public.t DROP COLUMN b;

-- lock: ACCESS EXCLUSIVE on public.t; rewrites the table; stored generated column
-- pgshift-ignore: adding-stored-generated-column -- required by the schema change; reviewed hazard
ALTER TABLE public.t ADD COLUMN b integer GENERATED ALWAYS AS (a * 2) STORED;

-- lock: ACCESS EXCLUSIVE on public.t
ALTER TABLE public.t ADD CONSTRAINT t_b_check CHECK (b >= 0) NOT VALID;

-- lock: ACCESS EXCLUSIVE on public.t
ALTER TABLE public.t ADD CONSTRAINT t_bc_check CHECK (b <> c) NOT VALID;

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.t; scans the table; index build
-- hazard builds-index: builds index t_b_key concurrently (writes continue; two table scans); fails on duplicates; a failed build leaves an INVALID index to drop before retrying
-- pgshift-ignore: unique-on-existing-column -- required by the schema change; reviewed hazard
CREATE UNIQUE INDEX CONCURRENTLY t_b_key ON public.t (b);

SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.t, SHARE UPDATE EXCLUSIVE on public.t_b_key; uses existing index
ALTER TABLE public.t ADD CONSTRAINT t_b_key UNIQUE USING INDEX t_b_key;

-- lock: ACCESS EXCLUSIVE on public.t; scans the table; index build
-- hazard scans-table: validates t_c_b_excl against every row of t
-- pgshift-ignore: adding-exclusion-constraint -- required by the schema change; reviewed hazard
ALTER TABLE public.t ADD CONSTRAINT t_c_b_excl EXCLUDE USING btree (c WITH =) WHERE (b > 10);

-- lock: SHARE UPDATE EXCLUSIVE on public.t
CREATE STATISTICS public.t_ab_stats (dependencies) ON a, b FROM public.t;

-- lock: SHARE UPDATE EXCLUSIVE on public.t
CREATE STATISTICS public.t_b_expr_stats ON (b + c) FROM public.t;

COMMENT ON CONSTRAINT t_b_key ON public.t IS 'one row per b';

-- pgshift:commit
SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: SHARE UPDATE EXCLUSIVE on public.t; scans the table; validates existing rows
-- hazard scans-table: validates t_b_check against every row of t
ALTER TABLE public.t VALIDATE CONSTRAINT t_b_check;

-- lock: SHARE UPDATE EXCLUSIVE on public.t; scans the table; validates existing rows
-- hazard scans-table: validates t_bc_check against every row of t
ALTER TABLE public.t VALIDATE CONSTRAINT t_bc_check;
