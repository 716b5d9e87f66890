SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.counts
DROP VIEW public.counts;

-- hazard breaks-readers: drops function public.thing_count: callers fail until it exists again
DROP FUNCTION public.thing_count();

-- lock: ACCESS EXCLUSIVE on public.things
-- hazard deletes-data: drops table public.things and all its rows
-- pgshift-ignore: ban-drop-table -- required by the schema change; reviewed hazard
DROP TABLE public.things;

-- hazard breaks-readers: drops function public.new_id: callers fail until it exists again
DROP FUNCTION public.new_id();
