SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.cat
-- hazard breaks-readers: rows of cat disappear from queries on animal
ALTER TABLE public.cat NO INHERIT public.animal;

-- lock: ACCESS EXCLUSIVE on public.dog
-- hazard breaks-readers: rows of dog disappear from queries on animal
ALTER TABLE public.dog NO INHERIT public.animal;

-- lock: ACCESS EXCLUSIVE on public.events_log
-- hazard breaks-readers: rows of events_log disappear from queries on events_old
ALTER TABLE public.events_log NO INHERIT public.events_old;

-- lock: ACCESS EXCLUSIVE on public.animal
-- hazard deletes-data: drops table public.animal and all its rows
-- pgshift-ignore: ban-drop-table -- required by the schema change; reviewed hazard
DROP TABLE public.animal;

-- pgshift:commit
SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: SHARE UPDATE EXCLUSIVE on public.events, ACCESS EXCLUSIVE on public.events_log; scans the table; scans the partition to check its bound
-- hazard scans-table: scans events_log to check its rows fit the partition bound
ALTER TABLE public.events ATTACH PARTITION public.events_log FOR VALUES FROM (MINVALUE) TO ('2020-01-01');
