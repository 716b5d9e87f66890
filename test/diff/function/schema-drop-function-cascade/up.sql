SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.p, ACCESS EXCLUSIVE on public.p1
-- hazard breaks-readers: rows of p1 disappear from p
-- pgshift-ignore: require-concurrent-partition-detach -- required by the schema change; reviewed hazard
ALTER TABLE public.p DETACH PARTITION public.p1;

-- lock: ACCESS EXCLUSIVE on public.p
-- hazard deletes-data: drops table public.p and all its rows
-- pgshift-ignore: ban-drop-table -- required by the schema change; reviewed hazard
DROP TABLE public.p;

-- lock: ACCESS EXCLUSIVE on public.p1
-- hazard deletes-data: drops column p1.a and its values
-- pgshift-ignore: ban-drop-column -- required by the schema change; reviewed hazard
ALTER TABLE public.p1 DROP COLUMN a;

-- hazard breaks-readers: drops function public.agg: callers fail until it exists again
DROP AGGREGATE public.agg(bigint);

-- hazard breaks-readers: drops function public.acc: callers fail until it exists again
DROP FUNCTION public.acc(anycompatible, anycompatible);

CREATE FUNCTION public.acc(anyelement, VARIADIC anyarray)
RETURNS anyelement
LANGUAGE sql
AS $$SELECT $1$$;

-- lock: ACCESS EXCLUSIVE on public.p1
ALTER TABLE public.p1 ADD COLUMN x integer;
