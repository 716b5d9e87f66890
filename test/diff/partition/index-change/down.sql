SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.ev
-- pgshift-ignore: require-concurrent-index-deletion -- required by the schema change; reviewed hazard
DROP INDEX public.ev_actor;

-- lock: ACCESS EXCLUSIVE on public.ev
-- pgshift-ignore: require-concurrent-index-deletion -- required by the schema change; reviewed hazard
DROP INDEX public.ev_id;

-- lock: ACCESS EXCLUSIVE on public.ev
-- pgshift-ignore: require-concurrent-index-deletion -- required by the schema change; reviewed hazard
DROP INDEX public.ev_kind;

-- lock: ACCESS EXCLUSIVE on public.ev
-- pgshift-ignore: require-concurrent-index-deletion -- required by the schema change; reviewed hazard
DROP INDEX public.ev_uq;

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.ev_2025_a; scans the table; index build
-- hazard builds-index: builds index ev_2025_a_kind_idx concurrently (writes continue; two table scans); a failed build leaves an INVALID index to drop before retrying
CREATE INDEX CONCURRENTLY ev_2025_a_kind_idx ON public.ev_2025_a (kind);

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.ev_2025_a; scans the table; index build
-- hazard builds-index: builds index ev_2025_a_actor_idx concurrently (writes continue; two table scans); a failed build leaves an INVALID index to drop before retrying
CREATE INDEX CONCURRENTLY ev_2025_a_actor_idx ON public.ev_2025_a (actor);

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.ev_2025_a; scans the table; index build
-- hazard builds-index: builds index ev_2025_a_id_idx concurrently (writes continue; two table scans); a failed build leaves an INVALID index to drop before retrying
CREATE INDEX CONCURRENTLY ev_2025_a_id_idx ON public.ev_2025_a (id);

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.ev_2025_a; scans the table; index build
-- hazard builds-index: builds index ev_2025_a_id_at_idx concurrently (writes continue; two table scans); a failed build leaves an INVALID index to drop before retrying
CREATE INDEX CONCURRENTLY ev_2025_a_id_at_idx ON public.ev_2025_a (id, at);

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.ev_2025_rest; scans the table; index build
-- hazard builds-index: builds index ev_2025_rest_kind_idx concurrently (writes continue; two table scans); a failed build leaves an INVALID index to drop before retrying
CREATE INDEX CONCURRENTLY ev_2025_rest_kind_idx ON public.ev_2025_rest (kind);

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.ev_2025_rest; scans the table; index build
-- hazard builds-index: builds index ev_2025_rest_actor_idx concurrently (writes continue; two table scans); a failed build leaves an INVALID index to drop before retrying
CREATE INDEX CONCURRENTLY ev_2025_rest_actor_idx ON public.ev_2025_rest (actor);

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.ev_2025_rest; scans the table; index build
-- hazard builds-index: builds index ev_2025_rest_id_idx concurrently (writes continue; two table scans); a failed build leaves an INVALID index to drop before retrying
CREATE INDEX CONCURRENTLY ev_2025_rest_id_idx ON public.ev_2025_rest (id);

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.ev_2025_rest; scans the table; index build
-- hazard builds-index: builds index ev_2025_rest_id_at_idx concurrently (writes continue; two table scans); a failed build leaves an INVALID index to drop before retrying
CREATE INDEX CONCURRENTLY ev_2025_rest_id_at_idx ON public.ev_2025_rest (id, at);

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.ev_2024; scans the table; index build
-- hazard builds-index: builds index ev_2024_custom concurrently (writes continue; two table scans); a failed build leaves an INVALID index to drop before retrying
CREATE INDEX CONCURRENTLY ev_2024_custom ON public.ev_2024 (kind);

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.ev_2024; scans the table; index build
-- hazard builds-index: builds index ev_2024_actor_idx concurrently (writes continue; two table scans); a failed build leaves an INVALID index to drop before retrying
CREATE INDEX CONCURRENTLY ev_2024_actor_idx ON public.ev_2024 (actor);

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.ev_2024; scans the table; index build
-- hazard builds-index: builds index ev_2024_id_idx concurrently (writes continue; two table scans); a failed build leaves an INVALID index to drop before retrying
CREATE INDEX CONCURRENTLY ev_2024_id_idx ON public.ev_2024 (id);

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.ev_2024; scans the table; index build
-- hazard builds-index: builds index ev_2024_id_at_idx concurrently (writes continue; two table scans); a failed build leaves an INVALID index to drop before retrying
CREATE INDEX CONCURRENTLY ev_2024_id_at_idx ON public.ev_2024 (id, at);

SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: SHARE on public.ev_2025
-- on the parent only: the partitions' indexes, built concurrently, are attached to it
CREATE INDEX ev_2025_kind ON ONLY public.ev_2025 (kind);

ALTER INDEX public.ev_2025_kind ATTACH PARTITION public.ev_2025_a_kind_idx;

ALTER INDEX public.ev_2025_kind ATTACH PARTITION public.ev_2025_rest_kind_idx;

-- lock: SHARE on public.ev_2025
-- on the parent only: the partitions' indexes, built concurrently, are attached to it
CREATE INDEX ev_2025_actor_idx ON ONLY public.ev_2025 (actor);

ALTER INDEX public.ev_2025_actor_idx ATTACH PARTITION public.ev_2025_a_actor_idx;

ALTER INDEX public.ev_2025_actor_idx ATTACH PARTITION public.ev_2025_rest_actor_idx;

-- lock: SHARE on public.ev_2025
-- on the parent only: the partitions' indexes, built concurrently, are attached to it
CREATE INDEX ev_2025_id_idx ON ONLY public.ev_2025 (id);

ALTER INDEX public.ev_2025_id_idx ATTACH PARTITION public.ev_2025_a_id_idx;

ALTER INDEX public.ev_2025_id_idx ATTACH PARTITION public.ev_2025_rest_id_idx;

-- lock: SHARE on public.ev_2025
-- on the parent only: the partitions' indexes, built concurrently, are attached to it
CREATE INDEX ev_2025_id_at_idx ON ONLY public.ev_2025 (id, at);

ALTER INDEX public.ev_2025_id_at_idx ATTACH PARTITION public.ev_2025_a_id_at_idx;

ALTER INDEX public.ev_2025_id_at_idx ATTACH PARTITION public.ev_2025_rest_id_at_idx;

-- lock: SHARE on public.ev
-- on the parent only: the partitions' indexes, built concurrently, are attached to it
CREATE INDEX ev_actor ON ONLY public.ev (actor);

ALTER INDEX public.ev_actor ATTACH PARTITION public.ev_2024_actor_idx;

ALTER INDEX public.ev_actor ATTACH PARTITION public.ev_2025_actor_idx;

-- lock: SHARE on public.ev
-- on the parent only: the partitions' indexes, built concurrently, are attached to it
CREATE INDEX ev_id ON ONLY public.ev (id);

ALTER INDEX public.ev_id ATTACH PARTITION public.ev_2024_id_idx;

ALTER INDEX public.ev_id ATTACH PARTITION public.ev_2025_id_idx;

-- lock: SHARE on public.ev
-- on the parent only: the partitions' indexes, built concurrently, are attached to it
CREATE INDEX ev_kind ON ONLY public.ev (kind);

ALTER INDEX public.ev_kind ATTACH PARTITION public.ev_2024_custom;

ALTER INDEX public.ev_kind ATTACH PARTITION public.ev_2025_kind;

-- lock: SHARE on public.ev
-- on the parent only: the partitions' indexes, built concurrently, are attached to it
CREATE INDEX ev_uq ON ONLY public.ev (id, at);

ALTER INDEX public.ev_uq ATTACH PARTITION public.ev_2024_id_at_idx;

ALTER INDEX public.ev_uq ATTACH PARTITION public.ev_2025_id_at_idx;
