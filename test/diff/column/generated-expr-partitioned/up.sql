-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.m1
DROP INDEX CONCURRENTLY public.m1_a_b_idx;

SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.m
-- pgshift-ignore: require-concurrent-index-deletion -- required by the schema change; reviewed hazard
DROP INDEX public.m_b_idx;

-- lock: ACCESS EXCLUSIVE on public.m, ACCESS EXCLUSIVE on its 2 partitions (public.m1, public.m2)
-- hazard deletes-data: drops column m.b and its values
-- pgshift-ignore: ban-drop-column -- required by the schema change; reviewed hazard
ALTER TABLE public.m DROP COLUMN b;

-- lock: ACCESS EXCLUSIVE on public.m, ACCESS EXCLUSIVE on its 2 partitions (public.m1, public.m2); rewrites the table; stored generated column
-- pgshift-ignore: adding-stored-generated-column -- required by the schema change; reviewed hazard
ALTER TABLE public.m ADD COLUMN b integer GENERATED ALWAYS AS (a * 4) STORED;

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.m1; scans the table; index build
-- hazard builds-index: builds index m1_b_idx concurrently (writes continue; two table scans); a failed build leaves an INVALID index to drop before retrying
CREATE INDEX CONCURRENTLY m1_b_idx ON public.m1 (b);

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.m2; scans the table; index build
-- hazard builds-index: builds index m2_b_idx concurrently (writes continue; two table scans); a failed build leaves an INVALID index to drop before retrying
CREATE INDEX CONCURRENTLY m2_b_idx ON public.m2 (b);

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.m1; scans the table; index build
-- hazard builds-index: builds index m1_a_b_idx concurrently (writes continue; two table scans); a failed build leaves an INVALID index to drop before retrying
CREATE INDEX CONCURRENTLY m1_a_b_idx ON public.m1 (a) WHERE b > 0;

SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: SHARE on public.m
-- on the parent only: the partitions' indexes, built concurrently, are attached to it
CREATE INDEX m_b_idx ON ONLY public.m (b);

ALTER INDEX public.m_b_idx ATTACH PARTITION public.m1_b_idx;

ALTER INDEX public.m_b_idx ATTACH PARTITION public.m2_b_idx;
