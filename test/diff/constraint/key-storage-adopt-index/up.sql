-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.t
DROP INDEX CONCURRENTLY public.t_b_key;

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.t
DROP INDEX CONCURRENTLY public.t_c_key;

SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.t, SHARE UPDATE EXCLUSIVE on public.t_a_key; uses existing index
ALTER TABLE public.t ADD CONSTRAINT t_a_key UNIQUE USING INDEX t_a_key;

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.t; scans the table; index build
-- hazard builds-index: builds index t_b_key concurrently (writes continue; two table scans); fails on duplicates; a failed build leaves an INVALID index to drop before retrying
-- pgshift-ignore: unique-on-existing-column -- required by the schema change; reviewed hazard
CREATE UNIQUE INDEX CONCURRENTLY t_b_key ON public.t (b) WITH (fillfactor = 20);

SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.t, SHARE UPDATE EXCLUSIVE on public.t_b_key; uses existing index
ALTER TABLE public.t ADD CONSTRAINT t_b_key UNIQUE USING INDEX t_b_key;

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.t; scans the table; index build
-- hazard builds-index: builds index t_c_key concurrently (writes continue; two table scans); fails on duplicates; a failed build leaves an INVALID index to drop before retrying
-- pgshift-ignore: unique-on-existing-column -- required by the schema change; reviewed hazard
CREATE UNIQUE INDEX CONCURRENTLY t_c_key ON public.t (c) WITH (fillfactor = 30);

SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.t, SHARE UPDATE EXCLUSIVE on public.t_c_key; uses existing index
ALTER TABLE public.t ADD CONSTRAINT t_c_key UNIQUE USING INDEX t_c_key;
