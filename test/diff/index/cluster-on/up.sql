-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.d
DROP INDEX CONCURRENTLY public.d_id;

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.w
DROP INDEX CONCURRENTLY public.w_b;

SET lock_timeout = '5s';
SET statement_timeout = '15min';

CREATE TABLE public.n (
  id integer,
  "Name" text
);

CREATE TABLE public.p2 (
  id integer,
  v text
);

-- lock: SHARE on public.p2; scans the table; index build
CREATE INDEX p2_id_idx ON public.p2 (id);

-- lock: SHARE on public.n; scans the table; index build
CREATE INDEX "N Name" ON public.n ("Name");

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.w; scans the table; index build
-- hazard builds-index: builds index w_b concurrently (writes continue; two table scans); a failed build leaves an INVALID index to drop before retrying
CREATE INDEX CONCURRENTLY w_b ON public.w (b, id);

SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: SHARE UPDATE EXCLUSIVE on public.n, SHARE UPDATE EXCLUSIVE on public."N Name"
ALTER TABLE ONLY public.n CLUSTER ON "N Name";

-- lock: SHARE UPDATE EXCLUSIVE on public.p1, SHARE UPDATE EXCLUSIVE on public.p1_id_idx
ALTER TABLE ONLY public.p1 CLUSTER ON p1_id_idx;

-- lock: SHARE UPDATE EXCLUSIVE on public.p2, SHARE UPDATE EXCLUSIVE on public.p2_id_idx
ALTER TABLE ONLY public.p2 CLUSTER ON p2_id_idx;

-- lock: SHARE UPDATE EXCLUSIVE on public.t, SHARE UPDATE EXCLUSIVE on public.t_pkey
ALTER TABLE ONLY public.t CLUSTER ON t_pkey;

-- lock: SHARE UPDATE EXCLUSIVE on public.w, SHARE UPDATE EXCLUSIVE on public.w_b
ALTER TABLE ONLY public.w CLUSTER ON w_b;

-- lock: SHARE UPDATE EXCLUSIVE on public.u
ALTER TABLE ONLY public.u SET WITHOUT CLUSTER;

-- pgshift:commit
SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: SHARE UPDATE EXCLUSIVE on public.p, ACCESS EXCLUSIVE on public.p2; scans the table; scans the partition to check its bound
ALTER TABLE public.p ATTACH PARTITION public.p2 FOR VALUES FROM ('10') TO ('20');
