SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.item_new
-- hazard deletes-data: drops table public.item_new and all its rows
-- pgshift-ignore: ban-drop-table -- required by the schema change; reviewed hazard
DROP TABLE public.item_new;

-- lock: ACCESS EXCLUSIVE on public.item_old
-- hazard deletes-data: drops table public.item_old and all its rows
-- pgshift-ignore: ban-drop-table -- required by the schema change; reviewed hazard
DROP TABLE public.item_old;

-- lock: ACCESS EXCLUSIVE on public.item
-- hazard deletes-data: drops table public.item and all its rows
-- pgshift-ignore: ban-drop-table -- required by the schema change; reviewed hazard
DROP TABLE public.item;
