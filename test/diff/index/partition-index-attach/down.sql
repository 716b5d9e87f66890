SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.ev
-- pgshift-ignore: require-concurrent-index-deletion -- required by the schema change; reviewed hazard
DROP INDEX public."Ev_Kind";

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.ev_2024; scans the table; index build
-- hazard builds-index: builds index ev_2024_kind concurrently (writes continue; two table scans); a failed build leaves an INVALID index to drop before retrying
CREATE INDEX CONCURRENTLY ev_2024_kind ON public.ev_2024 (kind);

SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: SHARE on public.ev
-- on the parent only: the partitions' indexes, built concurrently, are attached to it
CREATE INDEX "Ev_Kind" ON ONLY public.ev (kind);

ALTER INDEX public."Ev_Kind" ATTACH PARTITION public.ev_2024_kind;

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.ev_2025; scans the table; index build
-- hazard builds-index: builds index ev_2025_kind concurrently (writes continue; two table scans); a failed build leaves an INVALID index to drop before retrying
CREATE INDEX CONCURRENTLY ev_2025_kind ON public.ev_2025 (kind);
