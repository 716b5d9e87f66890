SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.n
-- hazard deletes-data: drops table public.n and all its rows
-- pgshift-ignore: ban-drop-table -- required by the schema change; reviewed hazard
DROP TABLE public.n;

-- lock: ACCESS EXCLUSIVE on public.p2
-- hazard deletes-data: drops table public.p2 and all its rows
-- pgshift-ignore: ban-drop-table -- required by the schema change; reviewed hazard
DROP TABLE public.p2;

-- lock: ACCESS EXCLUSIVE on public.p1; rewrites the table
ALTER TABLE public.p1 SET ACCESS METHOD heap;

-- lock: ACCESS EXCLUSIVE on public.t1; rewrites the table
ALTER TABLE public.t1 SET ACCESS METHOD heap;

-- lock: ACCESS EXCLUSIVE on public.t2; rewrites the table
ALTER TABLE public.t2 SET ACCESS METHOD heap2;

-- lock: ACCESS EXCLUSIVE on public.t4; rewrites the table
ALTER TABLE public.t4 SET ACCESS METHOD heap;
