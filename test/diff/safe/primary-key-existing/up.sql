-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.legacy
DROP INDEX CONCURRENTLY public.legacy_code_idx;

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.legacy; scans the table; index build
-- hazard builds-index: builds index legacy_pkey concurrently (writes continue; two table scans); fails on duplicates; a failed build leaves an INVALID index to drop before retrying
-- pgshift-ignore: unique-on-existing-column -- required by the schema change; reviewed hazard
CREATE UNIQUE INDEX CONCURRENTLY legacy_pkey ON public.legacy (id);

SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.legacy, SHARE UPDATE EXCLUSIVE on public.legacy_pkey; uses existing index
ALTER TABLE public.legacy ADD CONSTRAINT legacy_pkey PRIMARY KEY USING INDEX legacy_pkey;

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.legacy; scans the table; index build
-- hazard builds-index: builds index legacy_code_key concurrently (writes continue; two table scans); fails on duplicates; a failed build leaves an INVALID index to drop before retrying
-- pgshift-ignore: unique-on-existing-column -- required by the schema change; reviewed hazard
CREATE UNIQUE INDEX CONCURRENTLY legacy_code_key ON public.legacy (code);

SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.legacy, SHARE UPDATE EXCLUSIVE on public.legacy_code_key; uses existing index
ALTER TABLE public.legacy ADD CONSTRAINT legacy_code_key UNIQUE USING INDEX legacy_code_key;

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.legacy; scans the table; index build
-- hazard builds-index: builds index legacy_owner_idx concurrently (writes continue; two table scans); a failed build leaves an INVALID index to drop before retrying
CREATE INDEX CONCURRENTLY legacy_owner_idx ON public.legacy (owner_id);

SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: SHARE ROW EXCLUSIVE on public.legacy, SHARE ROW EXCLUSIVE on public.owners
ALTER TABLE public.legacy ADD CONSTRAINT legacy_owner_id_fkey FOREIGN KEY (owner_id) REFERENCES public.owners (id) NOT VALID;

-- pgshift:commit
SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: SHARE UPDATE EXCLUSIVE on public.legacy; scans the table; validates existing rows
-- hazard scans-table: validates legacy_owner_id_fkey against every row of legacy
ALTER TABLE public.legacy VALIDATE CONSTRAINT legacy_owner_id_fkey;
