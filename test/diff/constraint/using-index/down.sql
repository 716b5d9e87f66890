SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.t
-- pgshift-ignore: drop-constraint -- required by the schema change; reviewed hazard
ALTER TABLE public.t DROP CONSTRAINT t_pk;

-- lock: ACCESS EXCLUSIVE on public.t
-- pgshift-ignore: drop-constraint -- required by the schema change; reviewed hazard
ALTER TABLE public.t DROP CONSTRAINT t_code_key;

-- lock: ACCESS EXCLUSIVE on public.u
-- pgshift-ignore: drop-constraint -- required by the schema change; reviewed hazard
ALTER TABLE public.u DROP CONSTRAINT u_ab;

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.t; scans the table; index build
-- hazard builds-index: builds index t_code_uq concurrently (writes continue; two table scans); fails on duplicates; a failed build leaves an INVALID index to drop before retrying
-- pgshift-ignore: unique-on-existing-column -- required by the schema change; reviewed hazard
CREATE UNIQUE INDEX CONCURRENTLY t_code_uq ON public.t (code);

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.t; scans the table; index build
-- hazard builds-index: builds index t_id_uq concurrently (writes continue; two table scans); fails on duplicates; a failed build leaves an INVALID index to drop before retrying
-- pgshift-ignore: unique-on-existing-column -- required by the schema change; reviewed hazard
CREATE UNIQUE INDEX CONCURRENTLY t_id_uq ON public.t (id);

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.u; scans the table; index build
-- hazard builds-index: builds index u_ab concurrently (writes continue; two table scans); fails on duplicates; a failed build leaves an INVALID index to drop before retrying
-- pgshift-ignore: unique-on-existing-column -- required by the schema change; reviewed hazard
CREATE UNIQUE INDEX CONCURRENTLY u_ab ON public.u (a, b);
