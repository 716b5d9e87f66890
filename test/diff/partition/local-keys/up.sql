SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.acct_eu
-- pgshift-ignore: drop-constraint -- required by the schema change; reviewed hazard
ALTER TABLE public.acct_eu DROP CONSTRAINT acct_eu_email_key;

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.acct_eu; scans the table; index build
-- hazard builds-index: builds index acct_eu_pkey_new concurrently (writes continue; two table scans); fails on duplicates; a failed build leaves an INVALID index to drop before retrying
-- pgshift-ignore: unique-on-existing-column -- required by the schema change; reviewed hazard
CREATE UNIQUE INDEX CONCURRENTLY acct_eu_pkey_new ON public.acct_eu (id, region);

SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.acct_eu
-- pgshift-ignore: drop-constraint -- required by the schema change; reviewed hazard
ALTER TABLE public.acct_eu DROP CONSTRAINT acct_eu_pkey;

-- lock: ACCESS EXCLUSIVE on public.acct_eu, SHARE UPDATE EXCLUSIVE on public.acct_eu_pkey_new; uses existing index
ALTER TABLE public.acct_eu ADD CONSTRAINT acct_eu_pkey PRIMARY KEY USING INDEX acct_eu_pkey_new;

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.acct_us; scans the table; index build
-- hazard builds-index: builds index acct_us_pkey concurrently (writes continue; two table scans); fails on duplicates; a failed build leaves an INVALID index to drop before retrying
-- pgshift-ignore: unique-on-existing-column -- required by the schema change; reviewed hazard
CREATE UNIQUE INDEX CONCURRENTLY acct_us_pkey ON public.acct_us (id, region);

SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.acct_us, SHARE UPDATE EXCLUSIVE on public.acct_us_pkey; uses existing index
ALTER TABLE public.acct_us ADD CONSTRAINT acct_us_pkey PRIMARY KEY USING INDEX acct_us_pkey;

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.acct_us; scans the table; index build
-- hazard builds-index: builds index acct_us_email_key concurrently (writes continue; two table scans); fails on duplicates; a failed build leaves an INVALID index to drop before retrying
-- pgshift-ignore: unique-on-existing-column -- required by the schema change; reviewed hazard
CREATE UNIQUE INDEX CONCURRENTLY acct_us_email_key ON public.acct_us (email);

SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.acct_us, SHARE UPDATE EXCLUSIVE on public.acct_us_email_key; uses existing index
ALTER TABLE public.acct_us ADD CONSTRAINT acct_us_email_key UNIQUE USING INDEX acct_us_email_key;

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.acct_us; scans the table; index build
-- hazard builds-index: builds index acct_us_n_key concurrently (writes continue; two table scans); fails on duplicates; a failed build leaves an INVALID index to drop before retrying
-- pgshift-ignore: unique-on-existing-column -- required by the schema change; reviewed hazard
CREATE UNIQUE INDEX CONCURRENTLY acct_us_n_key ON public.acct_us (n);

SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.acct_us, SHARE UPDATE EXCLUSIVE on public.acct_us_n_key; uses existing index
ALTER TABLE public.acct_us ADD CONSTRAINT acct_us_n_key UNIQUE USING INDEX acct_us_n_key DEFERRABLE;

-- lock: ACCESS EXCLUSIVE on public.acct, SHARE on its 2 partitions (public.acct_eu, public.acct_us); scans the table; index build
-- hazard builds-index: builds the index of acct_pkey; fails on duplicates
-- pgshift-ignore: adding-primary-key-constraint, unique-on-existing-column -- required by the schema change; reviewed hazard
ALTER TABLE public.acct ADD CONSTRAINT acct_pkey PRIMARY KEY (id, region);

-- pgshift:commit
SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: SHARE UPDATE EXCLUSIVE on public.acct, ACCESS EXCLUSIVE on public.acct_asia; scans the table; scans the partition to check its bound
-- hazard scans-table: scans acct_asia to check its rows fit the partition bound
ALTER TABLE public.acct ATTACH PARTITION public.acct_asia FOR VALUES IN ('asia');
