SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.t
-- pgshift-ignore: drop-constraint -- required by the schema change; reviewed hazard
ALTER TABLE public.t DROP CONSTRAINT t_a_key;

-- lock: ACCESS EXCLUSIVE on public.t
-- pgshift-ignore: drop-constraint -- required by the schema change; reviewed hazard
ALTER TABLE public.t DROP CONSTRAINT t_b_key;

-- lock: ACCESS EXCLUSIVE on public.t
-- pgshift-ignore: drop-constraint -- required by the schema change; reviewed hazard
ALTER TABLE public.t DROP CONSTRAINT t_c_key;

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.t; scans the table; index build
-- hazard builds-index: builds index t_a_key concurrently (writes continue; two table scans); fails on duplicates; a failed build leaves an INVALID index to drop before retrying
-- pgshift-ignore: unique-on-existing-column -- required by the schema change; reviewed hazard
CREATE UNIQUE INDEX CONCURRENTLY t_a_key ON public.t (a) WITH (fillfactor = 10);

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.t; scans the table; index build
-- hazard builds-index: builds index t_b_key concurrently (writes continue; two table scans); fails on duplicates; a failed build leaves an INVALID index to drop before retrying
-- pgshift-ignore: unique-on-existing-column -- required by the schema change; reviewed hazard
CREATE UNIQUE INDEX CONCURRENTLY t_b_key ON public.t (b) WITH (fillfactor = 10);

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.t; scans the table; index build
-- hazard builds-index: builds index t_c_key concurrently (writes continue; two table scans); fails on duplicates; a failed build leaves an INVALID index to drop before retrying
-- pgshift-ignore: unique-on-existing-column -- required by the schema change; reviewed hazard
CREATE UNIQUE INDEX CONCURRENTLY t_c_key ON public.t (c);
