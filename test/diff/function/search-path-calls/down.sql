SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.t3
-- hazard deletes-data: drops table public.t3 and all its rows
-- pgshift-ignore: ban-drop-table -- required by the schema change; reviewed hazard
DROP TABLE public.t3;

-- lock: ACCESS EXCLUSIVE on s.t
-- hazard deletes-data: drops table s.t and all its rows
-- pgshift-ignore: ban-drop-table -- required by the schema change; reviewed hazard
DROP TABLE s.t;

-- lock: ACCESS EXCLUSIVE on s.t2
-- hazard deletes-data: drops table s.t2 and all its rows
-- pgshift-ignore: ban-drop-table -- required by the schema change; reviewed hazard
DROP TABLE s.t2;

-- hazard breaks-readers: drops function public.pf: callers fail until it exists again
DROP FUNCTION public.pf();

-- hazard breaks-readers: drops function s.f1: callers fail until it exists again
DROP FUNCTION s.f1(integer, s.e);

-- hazard breaks-readers: drops function s.f0: callers fail until it exists again
DROP FUNCTION s.f0();

DROP TYPE s.e;
