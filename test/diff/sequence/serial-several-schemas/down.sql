SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on a.foobar
-- hazard deletes-data: drops table a.foobar and all its rows
-- pgshift-ignore: ban-drop-table -- required by the schema change; reviewed hazard
DROP TABLE a.foobar;

-- lock: ACCESS EXCLUSIVE on b.foobar
-- hazard deletes-data: drops table b.foobar and all its rows
-- pgshift-ignore: ban-drop-table -- required by the schema change; reviewed hazard
DROP TABLE b.foobar;

-- lock: ACCESS EXCLUSIVE on public.foobar
-- hazard deletes-data: drops table public.foobar and all its rows
-- pgshift-ignore: ban-drop-table -- required by the schema change; reviewed hazard
DROP TABLE public.foobar;

-- hazard deletes-data: drops schema b
-- pgshift-ignore: ban-drop-schema -- required by the schema change; reviewed hazard
DROP SCHEMA b;
