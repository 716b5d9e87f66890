-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.docs
DROP INDEX CONCURRENTLY public."Docs Expr";

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.docs
DROP INDEX CONCURRENTLY public.docs_body_idx;

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.docs
DROP INDEX CONCURRENTLY public.docs_plain_idx;

SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.events
-- pgshift-ignore: require-concurrent-index-deletion -- required by the schema change; reviewed hazard
DROP INDEX public.events_doc_idx;

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.events_1; scans the table; index build
-- hazard builds-index: builds index events_1_doc_idx concurrently (writes continue; two table scans); a failed build leaves an INVALID index to drop before retrying
CREATE INDEX CONCURRENTLY events_1_doc_idx ON public.events_1 USING gist (doc tsvector_ops (siglen = 20));

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.docs; scans the table; index build
-- hazard builds-index: builds index docs_body_idx concurrently (writes continue; two table scans); a failed build leaves an INVALID index to drop before retrying
CREATE INDEX CONCURRENTLY docs_body_idx ON public.docs USING gist (body tsvector_ops (siglen = 8));

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.docs; scans the table; index build
-- hazard builds-index: builds index docs_plain_idx concurrently (writes continue; two table scans); a failed build leaves an INVALID index to drop before retrying
CREATE INDEX CONCURRENTLY docs_plain_idx ON public.docs USING gist (title);

SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: SHARE on public.events
-- on the parent only: the partitions' indexes, built concurrently, are attached to it
CREATE INDEX events_doc_idx ON ONLY public.events USING gist (doc tsvector_ops (siglen = 20));

ALTER INDEX public.events_doc_idx ATTACH PARTITION public.events_1_doc_idx;
