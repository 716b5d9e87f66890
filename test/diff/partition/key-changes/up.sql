SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.ledger_2024
-- hazard breaks-readers: renames constraint ledger_2024_pkey to ledger_2024_key: code using the old name fails once this runs
ALTER TABLE public.ledger_2024 RENAME CONSTRAINT ledger_2024_pkey TO ledger_2024_key;

-- lock: SHARE UPDATE EXCLUSIVE on public.acct_eu_n_idx
-- hazard breaks-readers: renames index public.acct_eu_n_idx to acct_eu_by_n: code using the old name fails once this runs
ALTER INDEX public.acct_eu_n_idx RENAME TO acct_eu_by_n;

-- lock: SHARE UPDATE EXCLUSIVE on public.acct_us_0_n_idx
-- hazard breaks-readers: renames index public.acct_us_0_n_idx to acct_us_0_n: code using the old name fails once this runs
ALTER INDEX public.acct_us_0_n_idx RENAME TO acct_us_0_n;

-- lock: ACCESS EXCLUSIVE on public.acct, ACCESS EXCLUSIVE on its 4 partitions (public.acct_eu, public.acct_us, public.acct_us_0, public.acct_us_1)
-- pgshift-ignore: drop-constraint -- required by the schema change; reviewed hazard
ALTER TABLE public.acct DROP CONSTRAINT acct_pkey;

-- lock: ACCESS EXCLUSIVE on public.acct, ACCESS EXCLUSIVE on its 4 partitions (public.acct_eu, public.acct_us, public.acct_us_0, public.acct_us_1)
-- pgshift-ignore: drop-constraint -- required by the schema change; reviewed hazard
ALTER TABLE public.acct DROP CONSTRAINT acct_email_region_key;

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.acct_us_0; scans the table; index build
-- hazard builds-index: builds index acct_us_0_pkey concurrently (writes continue; two table scans); fails on duplicates; a failed build leaves an INVALID index to drop before retrying
-- pgshift-ignore: unique-on-existing-column -- required by the schema change; reviewed hazard
CREATE UNIQUE INDEX CONCURRENTLY acct_us_0_pkey ON public.acct_us_0 (region, id);

SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.acct_us_0, SHARE UPDATE EXCLUSIVE on public.acct_us_0_pkey; uses existing index
ALTER TABLE public.acct_us_0 ADD CONSTRAINT acct_us_0_pkey PRIMARY KEY USING INDEX acct_us_0_pkey;

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.acct_us_1; scans the table; index build
-- hazard builds-index: builds index acct_us_1_pkey concurrently (writes continue; two table scans); fails on duplicates; a failed build leaves an INVALID index to drop before retrying
-- pgshift-ignore: unique-on-existing-column -- required by the schema change; reviewed hazard
CREATE UNIQUE INDEX CONCURRENTLY acct_us_1_pkey ON public.acct_us_1 (region, id);

SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.acct_us_1, SHARE UPDATE EXCLUSIVE on public.acct_us_1_pkey; uses existing index
ALTER TABLE public.acct_us_1 ADD CONSTRAINT acct_us_1_pkey PRIMARY KEY USING INDEX acct_us_1_pkey;

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.acct_eu; scans the table; index build
-- hazard builds-index: builds index acct_eu_email_region_key concurrently (writes continue; two table scans); fails on duplicates; a failed build leaves an INVALID index to drop before retrying
-- pgshift-ignore: unique-on-existing-column -- required by the schema change; reviewed hazard
CREATE UNIQUE INDEX CONCURRENTLY acct_eu_email_region_key ON public.acct_eu (email, region);

SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.acct_eu, SHARE UPDATE EXCLUSIVE on public.acct_eu_email_region_key; uses existing index
ALTER TABLE public.acct_eu ADD CONSTRAINT acct_eu_email_region_key UNIQUE USING INDEX acct_eu_email_region_key;

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.acct_eu; scans the table; index build
-- hazard builds-index: builds index acct_eu_pk concurrently (writes continue; two table scans); fails on duplicates; a failed build leaves an INVALID index to drop before retrying
-- pgshift-ignore: unique-on-existing-column -- required by the schema change; reviewed hazard
CREATE UNIQUE INDEX CONCURRENTLY acct_eu_pk ON public.acct_eu (region, id);

SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.acct_eu, SHARE UPDATE EXCLUSIVE on public.acct_eu_pk; uses existing index
ALTER TABLE public.acct_eu ADD CONSTRAINT acct_eu_pk PRIMARY KEY USING INDEX acct_eu_pk;

-- lock: ACCESS EXCLUSIVE on public.acct_us, SHARE on its 2 partitions (public.acct_us_0, public.acct_us_1); scans the table; index build
-- hazard builds-index: builds the index of acct_us_pkey; fails on duplicates
-- pgshift-ignore: adding-primary-key-constraint, unique-on-existing-column -- required by the schema change; reviewed hazard
ALTER TABLE public.acct_us ADD CONSTRAINT acct_us_pkey PRIMARY KEY (region, id);

-- lock: ACCESS EXCLUSIVE on public.acct, SHARE on its 4 partitions (public.acct_eu, public.acct_us, public.acct_us_0, public.acct_us_1); scans the table; index build
-- hazard builds-index: builds the index of acct_pkey; fails on duplicates
-- pgshift-ignore: adding-primary-key-constraint, unique-on-existing-column -- required by the schema change; reviewed hazard
ALTER TABLE public.acct ADD CONSTRAINT acct_pkey PRIMARY KEY (region, id);
