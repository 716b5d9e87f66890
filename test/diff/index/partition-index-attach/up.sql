-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.ev_2026_h1; scans the table; index build
-- hazard builds-index: builds index ev_2026_h1_kind_idx concurrently (writes continue; two table scans); a failed build leaves an INVALID index to drop before retrying
CREATE INDEX CONCURRENTLY ev_2026_h1_kind_idx ON public.ev_2026_h1 (kind);

SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: SHARE on public.ev_2026
-- on the parent only: the partitions' indexes, built concurrently, are attached to it
CREATE INDEX ev_2026_kind ON ONLY public.ev_2026 (kind);

ALTER INDEX public.ev_2026_kind ATTACH PARTITION public.ev_2026_h1_kind_idx;

ALTER INDEX public."Ev_Kind" ATTACH PARTITION public.ev_2025_kind;

ALTER INDEX public."Ev_Kind" ATTACH PARTITION public.ev_2026_kind;
