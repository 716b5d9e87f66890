SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.pk, ACCESS EXCLUSIVE on its partition public.pk_1
-- pgshift-ignore: drop-constraint -- required by the schema change; reviewed hazard
ALTER TABLE public.pk DROP CONSTRAINT pk_pkey;

-- lock: ACCESS EXCLUSIVE on public.u, ACCESS EXCLUSIVE on its partition public.u_1
-- pgshift-ignore: drop-constraint -- required by the schema change; reviewed hazard
ALTER TABLE public.u DROP CONSTRAINT u_a_b_key;

-- lock: ACCESS EXCLUSIVE on public.ui
-- hazard deletes-data: drops table public.ui and all its rows
-- pgshift-ignore: ban-drop-table -- required by the schema change; reviewed hazard
DROP TABLE public.ui;

-- lock: ACCESS EXCLUSIVE on public.v
-- hazard deletes-data: drops table public.v and all its rows
-- pgshift-ignore: ban-drop-table -- required by the schema change; reviewed hazard
DROP TABLE public.v;

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.pk_1; scans the table; index build
-- hazard builds-index: builds index pk_1_a_b_key concurrently (writes continue; two table scans); fails on duplicates; a failed build leaves an INVALID index to drop before retrying
-- pgshift-ignore: unique-on-existing-column -- required by the schema change; reviewed hazard
CREATE UNIQUE INDEX CONCURRENTLY pk_1_a_b_key ON public.pk_1 (a, b);

SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.pk_1, SHARE UPDATE EXCLUSIVE on public.pk_1_a_b_key; uses existing index
ALTER TABLE public.pk_1 ADD CONSTRAINT pk_1_a_b_key UNIQUE USING INDEX pk_1_a_b_key;

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.u_1; scans the table; index build
-- hazard builds-index: builds index u_1_pkey concurrently (writes continue; two table scans); fails on duplicates; a failed build leaves an INVALID index to drop before retrying
-- pgshift-ignore: unique-on-existing-column -- required by the schema change; reviewed hazard
CREATE UNIQUE INDEX CONCURRENTLY u_1_pkey ON public.u_1 (a, b);

SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.u_1, SHARE UPDATE EXCLUSIVE on public.u_1_pkey; uses existing index
ALTER TABLE public.u_1 ADD CONSTRAINT u_1_pkey PRIMARY KEY USING INDEX u_1_pkey;
