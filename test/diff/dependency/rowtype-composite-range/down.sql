SET lock_timeout = '5s';
SET statement_timeout = '15min';

DROP TYPE public.pair;

-- lock: ACCESS EXCLUSIVE on public.x
-- hazard deletes-data: drops table public.x and all its rows
-- pgshift-ignore: ban-drop-table -- required by the schema change; reviewed hazard
DROP TABLE public.x;
