-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.b
DROP INDEX CONCURRENTLY public.b_pkey;

SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.a, SHARE UPDATE EXCLUSIVE on public.a_pkey; uses existing index
ALTER TABLE public.a ADD CONSTRAINT a_pkey PRIMARY KEY USING INDEX a_pkey;

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.b; scans the table; index build
-- hazard builds-index: builds index b_pkey concurrently (writes continue; two table scans); fails on duplicates; a failed build leaves an INVALID index to drop before retrying
-- pgshift-ignore: unique-on-existing-column -- required by the schema change; reviewed hazard
CREATE UNIQUE INDEX CONCURRENTLY b_pkey ON public.b (id);

SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.b, SHARE UPDATE EXCLUSIVE on public.b_pkey; uses existing index
ALTER TABLE public.b ADD CONSTRAINT b_pkey PRIMARY KEY USING INDEX b_pkey;

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.c; scans the table; index build
-- hazard builds-index: builds index c_pkey concurrently (writes continue; two table scans); fails on duplicates; a failed build leaves an INVALID index to drop before retrying
-- pgshift-ignore: unique-on-existing-column -- required by the schema change; reviewed hazard
CREATE UNIQUE INDEX CONCURRENTLY c_pkey ON public.c (id);

SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.c, SHARE UPDATE EXCLUSIVE on public.c_pkey; uses existing index
ALTER TABLE public.c ADD CONSTRAINT c_pkey PRIMARY KEY USING INDEX c_pkey;

-- lock: ACCESS EXCLUSIVE on public.d, SHARE UPDATE EXCLUSIVE on public.d_v_key; uses existing index
ALTER TABLE public.d ADD CONSTRAINT d_v_key UNIQUE USING INDEX d_v_key;
