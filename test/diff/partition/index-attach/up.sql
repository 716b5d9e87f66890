SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.ev
-- pgshift-ignore: require-concurrent-index-deletion -- required by the schema change; reviewed hazard
DROP INDEX public.ev_at;

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.ev_old; scans the table; index build
-- hazard builds-index: builds index ev_old_kind_idx concurrently (writes continue; two table scans); a failed build leaves an INVALID index to drop before retrying
CREATE INDEX CONCURRENTLY ev_old_kind_idx ON public.ev_old (kind);

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.ev_2024; scans the table; index build
-- hazard builds-index: builds index ev_2024_at_idx concurrently (writes continue; two table scans); a failed build leaves an INVALID index to drop before retrying
CREATE INDEX CONCURRENTLY ev_2024_at_idx ON public.ev_2024 (at);

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.ev_2025; scans the table; index build
-- hazard builds-index: builds index ev_2025_at_idx concurrently (writes continue; two table scans); a failed build leaves an INVALID index to drop before retrying
CREATE INDEX CONCURRENTLY ev_2025_at_idx ON public.ev_2025 (at);

SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: SHARE on public.ev
-- on the parent only: the partitions' indexes, built concurrently, are attached to it
CREATE INDEX ev_kind ON ONLY public.ev (kind);

ALTER INDEX public.ev_kind ATTACH PARTITION public.ev_2024_by_kind;

ALTER INDEX public.ev_kind ATTACH PARTITION public.ev_2025_by_kind;

ALTER INDEX public.ev_kind ATTACH PARTITION public.ev_old_kind_idx;

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.ev_old; scans the table; index build
-- hazard builds-index: builds index ev_old_at_idx concurrently (writes continue; two table scans); a failed build leaves an INVALID index to drop before retrying
CREATE INDEX CONCURRENTLY ev_old_at_idx ON public.ev_old (at);
