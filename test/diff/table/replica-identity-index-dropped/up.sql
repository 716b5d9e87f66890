-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.a
DROP INDEX CONCURRENTLY public.a_x;

SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.gone
-- hazard deletes-data: drops table public.gone and all its rows
-- pgshift-ignore: ban-drop-table -- required by the schema change; reviewed hazard
DROP TABLE public.gone;

-- lock: ACCESS EXCLUSIVE on public.a
ALTER TABLE public.a REPLICA IDENTITY DEFAULT;
