SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.p
-- pgshift-ignore: require-concurrent-index-deletion -- required by the schema change; reviewed hazard
DROP INDEX public.p_uq;

-- lock: ACCESS EXCLUSIVE on public.p, ACCESS EXCLUSIVE on its 2 partitions (public.p_a, public.p_b)
-- pgshift-ignore: drop-constraint -- required by the schema change; reviewed hazard
ALTER TABLE public.p DROP CONSTRAINT p_pkey;

-- lock: ACCESS EXCLUSIVE on public.q
-- pgshift-ignore: drop-constraint -- required by the schema change; reviewed hazard
ALTER TABLE public.q DROP CONSTRAINT q_id_key;

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.p_a; scans the table; index build
-- hazard builds-index: builds index p_a_pkey concurrently (writes continue; two table scans); fails on duplicates; a failed build leaves an INVALID index to drop before retrying
-- pgshift-ignore: unique-on-existing-column -- required by the schema change; reviewed hazard
CREATE UNIQUE INDEX CONCURRENTLY p_a_pkey ON public.p_a (id);

SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.p_a, SHARE UPDATE EXCLUSIVE on public.p_a_pkey; uses existing index
ALTER TABLE public.p_a ADD CONSTRAINT p_a_pkey PRIMARY KEY USING INDEX p_a_pkey;

-- lock: ACCESS EXCLUSIVE on public.q, SHARE UPDATE EXCLUSIVE on public.q_pkey; uses existing index
ALTER TABLE public.q ADD CONSTRAINT q_pkey PRIMARY KEY USING INDEX q_pkey;

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.p_a; scans the table; index build
-- hazard builds-index: builds index p_a_id_k_idx concurrently (writes continue; two table scans); fails on duplicates; a failed build leaves an INVALID index to drop before retrying
-- pgshift-ignore: unique-on-existing-column -- required by the schema change; reviewed hazard
CREATE UNIQUE INDEX CONCURRENTLY p_a_id_k_idx ON public.p_a (id, k);

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.p_b; scans the table; index build
-- hazard builds-index: builds index p_b_id_k_idx concurrently (writes continue; two table scans); fails on duplicates; a failed build leaves an INVALID index to drop before retrying
-- pgshift-ignore: unique-on-existing-column -- required by the schema change; reviewed hazard
CREATE UNIQUE INDEX CONCURRENTLY p_b_id_k_idx ON public.p_b (id, k);

SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: SHARE on public.p
-- on the parent only: the partitions' indexes, built concurrently, are attached to it
-- pgshift-ignore: unique-on-existing-column -- required by the schema change; reviewed hazard
CREATE UNIQUE INDEX p_uq ON ONLY public.p (id, k);

ALTER INDEX public.p_uq ATTACH PARTITION public.p_a_id_k_idx;

ALTER INDEX public.p_uq ATTACH PARTITION public.p_b_id_k_idx;

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.q; scans the table; index build
-- hazard builds-index: builds index q_id_key concurrently (writes continue; two table scans); fails on duplicates; a failed build leaves an INVALID index to drop before retrying
-- pgshift-ignore: unique-on-existing-column -- required by the schema change; reviewed hazard
CREATE UNIQUE INDEX CONCURRENTLY q_id_key ON public.q (id);

SET lock_timeout = '5s';
SET statement_timeout = '15min';

COMMENT ON INDEX public.p_uq IS 'unique';
