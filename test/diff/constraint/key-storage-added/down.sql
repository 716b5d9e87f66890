SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.t
-- pgshift-ignore: drop-constraint -- required by the schema change; reviewed hazard
ALTER TABLE public.t DROP CONSTRAINT t_pkey;

-- lock: ACCESS EXCLUSIVE on public.t
-- pgshift-ignore: drop-constraint -- required by the schema change; reviewed hazard
ALTER TABLE public.t DROP CONSTRAINT t_c_key;

-- lock: ACCESS EXCLUSIVE on public.t
ALTER TABLE public.t DROP CONSTRAINT t_r_excl;

-- lock: ACCESS EXCLUSIVE on public.n
-- hazard deletes-data: drops table public.n and all its rows
-- pgshift-ignore: ban-drop-table -- required by the schema change; reviewed hazard
DROP TABLE public.n;
