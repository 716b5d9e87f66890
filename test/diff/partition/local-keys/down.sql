SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.acct, ACCESS EXCLUSIVE on public.acct_asia
-- hazard breaks-readers: rows of acct_asia disappear from acct
-- pgshift-ignore: require-concurrent-partition-detach -- required by the schema change; reviewed hazard
ALTER TABLE public.acct DETACH PARTITION public.acct_asia;

-- lock: ACCESS EXCLUSIVE on public.acct, ACCESS EXCLUSIVE on its 3 partitions (public.acct_eu, public.acct_us, public.acct_asia)
-- pgshift-ignore: drop-constraint -- required by the schema change; reviewed hazard
ALTER TABLE public.acct DROP CONSTRAINT acct_pkey;

-- lock: ACCESS EXCLUSIVE on public.acct_us
-- pgshift-ignore: drop-constraint -- required by the schema change; reviewed hazard
ALTER TABLE public.acct_us DROP CONSTRAINT acct_us_email_key;

-- lock: ACCESS EXCLUSIVE on public.acct_us
-- pgshift-ignore: drop-constraint -- required by the schema change; reviewed hazard
ALTER TABLE public.acct_us DROP CONSTRAINT acct_us_n_key;

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.acct_eu; scans the table; index build
-- hazard builds-index: builds index acct_eu_pkey concurrently (writes continue; two table scans); fails on duplicates; a failed build leaves an INVALID index to drop before retrying
-- pgshift-ignore: unique-on-existing-column -- required by the schema change; reviewed hazard
CREATE UNIQUE INDEX CONCURRENTLY acct_eu_pkey ON public.acct_eu (id);

SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.acct_eu, SHARE UPDATE EXCLUSIVE on public.acct_eu_pkey; uses existing index
ALTER TABLE public.acct_eu ADD CONSTRAINT acct_eu_pkey PRIMARY KEY USING INDEX acct_eu_pkey;

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.acct_eu; scans the table; index build
-- hazard builds-index: builds index acct_eu_email_key concurrently (writes continue; two table scans); fails on duplicates; a failed build leaves an INVALID index to drop before retrying
-- pgshift-ignore: unique-on-existing-column -- required by the schema change; reviewed hazard
CREATE UNIQUE INDEX CONCURRENTLY acct_eu_email_key ON public.acct_eu (email);

SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.acct_eu, SHARE UPDATE EXCLUSIVE on public.acct_eu_email_key; uses existing index
ALTER TABLE public.acct_eu ADD CONSTRAINT acct_eu_email_key UNIQUE USING INDEX acct_eu_email_key;
