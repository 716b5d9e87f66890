SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.cc
-- hazard deletes-data: drops table public.cc and all its rows
-- pgshift-ignore: ban-drop-table -- required by the schema change; reviewed hazard
DROP TABLE public.cc;

-- lock: ACCESS EXCLUSIVE on public.c
-- hazard deletes-data: drops table public.c and all its rows
-- pgshift-ignore: ban-drop-table -- required by the schema change; reviewed hazard
DROP TABLE public.c;

-- lock: ACCESS EXCLUSIVE on public.qc
-- hazard deletes-data: drops table public.qc and all its rows
-- pgshift-ignore: ban-drop-table -- required by the schema change; reviewed hazard
DROP TABLE public.qc;

-- lock: ACCESS EXCLUSIVE on public.q
-- hazard deletes-data: drops table public.q and all its rows
-- pgshift-ignore: ban-drop-table -- required by the schema change; reviewed hazard
DROP TABLE public.q;

-- lock: ACCESS EXCLUSIVE on public.r
-- hazard deletes-data: drops table public.r and all its rows
-- pgshift-ignore: ban-drop-table -- required by the schema change; reviewed hazard
DROP TABLE public.r;
