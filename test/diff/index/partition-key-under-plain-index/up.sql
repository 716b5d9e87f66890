-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.acct_us; scans the table; index build
-- hazard builds-index: builds index acct_us_region_id concurrently (writes continue; two table scans); fails on duplicates; a failed build leaves an INVALID index to drop before retrying
-- pgshift-ignore: unique-on-existing-column -- required by the schema change; reviewed hazard
CREATE UNIQUE INDEX CONCURRENTLY acct_us_region_id ON public.acct_us (region, id);

SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: SHARE on public.acct
-- on the parent only: the partitions' indexes, built concurrently, are attached to it
-- pgshift-ignore: unique-on-existing-column -- required by the schema change; reviewed hazard
CREATE UNIQUE INDEX acct_region_id ON ONLY public.acct (region, id);

ALTER INDEX public.acct_region_id ATTACH PARTITION public.acct_eu_pkey;

ALTER INDEX public.acct_region_id ATTACH PARTITION public.acct_us_region_id;
