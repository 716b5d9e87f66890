SET lock_timeout = '5s';
SET statement_timeout = '15min';

DROP TRIGGER t1 ON public.m;

-- lock: ACCESS EXCLUSIVE on public.m3
-- hazard deletes-data: drops table public.m3 and all its rows
-- pgshift-ignore: ban-drop-table -- required by the schema change; reviewed hazard
DROP TABLE public.m3;

-- pgshift:commit
SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: SHARE UPDATE EXCLUSIVE on public.q, ACCESS EXCLUSIVE on public.q2; scans the table; scans the partition to check its bound
-- hazard scans-table: scans q2 to check its rows fit the partition bound
ALTER TABLE public.q ATTACH PARTITION public.q2 FOR VALUES IN ('2');

-- lock: SHARE ROW EXCLUSIVE on public.q2
ALTER TABLE public.q2 DISABLE TRIGGER t2;
