SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.r, ACCESS EXCLUSIVE on public.t
-- pgshift-ignore: drop-constraint -- required by the schema change; reviewed hazard
ALTER TABLE public.r DROP CONSTRAINT r_b_fkey;

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.t
DROP INDEX CONCURRENTLY public.t_b_idx;

SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.t
-- pgshift-ignore: drop-constraint -- required by the schema change; reviewed hazard
ALTER TABLE public.t DROP CONSTRAINT t_b_key;

-- lock: ACCESS EXCLUSIVE on public.t
-- hazard deletes-data: drops column t.b and its values
-- pgshift-ignore: ban-drop-column -- required by the schema change; reviewed hazard
ALTER TABLE public.t DROP COLUMN b;

-- lock: ACCESS EXCLUSIVE on public.t; rewrites the table; stored generated column
-- pgshift-ignore: adding-stored-generated-column -- required by the schema change; reviewed hazard
ALTER TABLE public.t ADD COLUMN b integer GENERATED ALWAYS AS (a * 2) STORED;

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.t; scans the table; index build
-- hazard builds-index: builds index t_b_key concurrently (writes continue; two table scans); fails on duplicates; a failed build leaves an INVALID index to drop before retrying
-- pgshift-ignore: unique-on-existing-column -- required by the schema change; reviewed hazard
CREATE UNIQUE INDEX CONCURRENTLY t_b_key ON public.t (b);

SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.t, SHARE UPDATE EXCLUSIVE on public.t_b_key; uses existing index
ALTER TABLE public.t ADD CONSTRAINT t_b_key UNIQUE USING INDEX t_b_key;

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.t; scans the table; index build
-- hazard builds-index: builds index t_b_idx concurrently (writes continue; two table scans); a failed build leaves an INVALID index to drop before retrying
CREATE INDEX CONCURRENTLY t_b_idx ON public.t (b DESC);

SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: SHARE ROW EXCLUSIVE on public.r, SHARE ROW EXCLUSIVE on public.t
ALTER TABLE public.r ADD CONSTRAINT r_b_fkey FOREIGN KEY (b) REFERENCES public.t (b) NOT VALID;

-- pgshift:commit
SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: SHARE UPDATE EXCLUSIVE on public.r; scans the table; validates existing rows
-- hazard scans-table: validates r_b_fkey against every row of r
ALTER TABLE public.r VALIDATE CONSTRAINT r_b_fkey;
