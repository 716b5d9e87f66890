SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.events, ACCESS EXCLUSIVE on public.regions
-- pgshift-ignore: drop-constraint -- required by the schema change; reviewed hazard
ALTER TABLE public.events DROP CONSTRAINT events_region_region_id_fkey;

-- lock: ACCESS EXCLUSIVE on public.regions, ACCESS EXCLUSIVE on its partition public.regions_eu
-- pgshift-ignore: drop-constraint -- required by the schema change; reviewed hazard
ALTER TABLE public.regions DROP CONSTRAINT regions_key;

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.regions_eu; scans the table; index build
-- hazard builds-index: builds index regions_eu_pkey concurrently (writes continue; two table scans); fails on duplicates; a failed build leaves an INVALID index to drop before retrying
-- pgshift-ignore: unique-on-existing-column -- required by the schema change; reviewed hazard
CREATE UNIQUE INDEX CONCURRENTLY regions_eu_pkey ON public.regions_eu (region, id);

SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.regions_eu, SHARE UPDATE EXCLUSIVE on public.regions_eu_pkey; uses existing index
ALTER TABLE public.regions_eu ADD CONSTRAINT regions_eu_pkey PRIMARY KEY USING INDEX regions_eu_pkey;

-- lock: ACCESS EXCLUSIVE on public.regions, SHARE on its partition public.regions_eu; scans the table; index build
-- hazard builds-index: builds the index of regions_pkey; fails on duplicates
-- pgshift-ignore: adding-primary-key-constraint, unique-on-existing-column -- required by the schema change; reviewed hazard
ALTER TABLE public.regions ADD CONSTRAINT regions_pkey PRIMARY KEY (region, id);

-- lock: SHARE ROW EXCLUSIVE on public.events, SHARE ROW EXCLUSIVE on public.regions
ALTER TABLE public.events ADD CONSTRAINT events_region_region_id_fkey FOREIGN KEY (region, region_id) REFERENCES public.regions (region, id) NOT VALID;

-- pgshift:commit
SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: SHARE UPDATE EXCLUSIVE on public.events; scans the table; validates existing rows
-- hazard scans-table: validates events_region_region_id_fkey against every row of events
ALTER TABLE public.events VALIDATE CONSTRAINT events_region_region_id_fkey;
