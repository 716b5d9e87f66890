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
-- hazard builds-index: builds index ev_2025_a_kind_actor_idx concurrently (writes continue; two table scans); a failed build leaves an INVALID index to drop before retrying
CREATE INDEX CONCURRENTLY ev_2025_a_kind_actor_idx ON public.ev_2025_a (kind, actor);

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.ev_2025_a; scans the table; index build
-- hazard builds-index: builds index ev_2025_a_actor_idx concurrently (writes continue; two table scans); a failed build leaves an INVALID index to drop before retrying
CREATE INDEX CONCURRENTLY ev_2025_a_actor_idx ON public.ev_2025_a USING hash (actor);

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.ev_2025_a; scans the table; index build
-- hazard builds-index: builds index ev_2025_a_id_idx concurrently (writes continue; two table scans); a failed build leaves an INVALID index to drop before retrying
CREATE INDEX CONCURRENTLY ev_2025_a_id_idx ON public.ev_2025_a (id DESC) WHERE id > 0;

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.ev_2025_a; scans the table; index build
-- hazard builds-index: builds index ev_2025_a_id_at_kind_idx concurrently (writes continue; two table scans); a failed build leaves an INVALID index to drop before retrying
CREATE INDEX CONCURRENTLY ev_2025_a_id_at_kind_idx ON public.ev_2025_a (id, at) INCLUDE (kind);

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.ev_2025_rest; scans the table; index build
-- hazard builds-index: builds index ev_2025_rest_kind_actor_idx concurrently (writes continue; two table scans); a failed build leaves an INVALID index to drop before retrying
CREATE INDEX CONCURRENTLY ev_2025_rest_kind_actor_idx ON public.ev_2025_rest (kind, actor);

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.ev_2025_rest; scans the table; index build
-- hazard builds-index: builds index ev_2025_rest_actor_idx concurrently (writes continue; two table scans); a failed build leaves an INVALID index to drop before retrying
CREATE INDEX CONCURRENTLY ev_2025_rest_actor_idx ON public.ev_2025_rest USING hash (actor);

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.ev_2025_rest; scans the table; index build
-- hazard builds-index: builds index ev_2025_rest_id_idx concurrently (writes continue; two table scans); a failed build leaves an INVALID index to drop before retrying
CREATE INDEX CONCURRENTLY ev_2025_rest_id_idx ON public.ev_2025_rest (id DESC) WHERE id > 0;

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.ev_2025_rest; scans the table; index build
-- hazard builds-index: builds index ev_2025_rest_id_at_kind_idx concurrently (writes continue; two table scans); a failed build leaves an INVALID index to drop before retrying
CREATE INDEX CONCURRENTLY ev_2025_rest_id_at_kind_idx ON public.ev_2025_rest (id, at) INCLUDE (kind);

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.ev_2024; scans the table; index build
-- hazard builds-index: builds index ev_2024_custom concurrently (writes continue; two table scans); a failed build leaves an INVALID index to drop before retrying
CREATE INDEX CONCURRENTLY ev_2024_custom ON public.ev_2024 (kind, actor);

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.ev_2024; scans the table; index build
-- hazard builds-index: builds index ev_2024_actor_idx concurrently (writes continue; two table scans); a failed build leaves an INVALID index to drop before retrying
CREATE INDEX CONCURRENTLY ev_2024_actor_idx ON public.ev_2024 USING hash (actor);

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.ev_2024; scans the table; index build
-- hazard builds-index: builds index ev_2024_id_idx concurrently (writes continue; two table scans); a failed build leaves an INVALID index to drop before retrying
CREATE INDEX CONCURRENTLY ev_2024_id_idx ON public.ev_2024 (id DESC) WHERE id > 0;

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.ev_2024; scans the table; index build
-- hazard builds-index: builds index ev_2024_id_at_kind_idx concurrently (writes continue; two table scans); a failed build leaves an INVALID index to drop before retrying
CREATE INDEX CONCURRENTLY ev_2024_id_at_kind_idx ON public.ev_2024 (id, at) INCLUDE (kind);

SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: SHARE on public.ev_2025
-- on the parent only: the partitions' indexes, built concurrently, are attached to it
CREATE INDEX ev_2025_kind ON ONLY public.ev_2025 (kind, actor);

ALTER INDEX public.ev_2025_kind ATTACH PARTITION public.ev_2025_a_kind_actor_idx;

ALTER INDEX public.ev_2025_kind ATTACH PARTITION public.ev_2025_rest_kind_actor_idx;

-- lock: SHARE on public.ev_2025
-- on the parent only: the partitions' indexes, built concurrently, are attached to it
CREATE INDEX ev_2025_actor_idx ON ONLY public.ev_2025 USING hash (actor);

ALTER INDEX public.ev_2025_actor_idx ATTACH PARTITION public.ev_2025_a_actor_idx;

ALTER INDEX public.ev_2025_actor_idx ATTACH PARTITION public.ev_2025_rest_actor_idx;

-- lock: SHARE on public.ev_2025
-- on the parent only: the partitions' indexes, built concurrently, are attached to it
CREATE INDEX ev_2025_id_idx ON ONLY public.ev_2025 (id DESC) WHERE id > 0;

ALTER INDEX public.ev_2025_id_idx ATTACH PARTITION public.ev_2025_a_id_idx;

ALTER INDEX public.ev_2025_id_idx ATTACH PARTITION public.ev_2025_rest_id_idx;

-- lock: SHARE on public.ev_2025
-- on the parent only: the partitions' indexes, built concurrently, are attached to it
CREATE INDEX ev_2025_id_at_kind_idx ON ONLY public.ev_2025 (id, at) INCLUDE (kind);

ALTER INDEX public.ev_2025_id_at_kind_idx ATTACH PARTITION public.ev_2025_a_id_at_kind_idx;

ALTER INDEX public.ev_2025_id_at_kind_idx ATTACH PARTITION public.ev_2025_rest_id_at_kind_idx;

-- lock: SHARE on public.ev
-- on the parent only: the partitions' indexes, built concurrently, are attached to it
CREATE INDEX ev_actor ON ONLY public.ev USING hash (actor);

ALTER INDEX public.ev_actor ATTACH PARTITION public.ev_2024_actor_idx;

ALTER INDEX public.ev_actor ATTACH PARTITION public.ev_2025_actor_idx;

-- lock: SHARE on public.ev
-- on the parent only: the partitions' indexes, built concurrently, are attached to it
CREATE INDEX ev_id ON ONLY public.ev (id DESC) WHERE id > 0;

ALTER INDEX public.ev_id ATTACH PARTITION public.ev_2024_id_idx;

ALTER INDEX public.ev_id ATTACH PARTITION public.ev_2025_id_idx;

-- lock: SHARE on public.ev
-- on the parent only: the partitions' indexes, built concurrently, are attached to it
CREATE INDEX ev_kind ON ONLY public.ev (kind, actor);

ALTER INDEX public.ev_kind ATTACH PARTITION public.ev_2024_custom;

ALTER INDEX public.ev_kind ATTACH PARTITION public.ev_2025_kind;

-- lock: SHARE on public.ev
-- on the parent only: the partitions' indexes, built concurrently, are attached to it
CREATE INDEX ev_uq ON ONLY public.ev (id, at) INCLUDE (kind);

ALTER INDEX public.ev_uq ATTACH PARTITION public.ev_2024_id_at_kind_idx;

ALTER INDEX public.ev_uq ATTACH PARTITION public.ev_2025_id_at_kind_idx;
