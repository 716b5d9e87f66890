SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.audit
-- hazard deletes-data: drops table public.audit and all its rows
-- pgshift-ignore: ban-drop-table -- required by the schema change; reviewed hazard
DROP TABLE public.audit;

-- lock: ACCESS EXCLUSIVE on public.events
-- hazard deletes-data: drops column events.Source Host and its values
-- pgshift-ignore: ban-drop-column -- required by the schema change; reviewed hazard
ALTER TABLE public.events DROP COLUMN "Source Host";

-- lock: SHARE UPDATE EXCLUSIVE on public.events
ALTER TABLE ONLY public.events ALTER COLUMN kind SET STATISTICS 500;

-- lock: SHARE UPDATE EXCLUSIVE on public.events
ALTER TABLE ONLY public.events ALTER COLUMN payload SET STATISTICS 50;

-- lock: SHARE UPDATE EXCLUSIVE on public.events
ALTER TABLE ONLY public.events ALTER COLUMN created_at SET STATISTICS -1;
