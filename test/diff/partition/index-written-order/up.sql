-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.p1; scans the table; index build
-- hazard builds-index: builds index p1_a_idx concurrently (writes continue; two table scans); a failed build leaves an INVALID index to drop before retrying
CREATE INDEX CONCURRENTLY p1_a_idx ON public.p1 (a);

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.p1; scans the table; index build
-- hazard builds-index: builds index p1_b concurrently (writes continue; two table scans); a failed build leaves an INVALID index to drop before retrying
CREATE INDEX CONCURRENTLY p1_b ON public.p1 (b);

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.p2; scans the table; index build
-- hazard builds-index: builds index p2_by_a concurrently (writes continue; two table scans); a failed build leaves an INVALID index to drop before retrying
CREATE INDEX CONCURRENTLY p2_by_a ON public.p2 (a);

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.p2; scans the table; index build
-- hazard builds-index: builds index p2_b concurrently (writes continue; two table scans); a failed build leaves an INVALID index to drop before retrying
CREATE INDEX CONCURRENTLY p2_b ON public.p2 (b);

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.p1; scans the table; index build
-- hazard builds-index: builds index p1_also_a concurrently (writes continue; two table scans); a failed build leaves an INVALID index to drop before retrying
CREATE INDEX CONCURRENTLY p1_also_a ON public.p1 (a);

SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: SHARE on public.p
-- on the parent only: the partitions' indexes, built concurrently, are attached to it
CREATE INDEX p_a ON ONLY public.p (a);

ALTER INDEX public.p_a ATTACH PARTITION public.p1_a_idx;

ALTER INDEX public.p_a ATTACH PARTITION public.p2_by_a;

-- lock: SHARE on public.p
-- on the parent only: the partitions' indexes, built concurrently, are attached to it
CREATE INDEX p_b ON ONLY public.p (b);

ALTER INDEX public.p_b ATTACH PARTITION public.p1_b;

ALTER INDEX public.p_b ATTACH PARTITION public.p2_b;
