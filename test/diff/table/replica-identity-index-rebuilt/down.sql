-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.a
DROP INDEX CONCURRENTLY public.a_u;

SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.b
-- pgshift-ignore: drop-constraint -- required by the schema change; reviewed hazard
ALTER TABLE public.b DROP CONSTRAINT b_key;

-- lock: ACCESS EXCLUSIVE on public.b
-- hazard deletes-data: drops column b.k and its values
-- pgshift-ignore: ban-drop-column -- required by the schema change; reviewed hazard
ALTER TABLE public.b DROP COLUMN k;

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.b; scans the table; index build
-- hazard builds-index: builds index b_key concurrently (writes continue; two table scans); fails on duplicates; a failed build leaves an INVALID index to drop before retrying
-- pgshift-ignore: unique-on-existing-column -- required by the schema change; reviewed hazard
CREATE UNIQUE INDEX CONCURRENTLY b_key ON public.b (id);

SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.b, SHARE UPDATE EXCLUSIVE on public.b_key; uses existing index
ALTER TABLE public.b ADD CONSTRAINT b_key UNIQUE USING INDEX b_key;

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.a; scans the table; index build
-- hazard builds-index: builds index a_u concurrently (writes continue; two table scans); fails on duplicates; a failed build leaves an INVALID index to drop before retrying
-- pgshift-ignore: unique-on-existing-column -- required by the schema change; reviewed hazard
CREATE UNIQUE INDEX CONCURRENTLY a_u ON public.a (x);

SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.a, SHARE on public.a_u
ALTER TABLE public.a REPLICA IDENTITY USING INDEX a_u;

-- lock: ACCESS EXCLUSIVE on public.b, SHARE on public.b_key
ALTER TABLE public.b REPLICA IDENTITY USING INDEX b_key;
