SET lock_timeout = '5s';
SET statement_timeout = '15min';

DROP CAST (integer AS public.pair);

DROP CAST (public.pair AS text);

-- hazard breaks-readers: drops function public.pair_of: callers fail until it exists again
DROP FUNCTION public.pair_of(integer);

-- lock: ACCESS EXCLUSIVE on public.pair
-- hazard deletes-data: drops table public.pair and all its rows
-- pgshift-ignore: ban-drop-table -- required by the schema change; reviewed hazard
DROP TABLE public.pair;
