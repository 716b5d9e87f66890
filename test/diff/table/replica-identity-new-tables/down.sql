SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public."Audit Log"
-- hazard deletes-data: drops table public.Audit Log and all its rows
-- pgshift-ignore: ban-drop-table -- required by the schema change; reviewed hazard
DROP TABLE public."Audit Log";

-- lock: ACCESS EXCLUSIVE on public.events
-- hazard deletes-data: drops table public.events and all its rows
-- pgshift-ignore: ban-drop-table -- required by the schema change; reviewed hazard
DROP TABLE public.events;

-- lock: ACCESS EXCLUSIVE on public.pk_ident
-- hazard deletes-data: drops table public.pk_ident and all its rows
-- pgshift-ignore: ban-drop-table -- required by the schema change; reviewed hazard
DROP TABLE public.pk_ident;
