SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.measurements_2027
-- hazard deletes-data: drops table public.measurements_2027 and all its rows
-- pgshift-ignore: ban-drop-table -- required by the schema change; reviewed hazard
DROP TABLE public.measurements_2027;

-- lock: SHARE UPDATE EXCLUSIVE on public.measurements
ALTER TABLE ONLY public.measurements ALTER COLUMN city SET STATISTICS -1;

-- lock: SHARE UPDATE EXCLUSIVE on public.measurements_2026
ALTER TABLE ONLY public.measurements_2026 ALTER COLUMN peak SET STATISTICS 300;
