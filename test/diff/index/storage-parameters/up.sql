-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.docs
DROP INDEX CONCURRENTLY public.docs_body_idx;

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.docs
DROP INDEX CONCURRENTLY public.docs_kind_idx;

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.docs; scans the table; index build
-- hazard builds-index: builds index docs_body_idx concurrently (writes continue; two table scans); a failed build leaves an INVALID index to drop before retrying
CREATE INDEX CONCURRENTLY docs_body_idx ON public.docs (body) WITH (fillfactor = 90, deduplicate_items = off);

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.docs; scans the table; index build
-- hazard builds-index: builds index docs_kind_idx concurrently (writes continue; two table scans); a failed build leaves an INVALID index to drop before retrying
CREATE INDEX CONCURRENTLY docs_kind_idx ON public.docs (id) WHERE kind IN ('a', 'c');
