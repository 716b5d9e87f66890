SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.m1
-- pgshift-ignore: drop-constraint -- required by the schema change; reviewed hazard
ALTER TABLE public.m1 DROP CONSTRAINT m1_u_check;

-- lock: ACCESS EXCLUSIVE on public.m2
-- hazard deletes-data: drops table public.m2 and all its rows
-- pgshift-ignore: ban-drop-table -- required by the schema change; reviewed hazard
DROP TABLE public.m2;

-- lock: ACCESS EXCLUSIVE on public.m1
ALTER TABLE public.m1 ALTER COLUMN u DROP DEFAULT;

-- lock: ACCESS EXCLUSIVE on public.m1
-- pgshift-ignore: ban-drop-not-null -- required by the schema change; reviewed hazard
ALTER TABLE public.m1 ALTER COLUMN v DROP NOT NULL;
