SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.p, ACCESS EXCLUSIVE on its partition public.p1
-- pgshift-ignore: drop-constraint -- required by the schema change; reviewed hazard
ALTER TABLE public.p DROP CONSTRAINT p_pkey;

-- lock: ACCESS EXCLUSIVE on public.q, ACCESS EXCLUSIVE on its partition public.q1
-- pgshift-ignore: drop-constraint -- required by the schema change; reviewed hazard
ALTER TABLE public.q DROP CONSTRAINT q_pkey;

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.p1; scans the table; index build
-- hazard builds-index: builds index p1_pkey concurrently (writes continue; two table scans); fails on duplicates; a failed build leaves an INVALID index to drop before retrying
-- pgshift-ignore: unique-on-existing-column -- required by the schema change; reviewed hazard
CREATE UNIQUE INDEX CONCURRENTLY p1_pkey ON public.p1 (id) WITH (fillfactor = 60);

SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.p1, SHARE UPDATE EXCLUSIVE on public.p1_pkey; uses existing index
ALTER TABLE public.p1 ADD CONSTRAINT p1_pkey PRIMARY KEY USING INDEX p1_pkey;

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.q1; scans the table; index build
-- hazard builds-index: builds index q1_pkey concurrently (writes continue; two table scans); fails on duplicates; a failed build leaves an INVALID index to drop before retrying
-- pgshift-ignore: unique-on-existing-column -- required by the schema change; reviewed hazard
CREATE UNIQUE INDEX CONCURRENTLY q1_pkey ON public.q1 (id);

SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.q1, SHARE UPDATE EXCLUSIVE on public.q1_pkey; uses existing index
ALTER TABLE public.q1 ADD CONSTRAINT q1_pkey PRIMARY KEY USING INDEX q1_pkey;

-- lock: ACCESS EXCLUSIVE on public.p, SHARE on its partition public.p1; scans the table; index build
-- hazard builds-index: builds the index of p_pkey; fails on duplicates
-- pgshift-ignore: adding-primary-key-constraint, unique-on-existing-column -- required by the schema change; reviewed hazard
ALTER TABLE public.p ADD CONSTRAINT p_pkey PRIMARY KEY (id) WITH (fillfactor = 60);

-- lock: ACCESS EXCLUSIVE on public.q, SHARE on its partition public.q1; scans the table; index build
-- hazard builds-index: builds the index of q_pkey; fails on duplicates
-- pgshift-ignore: adding-primary-key-constraint, unique-on-existing-column -- required by the schema change; reviewed hazard
ALTER TABLE public.q ADD CONSTRAINT q_pkey PRIMARY KEY (id);
