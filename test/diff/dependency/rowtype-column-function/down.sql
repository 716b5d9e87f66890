SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.z
-- hazard deletes-data: drops table public.z and all its rows
-- pgshift-ignore: ban-drop-table -- required by the schema change; reviewed hazard
DROP TABLE public.z;

-- hazard breaks-readers: drops function public.f: callers fail until it exists again
DROP FUNCTION public.f(public.x);

-- lock: ACCESS EXCLUSIVE on public.x
-- hazard deletes-data: drops table public.x and all its rows
-- pgshift-ignore: ban-drop-table -- required by the schema change; reviewed hazard
DROP TABLE public.x;
