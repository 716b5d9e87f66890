SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.ledger_2024
-- hazard breaks-readers: renames constraint ledger_2024_key to ledger_2024_pkey: code using the old name fails once this runs
ALTER TABLE public.ledger_2024 RENAME CONSTRAINT ledger_2024_key TO ledger_2024_pkey;

-- lock: SHARE UPDATE EXCLUSIVE on public.acct_eu_by_n
-- hazard breaks-readers: renames index public.acct_eu_by_n to acct_eu_n_idx: code using the old name fails once this runs
ALTER INDEX public.acct_eu_by_n RENAME TO acct_eu_n_idx;

-- lock: SHARE UPDATE EXCLUSIVE on public.acct_us_0_n
-- hazard breaks-readers: renames index public.acct_us_0_n to acct_us_0_n_idx: code using the old name fails once this runs
ALTER INDEX public.acct_us_0_n RENAME TO acct_us_0_n_idx;

-- lock: ACCESS EXCLUSIVE on public.acct, ACCESS EXCLUSIVE on its 4 partitions (public.acct_eu, public.acct_us, public.acct_us_0, public.acct_us_1)
-- pgshift-ignore: drop-constraint -- required by the schema change; reviewed hazard
ALTER TABLE public.acct DROP CONSTRAINT acct_pkey;

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.acct_us_0; scans the table; index build
-- hazard builds-index: builds index acct_us_0_pkey concurrently (writes continue; two table scans); fails on duplicates; a failed build leaves an INVALID index to drop before retrying
-- pgshift-ignore: unique-on-existing-column -- required by the schema change; reviewed hazard
CREATE UNIQUE INDEX CONCURRENTLY acct_us_0_pkey ON public.acct_us_0 (id, region);

SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.acct_us_0, SHARE UPDATE EXCLUSIVE on public.acct_us_0_pkey; uses existing index
ALTER TABLE public.acct_us_0 ADD CONSTRAINT acct_us_0_pkey PRIMARY KEY USING INDEX acct_us_0_pkey;

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.acct_us_0; scans the table; index build
-- hazard builds-index: builds index acct_us_0_email_region_key concurrently (writes continue; two table scans); fails on duplicates; a failed build leaves an INVALID index to drop before retrying
-- pgshift-ignore: unique-on-existing-column -- required by the schema change; reviewed hazard
CREATE UNIQUE INDEX CONCURRENTLY acct_us_0_email_region_key ON public.acct_us_0 (email, region);

SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.acct_us_0, SHARE UPDATE EXCLUSIVE on public.acct_us_0_email_region_key; uses existing index
ALTER TABLE public.acct_us_0 ADD CONSTRAINT acct_us_0_email_region_key UNIQUE USING INDEX acct_us_0_email_region_key;

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.acct_us_1; scans the table; index build
-- hazard builds-index: builds index acct_us_1_pkey concurrently (writes continue; two table scans); fails on duplicates; a failed build leaves an INVALID index to drop before retrying
-- pgshift-ignore: unique-on-existing-column -- required by the schema change; reviewed hazard
CREATE UNIQUE INDEX CONCURRENTLY acct_us_1_pkey ON public.acct_us_1 (id, region);

SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.acct_us_1, SHARE UPDATE EXCLUSIVE on public.acct_us_1_pkey; uses existing index
ALTER TABLE public.acct_us_1 ADD CONSTRAINT acct_us_1_pkey PRIMARY KEY USING INDEX acct_us_1_pkey;

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.acct_us_1; scans the table; index build
-- hazard builds-index: builds index acct_us_1_email_region_key concurrently (writes continue; two table scans); fails on duplicates; a failed build leaves an INVALID index to drop before retrying
-- pgshift-ignore: unique-on-existing-column -- required by the schema change; reviewed hazard
CREATE UNIQUE INDEX CONCURRENTLY acct_us_1_email_region_key ON public.acct_us_1 (email, region);

SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.acct_us_1, SHARE UPDATE EXCLUSIVE on public.acct_us_1_email_region_key; uses existing index
ALTER TABLE public.acct_us_1 ADD CONSTRAINT acct_us_1_email_region_key UNIQUE USING INDEX acct_us_1_email_region_key;

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.acct_eu; scans the table; index build
-- hazard builds-index: builds index acct_eu_pkey concurrently (writes continue; two table scans); fails on duplicates; a failed build leaves an INVALID index to drop before retrying
-- pgshift-ignore: unique-on-existing-column -- required by the schema change; reviewed hazard
CREATE UNIQUE INDEX CONCURRENTLY acct_eu_pkey ON public.acct_eu (id, region);

SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.acct_eu, SHARE UPDATE EXCLUSIVE on public.acct_eu_pkey; uses existing index
ALTER TABLE public.acct_eu ADD CONSTRAINT acct_eu_pkey PRIMARY KEY USING INDEX acct_eu_pkey;

-- lock: ACCESS EXCLUSIVE on public.acct_us, SHARE on its 2 partitions (public.acct_us_0, public.acct_us_1); scans the table; index build
-- hazard builds-index: builds the index of acct_us_pkey; fails on duplicates
-- pgshift-ignore: adding-primary-key-constraint, unique-on-existing-column -- required by the schema change; reviewed hazard
ALTER TABLE public.acct_us ADD CONSTRAINT acct_us_pkey PRIMARY KEY (id, region);

-- lock: ACCESS EXCLUSIVE on public.acct_us, SHARE on its 2 partitions (public.acct_us_0, public.acct_us_1); scans the table; index build
-- hazard builds-index: builds the index of acct_us_email_region_key; fails on duplicates
-- pgshift-ignore: disallowed-unique-constraint, unique-on-existing-column -- required by the schema change; reviewed hazard
ALTER TABLE public.acct_us ADD CONSTRAINT acct_us_email_region_key UNIQUE (email, region);

-- lock: ACCESS EXCLUSIVE on public.acct, SHARE on its 4 partitions (public.acct_eu, public.acct_us, public.acct_us_0, public.acct_us_1); scans the table; index build
-- hazard builds-index: builds the index of acct_pkey; fails on duplicates
-- pgshift-ignore: adding-primary-key-constraint, unique-on-existing-column -- required by the schema change; reviewed hazard
ALTER TABLE public.acct ADD CONSTRAINT acct_pkey PRIMARY KEY (id, region);

-- lock: ACCESS EXCLUSIVE on public.acct, SHARE on its 4 partitions (public.acct_eu, public.acct_us, public.acct_us_0, public.acct_us_1); scans the table; index build
-- hazard builds-index: builds the index of acct_email_region_key; fails on duplicates
-- pgshift-ignore: disallowed-unique-constraint, unique-on-existing-column -- required by the schema change; reviewed hazard
ALTER TABLE public.acct ADD CONSTRAINT acct_email_region_key UNIQUE (email, region);
