SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.m
-- pgshift-ignore: require-concurrent-index-deletion -- required by the schema change; reviewed hazard
DROP INDEX public.m_lim_idx;

-- lock: ACCESS EXCLUSIVE on public.m, ACCESS EXCLUSIVE on its 3 partitions (public.m1, public.m11, public.m2)
-- pgshift-ignore: drop-constraint -- required by the schema change; reviewed hazard
ALTER TABLE public.m DROP CONSTRAINT m_q_check;

-- hazard breaks-readers: drops function public.lim: callers fail until it exists again
DROP FUNCTION public.lim(integer);

CREATE FUNCTION public.lim(x integer)
RETURNS bigint
LANGUAGE sql
IMMUTABLE
AS $$SELECT x$$;

-- lock: ACCESS EXCLUSIVE on public.m, ACCESS EXCLUSIVE on its 3 partitions (public.m1, public.m11, public.m2)
ALTER TABLE public.m ADD CONSTRAINT m_q_check CHECK (q <= lim(100)) NOT VALID;

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.m11; scans the table; index build
-- hazard builds-index: builds index m11_expr_idx concurrently (writes continue; two table scans); a failed build leaves an INVALID index to drop before retrying
CREATE INDEX CONCURRENTLY m11_expr_idx ON public.m11 ((q + lim(0)));

SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: SHARE on public.m1
-- on the parent only: the partitions' indexes, built concurrently, are attached to it
CREATE INDEX m1_expr_idx ON ONLY public.m1 ((q + lim(0)));

ALTER INDEX public.m1_expr_idx ATTACH PARTITION public.m11_expr_idx;

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.m2; scans the table; index build
-- hazard builds-index: builds index m2_expr_idx concurrently (writes continue; two table scans); a failed build leaves an INVALID index to drop before retrying
CREATE INDEX CONCURRENTLY m2_expr_idx ON public.m2 ((q + lim(0)));

SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: SHARE on public.m
-- on the parent only: the partitions' indexes, built concurrently, are attached to it
CREATE INDEX m_lim_idx ON ONLY public.m ((q + lim(0)));

ALTER INDEX public.m_lim_idx ATTACH PARTITION public.m1_expr_idx;

ALTER INDEX public.m_lim_idx ATTACH PARTITION public.m2_expr_idx;

COMMENT ON INDEX public.m11_expr_idx IS 'a sub-partition''s index';

-- pgshift:commit
SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: SHARE UPDATE EXCLUSIVE on public.m, SHARE UPDATE EXCLUSIVE on its 3 partitions (public.m1, public.m11, public.m2); scans the table; validates existing rows
-- hazard scans-table: validates m_q_check against every row of m
ALTER TABLE public.m VALIDATE CONSTRAINT m_q_check;
