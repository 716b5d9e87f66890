SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.legacy, ACCESS EXCLUSIVE on public.owners
-- pgshift-ignore: drop-constraint -- required by the schema change; reviewed hazard
ALTER TABLE public.legacy DROP CONSTRAINT legacy_owner_id_fkey;

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.legacy
DROP INDEX CONCURRENTLY public.legacy_owner_idx;

SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.legacy
-- pgshift-ignore: drop-constraint -- required by the schema change; reviewed hazard
ALTER TABLE public.legacy DROP CONSTRAINT legacy_pkey;

-- lock: ACCESS EXCLUSIVE on public.legacy
-- pgshift-ignore: drop-constraint -- required by the schema change; reviewed hazard
ALTER TABLE public.legacy DROP CONSTRAINT legacy_code_key;

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.legacy; scans the table; index build
-- hazard builds-index: builds index legacy_code_idx concurrently (writes continue; two table scans); a failed build leaves an INVALID index to drop before retrying
CREATE INDEX CONCURRENTLY legacy_code_idx ON public.legacy (code);
