SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.acct, ACCESS EXCLUSIVE on its 2 partitions (public.acct_eu, public.acct_us)
-- pgshift-ignore: drop-constraint -- required by the schema change; reviewed hazard
ALTER TABLE public.acct DROP CONSTRAINT acct_pkey;

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.acct_eu; scans the table; index build
-- hazard builds-index: builds index acct_eu_pkey concurrently (writes continue; two table scans); fails on duplicates; a failed build leaves an INVALID index to drop before retrying
-- pgshift-ignore: unique-on-existing-column -- required by the schema change; reviewed hazard
CREATE UNIQUE INDEX CONCURRENTLY acct_eu_pkey ON public.acct_eu (region, id);

SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.acct_eu, SHARE UPDATE EXCLUSIVE on public.acct_eu_pkey; uses existing index
ALTER TABLE public.acct_eu ADD CONSTRAINT acct_eu_pkey PRIMARY KEY USING INDEX acct_eu_pkey;

-- lock: ACCESS EXCLUSIVE on public.acct; scans the table; index build
-- pgshift-ignore: adding-primary-key-constraint, unique-on-existing-column -- required by the schema change; reviewed hazard
ALTER TABLE ONLY public.acct ADD CONSTRAINT acct_pkey PRIMARY KEY (region, id);

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.acct_us; scans the table; index build
-- hazard builds-index: builds index acct_us_pkey concurrently (writes continue; two table scans); fails on duplicates; a failed build leaves an INVALID index to drop before retrying
-- pgshift-ignore: unique-on-existing-column -- required by the schema change; reviewed hazard
CREATE UNIQUE INDEX CONCURRENTLY acct_us_pkey ON public.acct_us (region, id);

SET lock_timeout = '5s';
SET statement_timeout = '15min';

ALTER INDEX public.acct_pkey ATTACH PARTITION public.acct_eu_pkey;
