SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: SHARE UPDATE EXCLUSIVE on public.t1, SHARE UPDATE EXCLUSIVE on public.t3
ALTER PUBLICATION p DROP TABLE ONLY public.t1, TABLE ONLY public.t3;

ALTER PUBLICATION q DROP TABLES IN SCHEMA b;

-- lock: ACCESS EXCLUSIVE on public.t4
-- hazard deletes-data: drops table public.t4 and all its rows
-- pgshift-ignore: ban-drop-table -- required by the schema change; reviewed hazard
DROP TABLE public.t4;

-- lock: ACCESS EXCLUSIVE on public.t3
-- hazard irreversible: re-adds column t3.gone, dropped by the up migration: its values are not restored
ALTER TABLE public.t3 ADD COLUMN gone integer;

ALTER PUBLICATION p SET (publish = 'insert, update, delete', publish_via_partition_root = false);

-- lock: SHARE UPDATE EXCLUSIVE on public.t1
ALTER PUBLICATION p ADD TABLE ONLY public.t1 (id, v) WHERE (v > 1);

-- lock: SHARE UPDATE EXCLUSIVE on public.t2
ALTER PUBLICATION p ADD TABLE ONLY public.t2;

-- lock: SHARE UPDATE EXCLUSIVE on public.t3
ALTER PUBLICATION p ADD TABLE ONLY public.t3 (id, gone);

ALTER PUBLICATION q ADD TABLES IN SCHEMA a;

COMMENT ON PUBLICATION q IS 'old';
