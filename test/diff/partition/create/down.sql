SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.measurements
-- hazard deletes-data: drops table public.measurements and all its rows
-- pgshift-ignore: ban-drop-table -- required by the schema change; reviewed hazard
DROP TABLE public.measurements;

-- lock: ACCESS EXCLUSIVE on public.buckets
-- hazard deletes-data: drops table public.buckets and all its rows
-- pgshift-ignore: ban-drop-table -- required by the schema change; reviewed hazard
DROP TABLE public.buckets;

-- lock: ACCESS EXCLUSIVE on public.events
-- hazard deletes-data: drops table public.events and all its rows
-- pgshift-ignore: ban-drop-table -- required by the schema change; reviewed hazard
DROP TABLE public.events;

-- lock: ACCESS EXCLUSIVE on public.readings
-- hazard deletes-data: drops table public.readings and all its rows
-- pgshift-ignore: ban-drop-table -- required by the schema change; reviewed hazard
DROP TABLE public.readings;
