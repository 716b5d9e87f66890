SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- hazard breaks-readers: drops function public.tags_of: callers fail until it exists again
DROP FUNCTION public.tags_of(integer);

-- lock: ACCESS EXCLUSIVE on public.labels
-- hazard deletes-data: drops table public.labels and all its rows
-- pgshift-ignore: ban-drop-table -- required by the schema change; reviewed hazard
DROP TABLE public.labels;
