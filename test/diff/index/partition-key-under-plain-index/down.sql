SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.ledger, ACCESS EXCLUSIVE on public.acct_eu
-- pgshift-ignore: drop-constraint -- required by the schema change; reviewed hazard
ALTER TABLE public.ledger DROP CONSTRAINT ledger_region_acct_fkey;

-- lock: ACCESS EXCLUSIVE on public.acct
-- CASCADE takes the partitions' keys whose indexes are attached to it (acct_eu_pkey of acct_eu): neither can be dropped alone
-- pgshift-ignore: require-concurrent-index-deletion -- required by the schema change; reviewed hazard
DROP INDEX public.acct_region_id CASCADE;

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.acct_eu; scans the table; index build
-- hazard builds-index: builds index acct_eu_pkey concurrently (writes continue; two table scans); fails on duplicates; a failed build leaves an INVALID index to drop before retrying
-- pgshift-ignore: unique-on-existing-column -- required by the schema change; reviewed hazard
CREATE UNIQUE INDEX CONCURRENTLY acct_eu_pkey ON public.acct_eu (region, id);

SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.acct_eu, SHARE UPDATE EXCLUSIVE on public.acct_eu_pkey; uses existing index
ALTER TABLE public.acct_eu ADD CONSTRAINT acct_eu_pkey PRIMARY KEY USING INDEX acct_eu_pkey;

-- lock: SHARE ROW EXCLUSIVE on public.ledger, SHARE ROW EXCLUSIVE on public.acct_eu
ALTER TABLE public.ledger ADD CONSTRAINT ledger_region_acct_fkey FOREIGN KEY (region, acct) REFERENCES public.acct_eu (region, id) NOT VALID;

-- pgshift:commit
SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: SHARE UPDATE EXCLUSIVE on public.ledger; scans the table; validates existing rows
-- hazard scans-table: validates ledger_region_acct_fkey against every row of ledger
ALTER TABLE public.ledger VALIDATE CONSTRAINT ledger_region_acct_fkey;
