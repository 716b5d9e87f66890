SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.pk_1
-- hazard deletes-data: drops table public.pk_1 and all its rows
-- pgshift-ignore: ban-drop-table -- required by the schema change; reviewed hazard
DROP TABLE public.pk_1;

-- lock: ACCESS EXCLUSIVE on public.u_1
-- hazard deletes-data: drops table public.u_1 and all its rows
-- pgshift-ignore: ban-drop-table -- required by the schema change; reviewed hazard
DROP TABLE public.u_1;
