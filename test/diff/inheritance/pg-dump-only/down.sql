-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.kid
DROP INDEX CONCURRENTLY public.kid_name_idx;

SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.base
-- pgshift-ignore: drop-constraint -- required by the schema change; reviewed hazard
ALTER TABLE public.base DROP CONSTRAINT base_pkey;

-- lock: ACCESS EXCLUSIVE on public.kid
-- pgshift-ignore: drop-constraint -- required by the schema change; reviewed hazard
ALTER TABLE public.kid DROP CONSTRAINT kid_extra_check;

-- lock: ACCESS EXCLUSIVE on public.kid
-- pgshift-ignore: drop-constraint -- required by the schema change; reviewed hazard
ALTER TABLE public.kid DROP CONSTRAINT kid_id_name_key;

-- lock: ACCESS EXCLUSIVE on public.kid
-- pgshift-ignore: drop-constraint -- required by the schema change; reviewed hazard
ALTER TABLE public.kid DROP CONSTRAINT kid_extra_key;

-- lock: ACCESS EXCLUSIVE on public.kid2
-- hazard deletes-data: drops table public.kid2 and all its rows
-- pgshift-ignore: ban-drop-table -- required by the schema change; reviewed hazard
DROP TABLE public.kid2;
