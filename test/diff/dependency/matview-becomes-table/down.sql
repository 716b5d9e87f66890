SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.hot_count
DROP MATERIALIZED VIEW public.hot_count;

-- lock: ACCESS EXCLUSIVE on public.hot
DROP VIEW public.hot;

-- lock: ACCESS EXCLUSIVE on public.cache
-- hazard deletes-data: drops table public.cache and all its rows
-- pgshift-ignore: ban-drop-table -- required by the schema change; reviewed hazard
DROP TABLE public.cache;

-- hazard scans-table: populates materialized view cache by running its query
CREATE MATERIALIZED VIEW public.cache AS
SELECT
  src.id,
  src.v
FROM public.src;

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.cache; scans the table; index build
-- hazard builds-index: builds index cache_v concurrently (writes continue; two table scans); a failed build leaves an INVALID index to drop before retrying
CREATE INDEX CONCURRENTLY cache_v ON public.cache (v);

SET lock_timeout = '5s';
SET statement_timeout = '15min';

CREATE VIEW public.hot AS
SELECT cache.id
FROM public.cache
WHERE
  cache.v > 0;

-- hazard scans-table: populates materialized view hot_count by running its query
CREATE MATERIALIZED VIEW public.hot_count AS
SELECT count(*) AS n
FROM public.hot;

GRANT SELECT ON TABLE public.hot_count TO PUBLIC;
