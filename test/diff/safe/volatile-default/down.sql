SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.events
-- hazard deletes-data: drops column events.token and its values
-- pgshift-ignore: ban-drop-column -- required by the schema change; reviewed hazard
ALTER TABLE public.events DROP COLUMN token;

-- lock: ACCESS EXCLUSIVE on public.events
-- hazard deletes-data: drops column events.seen_at and its values
-- pgshift-ignore: ban-drop-column -- required by the schema change; reviewed hazard
ALTER TABLE public.events DROP COLUMN seen_at;
