SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.by_region
DROP MATERIALIZED VIEW public.by_region;

-- lock: ACCESS EXCLUSIVE on public.channels
DROP VIEW public.channels;

-- lock: ACCESS EXCLUSIVE on public.sales
-- hazard deletes-data: drops column sales.channel and its values
-- pgshift-ignore: ban-drop-column -- required by the schema change; reviewed hazard
ALTER TABLE public.sales DROP COLUMN channel;

-- hazard scans-table: populates materialized view by_region by running its query
CREATE MATERIALIZED VIEW public.by_region AS
SELECT
  sales.region,
  sum(sales.amount) AS total
FROM public.sales
GROUP BY
  sales.region;

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.by_region; scans the table; index build
-- hazard builds-index: builds index by_region_region concurrently (writes continue; two table scans); a failed build leaves an INVALID index to drop before retrying
CREATE INDEX CONCURRENTLY by_region_region ON public.by_region (region);
