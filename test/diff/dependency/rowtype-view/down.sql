SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.zv
-- hazard deletes-data: drops table public.zv and all its rows
-- pgshift-ignore: ban-drop-table -- required by the schema change; reviewed hazard
DROP TABLE public.zv;

DROP DOMAIN public.dv;

-- lock: ACCESS EXCLUSIVE on public.v
DROP VIEW public.v;

-- lock: ACCESS EXCLUSIVE on public.t
-- hazard deletes-data: drops table public.t and all its rows
-- pgshift-ignore: ban-drop-table -- required by the schema change; reviewed hazard
DROP TABLE public.t;
