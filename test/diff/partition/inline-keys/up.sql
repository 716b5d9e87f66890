SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.p
-- pgshift-ignore: require-concurrent-index-deletion -- required by the schema change; reviewed hazard
DROP INDEX public.p_uq;

-- lock: ACCESS EXCLUSIVE on public.q
-- pgshift-ignore: drop-constraint -- required by the schema change; reviewed hazard
ALTER TABLE public.q DROP CONSTRAINT q_pkey;

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.p_a; scans the table; index build
-- hazard builds-index: builds index p_a_pkey_new concurrently (writes continue; two table scans); fails on duplicates; a failed build leaves an INVALID index to drop before retrying
-- pgshift-ignore: unique-on-existing-column -- required by the schema change; reviewed hazard
CREATE UNIQUE INDEX CONCURRENTLY p_a_pkey_new ON public.p_a (id, k);

SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.p_a
-- pgshift-ignore: drop-constraint -- required by the schema change; reviewed hazard
ALTER TABLE public.p_a DROP CONSTRAINT p_a_pkey;

-- lock: ACCESS EXCLUSIVE on public.p_a, SHARE UPDATE EXCLUSIVE on public.p_a_pkey_new; uses existing index
ALTER TABLE public.p_a ADD CONSTRAINT p_a_pkey PRIMARY KEY USING INDEX p_a_pkey_new;

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.p_b; scans the table; index build
-- hazard builds-index: builds index p_b_pkey concurrently (writes continue; two table scans); fails on duplicates; a failed build leaves an INVALID index to drop before retrying
-- pgshift-ignore: unique-on-existing-column -- required by the schema change; reviewed hazard
CREATE UNIQUE INDEX CONCURRENTLY p_b_pkey ON public.p_b (id, k);

SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.p_b, SHARE UPDATE EXCLUSIVE on public.p_b_pkey; uses existing index
ALTER TABLE public.p_b ADD CONSTRAINT p_b_pkey PRIMARY KEY USING INDEX p_b_pkey;

-- lock: ACCESS EXCLUSIVE on public.p, SHARE on its 2 partitions (public.p_a, public.p_b); scans the table; index build
-- hazard builds-index: builds the index of p_pkey; fails on duplicates
-- pgshift-ignore: adding-primary-key-constraint, unique-on-existing-column -- required by the schema change; reviewed hazard
ALTER TABLE public.p ADD CONSTRAINT p_pkey PRIMARY KEY (id, k);

-- lock: ACCESS EXCLUSIVE on public.q, SHARE UPDATE EXCLUSIVE on public.q_id_key; uses existing index
ALTER TABLE public.q ADD CONSTRAINT q_id_key UNIQUE USING INDEX q_id_key;

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.p_a; scans the table; index build
-- hazard builds-index: builds index p_a_k_id_idx concurrently (writes continue; two table scans); fails on duplicates; a failed build leaves an INVALID index to drop before retrying
-- pgshift-ignore: unique-on-existing-column -- required by the schema change; reviewed hazard
CREATE UNIQUE INDEX CONCURRENTLY p_a_k_id_idx ON public.p_a (k, id);

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.p_b; scans the table; index build
-- hazard builds-index: builds index p_b_k_id_idx concurrently (writes continue; two table scans); fails on duplicates; a failed build leaves an INVALID index to drop before retrying
-- pgshift-ignore: unique-on-existing-column -- required by the schema change; reviewed hazard
CREATE UNIQUE INDEX CONCURRENTLY p_b_k_id_idx ON public.p_b (k, id);

SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: SHARE on public.p
-- on the parent only: the partitions' indexes, built concurrently, are attached to it
-- pgshift-ignore: unique-on-existing-column -- required by the schema change; reviewed hazard
CREATE UNIQUE INDEX p_uq ON ONLY public.p (k, id);

ALTER INDEX public.p_uq ATTACH PARTITION public.p_a_k_id_idx;

ALTER INDEX public.p_uq ATTACH PARTITION public.p_b_k_id_idx;

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.q; scans the table; index build
-- hazard builds-index: builds index q_pkey concurrently (writes continue; two table scans); fails on duplicates; a failed build leaves an INVALID index to drop before retrying
-- pgshift-ignore: unique-on-existing-column -- required by the schema change; reviewed hazard
CREATE UNIQUE INDEX CONCURRENTLY q_pkey ON public.q (id);

SET lock_timeout = '5s';
SET statement_timeout = '15min';

COMMENT ON INDEX public.p_uq IS 'unique, other order';
