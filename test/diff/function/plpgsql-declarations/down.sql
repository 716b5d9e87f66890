SET lock_timeout = '5s';
SET statement_timeout = '15min';

DROP TRIGGER audit ON app."Audit Log";

-- hazard breaks-readers: drops function app.audit_row: callers fail until it exists again
DROP FUNCTION app.audit_row();

-- hazard breaks-readers: drops procedure public.archive: callers fail until it exists again
DROP PROCEDURE public.archive();

-- lock: ACCESS EXCLUSIVE on app."Audit Log"
-- hazard deletes-data: drops table app.Audit Log and all its rows
-- pgshift-ignore: ban-drop-table -- required by the schema change; reviewed hazard
DROP TABLE app."Audit Log";

-- hazard breaks-readers: drops function public.summarise: callers fail until it exists again
DROP FUNCTION public.summarise(integer);

-- lock: ACCESS EXCLUSIVE on public.recent_events
DROP VIEW public.recent_events;

-- lock: ACCESS EXCLUSIVE on public.events
-- hazard deletes-data: drops table public.events and all its rows
-- pgshift-ignore: ban-drop-table -- required by the schema change; reviewed hazard
DROP TABLE public.events;

-- lock: ACCESS EXCLUSIVE on public.items
-- hazard deletes-data: drops table public.items and all its rows
-- pgshift-ignore: ban-drop-table -- required by the schema change; reviewed hazard
DROP TABLE public.items;

DROP DOMAIN public.positive;

DROP TYPE public.point_pair;

DROP TYPE public.mood;

-- hazard deletes-data: drops schema app
-- pgshift-ignore: ban-drop-schema -- required by the schema change; reviewed hazard
DROP SCHEMA app;
