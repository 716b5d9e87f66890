SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.a
-- pgshift-ignore: drop-constraint -- required by the schema change; reviewed hazard
ALTER TABLE public.a DROP CONSTRAINT a_pkey;

-- lock: ACCESS EXCLUSIVE on public.b
-- pgshift-ignore: drop-constraint -- required by the schema change; reviewed hazard
ALTER TABLE public.b DROP CONSTRAINT b_pkey;

-- lock: ACCESS EXCLUSIVE on public.c
-- pgshift-ignore: drop-constraint -- required by the schema change; reviewed hazard
ALTER TABLE public.c DROP CONSTRAINT c_pkey;

-- lock: ACCESS EXCLUSIVE on public.d
-- pgshift-ignore: drop-constraint -- required by the schema change; reviewed hazard
ALTER TABLE public.d DROP CONSTRAINT d_v_key;

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.a; scans the table; index build
-- hazard builds-index: builds index a_pkey concurrently (writes continue; two table scans); fails on duplicates; a failed build leaves an INVALID index to drop before retrying
-- pgshift-ignore: unique-on-existing-column -- required by the schema change; reviewed hazard
CREATE UNIQUE INDEX CONCURRENTLY a_pkey ON public.a (id);

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.b; scans the table; index build
-- hazard builds-index: builds index b_pkey concurrently (writes continue; two table scans); a failed build leaves an INVALID index to drop before retrying
CREATE INDEX CONCURRENTLY b_pkey ON public.b (id);

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.d; scans the table; index build
-- hazard builds-index: builds index d_v_key concurrently (writes continue; two table scans); fails on duplicates; a failed build leaves an INVALID index to drop before retrying
-- pgshift-ignore: unique-on-existing-column -- required by the schema change; reviewed hazard
CREATE UNIQUE INDEX CONCURRENTLY d_v_key ON public.d (v);
