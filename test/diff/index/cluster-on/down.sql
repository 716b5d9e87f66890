-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.w
DROP INDEX CONCURRENTLY public.w_b;

SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.n
-- hazard deletes-data: drops table public.n and all its rows
-- pgshift-ignore: ban-drop-table -- required by the schema change; reviewed hazard
DROP TABLE public.n;

-- lock: ACCESS EXCLUSIVE on public.p2
-- hazard deletes-data: drops table public.p2 and all its rows
-- pgshift-ignore: ban-drop-table -- required by the schema change; reviewed hazard
DROP TABLE public.p2;

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.d; scans the table; index build
-- hazard builds-index: builds index d_id concurrently (writes continue; two table scans); a failed build leaves an INVALID index to drop before retrying
CREATE INDEX CONCURRENTLY d_id ON public.d (id);

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.w; scans the table; index build
-- hazard builds-index: builds index w_b concurrently (writes continue; two table scans); a failed build leaves an INVALID index to drop before retrying
CREATE INDEX CONCURRENTLY w_b ON public.w (b);

SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: SHARE UPDATE EXCLUSIVE on public.d, SHARE UPDATE EXCLUSIVE on public.d_id
ALTER TABLE ONLY public.d CLUSTER ON d_id;

-- lock: SHARE UPDATE EXCLUSIVE on public.t, SHARE UPDATE EXCLUSIVE on public.t_a
ALTER TABLE ONLY public.t CLUSTER ON t_a;

-- lock: SHARE UPDATE EXCLUSIVE on public.u, SHARE UPDATE EXCLUSIVE on public.u_pkey
ALTER TABLE ONLY public.u CLUSTER ON u_pkey;

-- lock: SHARE UPDATE EXCLUSIVE on public.w, SHARE UPDATE EXCLUSIVE on public.w_b
ALTER TABLE ONLY public.w CLUSTER ON w_b;

-- lock: SHARE UPDATE EXCLUSIVE on public.p1
ALTER TABLE ONLY public.p1 SET WITHOUT CLUSTER;
